"""Merge two duplicate counterparties: pick the kept record and each differing field's value."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP
from srm_inclusif.core.numbers import localised
from srm_inclusif.core.phones import readable_phone, same_phone
from srm_inclusif.storage.services.counterparty_edit import (
    ENTRY_FIELDS,
    SCALAR_FIELDS,
    counterparty_values,
)
from srm_inclusif.storage.services.merge import (
    MergeSnapshot,
    merge_counterparties,
    unmerge_counterparties,
)
from srm_inclusif.ui.commands import run_step
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.counterparty_card.coded_values import (
    kind_text,
    nature_text,
    service_types_text,
)
from srm_inclusif.ui.counterparty_card.field_labels import field_label

#: Titles of the fields not chosen: the merge keeps the entries of both records.
UNITED_TITLES = {
    "offers": QT_TRANSLATE_NOOP("MergeDialog", "Offres (réunies)"),
    "client_references": QT_TRANSLATE_NOOP("MergeDialog", "Références clients (réunies)"),
}


class MergeDialog(QDialog):
    """The first record is kept unless swapped; contacts, contracts and spend join it."""

    def __init__(self, ctx: WorkspaceContext, first_id: int, second_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("mergeDialog")
        self.setWindowTitle(self.tr("Fusionner deux fiches"))
        self.resize(820, 560)
        self.keep_id, self.drop_id = first_id, second_id
        self.groups: dict[str, QButtonGroup] = {}
        self.snapshot: MergeSnapshot | None = None
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.swap_button = QPushButton(self.tr("Garder plutôt l'autre fiche"))
        self.swap_button.setObjectName("swapMerge")
        self.swap_button.clicked.connect(self._on_swap)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Fusionner"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        buttons.accepted.connect(self.merge)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.swap_button)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(buttons)
        self._build_grid()

    def _build_grid(self) -> None:
        kept, _ = counterparty_values(self.ctx.engine, counterparty_id=self.keep_id,
                                      fields=SCALAR_FIELDS + ENTRY_FIELDS)
        other, _ = counterparty_values(self.ctx.engine, counterparty_id=self.drop_id,
                                       fields=SCALAR_FIELDS + ENTRY_FIELDS)
        self.values = {"kept": kept, "other": other}
        self.intro.setText(self.tr(
            "La fiche « %1 » est gardée ; « %2 » lui est rattachée puis supprimée : contacts, "
            "relations, contrats, achats et labels passent sur la fiche gardée, et les offres "
            "et références clients des deux fiches sont réunies. Choisissez la valeur à garder "
            "pour chaque champ qui diffère. La fusion peut être annulée (Ctrl+Z)."
        ).replace("%1", kept["name"]).replace("%2", other["name"]))
        grid_widget = QWidget()
        grid = QGridLayout(grid_widget)
        grid.addWidget(QLabel(self.tr("<b>Champ</b>")), 0, 0)
        grid.addWidget(QLabel(self.tr("<b>Fiche gardée</b>")), 0, 1)
        grid.addWidget(QLabel(self.tr("<b>Autre fiche</b>")), 0, 2)
        self.groups.clear()
        rows = self._add_choices(grid) + self._add_united(grid, start=len(self.groups) + 1)
        if not rows:
            same = QLabel(self.tr("Les deux fiches ont les mêmes valeurs : il n'y a rien à "
                                  "choisir, la fusion rattache l'autre fiche à celle-ci."))
            same.setObjectName("mergeNothingToChoose")
            same.setWordWrap(True)
            grid.addWidget(same, 1, 0, 1, 3)
            rows = 1
        grid.setRowStretch(rows + 1, 1)
        self.scroll.setWidget(grid_widget)

    def _add_choices(self, grid: QGridLayout) -> int:
        """A row of two radio buttons per differing field; returns the rows added."""
        kept, other = self.values["kept"], self.values["other"]
        differing = [f for f in SCALAR_FIELDS if _differ(f, kept[f], other[f])]
        for row, field in enumerate(differing, start=1):
            grid.addWidget(QLabel(field_label(field)), row, 0)
            group = QButtonGroup(self)
            for column, value in ((1, kept[field]), (2, other[field])):
                radio = QRadioButton(_show(field, value))
                radio.setObjectName(f"merge_{field}_{'kept' if column == 1 else 'other'}")
                group.addButton(radio, column)
                grid.addWidget(radio, row, column)
            preferred = 2 if kept[field] in (None, "", []) else 1
            group.button(preferred).setChecked(True)
            self.groups[field] = group
        return len(differing)

    def _add_united(self, grid: QGridLayout, start: int) -> int:
        """The offers and references of both, shown for information; returns the rows added."""
        kept, other = self.values["kept"], self.values["other"]
        united = [f for f in ENTRY_FIELDS if kept[f] != other[f]]
        for row, field in enumerate(united, start=start):
            grid.addWidget(QLabel(_united_title(field)), row, 0)
            for column, side in ((1, "kept"), (2, "other")):
                names = QLabel(", ".join(e["name"] for e in self.values[side][field]) or "—")
                names.setObjectName(f"merge_{field}_{side}")
                names.setWordWrap(True)
                names.setContentsMargins(self._radio_indent(), 0, 0, 0)  # under the values
                grid.addWidget(names, row, column)
        return len(united)

    def _radio_indent(self) -> int:
        style = self.style()
        return (style.pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorWidth)
                + style.pixelMetric(QStyle.PixelMetric.PM_RadioButtonLabelSpacing))

    def choices(self) -> dict[str, Any]:
        """The values taken from the other record."""
        return {field: self.values["other"][field] for field, group in self.groups.items()
                if group.checkedId() == 2}

    def choose_other(self, field: str) -> None:
        """Take the other record's value for a field."""
        self.groups[field].button(2).setChecked(True)

    def _on_swap(self) -> None:
        self.keep_id, self.drop_id = self.drop_id, self.keep_id
        self._build_grid()

    def merge(self) -> None:
        """Merge as one undo step and close."""
        engine, keep, drop, choices = self.ctx.engine, self.keep_id, self.drop_id, self.choices()
        state: dict[str, MergeSnapshot] = {}

        def do() -> Any:
            result = merge_counterparties(engine, keep_id=keep, drop_id=drop, choices=choices)
            state["snapshot"] = result.snapshot
            return result.changes

        title = self.tr("Fusionner « %1 »").replace("%1", self.values["kept"]["name"])
        if run_step(self.ctx, self, title, do,
                    lambda: unmerge_counterparties(engine, snapshot=state["snapshot"])):
            self.snapshot = state["snapshot"]
            self.accept()


def _united_title(field: str) -> str:
    """The row title of united entries (a list added later is named as the card names it)."""
    title = UNITED_TITLES.get(field)
    return QCoreApplication.translate("MergeDialog", title) if title else field_label(field)


def _differ(field: str, kept: Any, other: Any) -> bool:
    """Whether the two records hold different values (one phone written two ways does not)."""
    if field == "phone":
        return not same_phone(kept, other)
    if field == "service_types":  # a set: the order they were ticked in says nothing
        return set(kept or []) != set(other or [])
    return bool(kept != other)


def _show(field: str, value: Any) -> str:
    """The value as the card shows it, in the UI language ("—" when empty)."""
    if field == "phone":
        return readable_phone(value) or "—"
    if field == "kind":
        return kind_text(value)
    if field == "nature":
        return nature_text(value) or "—"
    if field == "service_types":
        return service_types_text(value or []) or "—"
    if isinstance(value, bool):
        return (QCoreApplication.translate("MergeDialog", "Oui") if value
                else QCoreApplication.translate("MergeDialog", "Non"))
    if isinstance(value, float):
        return localised(f"{value:g}")
    if isinstance(value, list):
        return ", ".join(map(str, value)) or "—"
    return "—" if value in (None, "") else str(value)
