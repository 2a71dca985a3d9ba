"""Labels with validity dates, edited as a small table (dates as the UI language writes them)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from srm_inclusif.core.errors import ValidationError
from srm_inclusif.core.numbers import day_text, read_day
from srm_inclusif.core.vocabulary import Profile
from srm_inclusif.storage.services.counterparty_edit import LabelValue
from srm_inclusif.ui.empty_state import empty_state_label
from srm_inclusif.ui.errors import error_text
from srm_inclusif.ui.mnemonics import give_letters


class LabelsEditor(QWidget):
    """One row per label: name, valid from, valid until (empty = open)."""

    def __init__(self, parent: QWidget | None = None, *,
                 profile: Profile = Profile.ACHETEUR, read_only: bool = False) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("labelsTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Label"), self.tr("Valide du"), self.tr("Valide jusqu'au")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self._explain_dates()
        self.table.verticalHeader().setVisible(False)
        self.empty_label = empty_state_label(self._empty_text(profile, read_only=read_only),
                                             "labelsEmpty")
        self.add_button = QPushButton(self.tr("Ajouter un label"))
        self.add_button.setObjectName("addLabel")
        self.remove_button = QPushButton(self.tr("Retirer le label"))
        self.remove_button.setObjectName("removeLabel")
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.empty_label, 1)  # in the table's place, its text at the top
        layout.addLayout(buttons)
        self.add_button.clicked.connect(lambda: self.add_label(LabelValue("")))
        self.remove_button.clicked.connect(self._on_remove)
        self.table.currentCellChanged.connect(self._show_state)
        self._show_state()

    def _empty_text(self, profile: Profile, *, read_only: bool) -> str:
        """No label yet: which to add (none can be in a read-only workspace)."""
        if read_only:
            return self.tr("Aucun label enregistré.")
        if profile is Profile.ACHETEUR:
            return self.tr(
                "Aucun label enregistré. Ajoutez ceux de la structure (ESUS, RSEi, B-Corp…) avec "
                "leurs dates : les rappels annoncent leur fin, et un label expiré ne compte plus "
                "comme valide.")
        return self.tr(
            "Aucun label enregistré. Ajoutez ceux du client (B-Corp, ISO 14001, RFAR…) avec "
            "leurs dates : les rappels annoncent leur fin, et un label expiré ne compte plus "
            "comme valide.")

    def give_letters(self, taken: Iterable[str] = ()) -> None:
        """Alt letters for the buttons, none of ``taken`` (a card's tabs)."""
        give_letters([self.add_button, self.remove_button], taken)

    def _explain_dates(self) -> None:
        """The date columns' titles say how a date is typed (the UI language's way)."""
        example = day_text(date(2026, 12, 31))
        hints = (self.tr("Date de début, par exemple %1").replace("%1", example),
                 self.tr("Date de fin, par exemple %1 ; vide si le label n'expire pas")
                 .replace("%1", example))
        for column, hint in enumerate(hints, start=1):
            self.table.horizontalHeaderItem(column).setToolTip(hint)

    def set_labels(self, labels: list[LabelValue]) -> None:
        """Show these labels."""
        self.table.setRowCount(0)
        for label in labels:
            self.add_label(label)

    def add_label(self, label: LabelValue) -> None:
        """Append a row (an empty one to type a new label)."""
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, text in enumerate((label.name, _show(label.valid_from),
                                       _show(label.valid_until))):
            self.table.setItem(row, column, QTableWidgetItem(text))
        self._show_state()
        if not label.name:
            self.table.setCurrentCell(row, 0)
            self.table.editItem(self.table.item(row, 0))

    def _on_remove(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
        self._show_state()

    def _show_state(self, *_args: object) -> None:
        """The table or a sentence saying it is empty; Retirer waits for a chosen row."""
        empty = self.table.rowCount() == 0
        self.empty_label.setVisible(empty)
        self.table.setVisible(not empty)
        self.remove_button.setEnabled(self.table.currentRow() >= 0)

    def labels(self) -> list[LabelValue]:
        """The labels typed (rows without a name are ignored); bad dates raise ValidationError."""
        labels = []
        for row in range(self.table.rowCount()):
            name = self._text(row, 0)
            if name:
                labels.append(LabelValue(name, _parse(self._text(row, 1), name),
                                         _parse(self._text(row, 2), name)))
        return labels

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item else ""


def _show(day: date | None) -> str:
    return day_text(day) if day else ""


def _parse(text: str, label: str) -> date | None:
    try:
        return read_day(text)
    except ValidationError as error:  # say which label: a card may list several
        raise ValidationError(QCoreApplication.translate("Errors", "Label {label} — {reason}")
                              .format(label=label, reason=error_text(error))) from error
