"""The need as typed: saved back to the need stored (one undo step), its shortlist exported."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QMessageBox

from srm_inclusif.core.errors import SrmError, ValidationError
from srm_inclusif.core.money import from_cents
from srm_inclusif.exchange.shortlist_xlsx import NeedCriteria, criteria_lines, export_shortlist
from srm_inclusif.storage.services.needs import get_need, update_need
from srm_inclusif.ui.commands import run_step
from srm_inclusif.ui.errors import error_text
from srm_inclusif.ui.lifecycle.fields import AmountEdit
from srm_inclusif.ui.sourcing.reasons import reason_text

if TYPE_CHECKING:
    from srm_inclusif.ui.sourcing.need_dialog import NeedDialog


def need_fields(dialog: NeedDialog) -> dict[str, Any]:
    """The need as the form shows it, as ``create_need`` / ``update_need`` take it.

    An unreadable amount raises its ``ValidationError`` (said, not dropped).
    """
    return {"title": dialog.title_edit.text(), "sectors": dialog.sectors.selected(),
            "department_code": dialog.department_combo.currentData(),
            "estimated_amount_cents": dialog.amount_edit.cents(),
            "description": dialog.description_edit.toPlainText(),
            "reserved": dialog.reserved_combo.currentData(),
            "owner_id": dialog.owner_combo.currentData()}


def save_need_changes(dialog: NeedDialog) -> bool:
    """Write the form's changes to the saved need as the step « Modifier le besoin ».

    True when there was nothing to write or it was written; False when refused (said).
    """
    assert dialog.need_id is not None
    engine, need_id = dialog.ctx.engine, dialog.need_id
    stored = get_need(engine, need_id=need_id)
    before = {name: getattr(stored, name) for name in (
        "title", "sectors", "department_code", "estimated_amount_cents", "description",
        "reserved", "owner_id")}
    try:
        after = need_fields(dialog)
    except SrmError as error:
        QMessageBox.warning(dialog, QCoreApplication.translate("NeedDialog", "Besoin"),
                            error_text(error))
        return False
    if same_need(before, after):
        return True
    return run_step(dialog.ctx, dialog,
                    QCoreApplication.translate("NeedDialog", "Modifier le besoin"),
                    lambda: update_need(engine, need_id=need_id, **after),
                    lambda: update_need(engine, need_id=need_id, **before))


def export_need_shortlist(dialog: NeedDialog, path: str, title: str) -> None:
    """Write the dialog's shortlist to the XLSX file ``path`` chosen by the user.

    A need already saved gets the form's changes first (« Modifier le besoin »). The texts keep
    the dialog's translation context.
    """
    if dialog.need_id is not None and not save_need_changes(dialog):
        return
    from srm_inclusif.storage.services.shortlist_details import shortlist_details

    try:
        export_shortlist(path, title=title, need_lines=criteria_lines(need_criteria(dialog)),
                         ranked=dialog.ranked,
                         details=shortlist_details(
                             dialog.ctx.engine, [r.candidate.id for r in dialog.ranked]),
                         reason_text=reason_text)
    except OSError as error:
        QMessageBox.warning(dialog, QCoreApplication.translate("NeedDialog", "Exporter"),
                            error_text(error))
        return
    dialog.summary.setText(QCoreApplication.translate(
        "NeedDialog", "Présélection exportée vers %1").replace("%1", path))


def need_criteria(dialog: NeedDialog) -> NeedCriteria:
    """What the shortlist answers, as the form shows it, for the export's header."""
    def shown(combo: QComboBox) -> str:
        return combo.currentText() if combo.currentData() is not None else ""

    return NeedCriteria(
        sectors=dialog.selected_sector_names(),
        department=shown(dialog.department_combo),
        reserved=dialog.reserved_combo.currentText(),
        amount=_amount_euros(dialog.amount_edit), owner=shown(dialog.owner_combo),
        description=dialog.description_edit.toPlainText().strip())


def _amount_euros(edit: AmountEdit) -> Decimal | str:
    """The amount in euros for the export (a number cell), as typed when unreadable."""
    try:
        cents = edit.cents()
    except ValidationError:
        return edit.text().strip()
    return "" if cents is None else from_cents(cents)


def same_need(stored: dict[str, Any], typed: dict[str, Any]) -> bool:
    """Whether the form holds the need as stored (texts trimmed, sectors in any order)."""
    def plain(fields: dict[str, Any]) -> dict[str, Any]:
        return {**fields, "title": fields["title"].strip(),
                "description": fields["description"].strip(),
                "sectors": sorted(fields["sectors"]),
                "department_code": fields["department_code"] or None,
                "reserved": fields["reserved"] or None}

    return plain(stored) == plain(typed)
