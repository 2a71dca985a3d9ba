"""A new objective starts at the weight still free; the unit follows the indicator; a target of
0 is accepted when lower is better (« zero late payments ») and refused otherwise."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from PySide6.QtWidgets import QDialog

from srm_inclusif.storage.services import objectives as svc
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.objective_dialog import ObjectiveDialog
from srm_inclusif.ui.pages.objectives_page import ObjectivesPage
from tests.objective_sheet_samples import add_sheet


def _choose(dialog: ObjectiveDialog, code: str) -> None:
    dialog.indicator_combo.setCurrentIndex(dialog.indicator_combo.findData(code))


def _weight_offered(qtbot, monkeypatch, workspace, drop: int) -> float:  # noqa: ANN001
    """The weight a new objective starts at once the sheet's weights total 100 % − ``drop``."""
    sheet_id = add_sheet(workspace.engine, name="Camille Martin")
    first = svc.sheet_objectives(workspace.engine, sheet_id=sheet_id)[0]
    svc.update_objective(workspace.engine, objective_id=first.id, values=replace(
        first.values, weight=first.values.weight - drop))
    page = ObjectivesPage(WorkspaceContext(workspace, today=lambda: date(2026, 11, 22)))
    qtbot.addWidget(page)
    offered: list[float] = []

    def shown(dialog: ObjectiveDialog) -> int:
        offered.append(dialog.weight_spin.value())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ObjectiveDialog, "exec", shown)
    page.view.add_button.click()
    return offered[0]


def test_a_new_objective_starts_at_the_weight_still_free(qtbot, monkeypatch, workspace) -> None:
    assert _weight_offered(qtbot, monkeypatch, workspace, 25) == 25


def test_never_below_zero_when_the_weights_already_pass_100(qtbot, monkeypatch,
                                                            workspace) -> None:
    assert _weight_offered(qtbot, monkeypatch, workspace, -15) == 0


def test_the_unit_follows_the_indicator(qtbot, french: str) -> None:
    dialog = ObjectiveDialog()
    qtbot.addWidget(dialog)
    assert dialog.unit_edit.text() == "€"
    _choose(dialog, "manual")
    assert dialog.unit_edit.text() == ""  # another indicator: its unit is typed
    _choose(dialog, "insertion_hours")
    assert dialog.unit_edit.text() == "h"


def test_an_objective_keeps_the_unit_it_was_given(qtbot) -> None:
    dialog = ObjectiveDialog(svc.ObjectiveInput(label="Retards de paiement", indicator="manual",
                                                target=Decimal("4.5"), weight=Decimal(5),
                                                unit="jours", lower_is_better=True))
    qtbot.addWidget(dialog)
    assert dialog.unit_edit.text() == "jours"


def _typed_zero_target(qtbot, *, lower_is_better: bool) -> ObjectiveDialog:  # noqa: ANN001
    dialog = ObjectiveDialog()
    qtbot.addWidget(dialog)
    _choose(dialog, "manual")
    dialog.label_edit.setText("Retards de paiement")
    dialog.target_edit.setText("0")
    dialog.lower_check.setChecked(lower_is_better)
    dialog.buttons.accepted.emit()
    return dialog


def test_zero_target_accepted_when_lower_is_better(qtbot, french: str) -> None:
    dialog = _typed_zero_target(qtbot, lower_is_better=True)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.error_label.text() == ""
    assert dialog.values().target == 0


def test_zero_target_refused_when_higher_is_better(qtbot, french: str) -> None:
    dialog = _typed_zero_target(qtbot, lower_is_better=False)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "strictement positif" in dialog.error_label.text()


def test_a_zero_target_lower_is_better_is_saved(workspace) -> None:
    sheet_id = add_sheet(workspace.engine, name="Camille Martin")
    svc.add_objective(workspace.engine, sheet_id=sheet_id, values=svc.ObjectiveInput(
        label="Retards de paiement", indicator="manual", target=Decimal(0), weight=Decimal(5),
        lower_is_better=True, manual_actual=Decimal(0)))
    saved = svc.sheet_objectives(workspace.engine, sheet_id=sheet_id)[-1].values
    assert (saved.target, saved.lower_is_better) == (0, True)
