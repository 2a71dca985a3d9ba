"""Dialog: edit the workspace's feedback criteria set (labels, weights, order)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from srm_inclusif.core.vocabulary import criterion_label
from srm_inclusif.storage.services.feedback import CriterionRow
from srm_inclusif.ui.form_dialog import FormDialog

#: Role of a row's stored criterion: (id, key, label as stored).
STORED_ROLE = Qt.ItemDataRole.UserRole


class CriteriaDialog(FormDialog):
    """One row per criterion: label and weight; add, remove, move up or down."""

    def __init__(self, criteria: list[CriterionRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("criteriaDialog")
        self.setWindowTitle(self.tr("Critères des retours d'expérience"))
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("criteriaTable")
        self.table.setHorizontalHeaderLabels([self.tr("Critère"), self.tr("Poids")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for criterion in criteria:
            self.add_row(criterion)
        add = QPushButton(self.tr("Ajouter"))
        add.clicked.connect(lambda: self.add_row(CriterionRow(None, "", "", 1.0)))
        remove = QPushButton(self.tr("Retirer"))
        remove.clicked.connect(self._remove_current)
        up, down = QPushButton(self.tr("Monter")), QPushButton(self.tr("Descendre"))
        up.clicked.connect(lambda: self._move(-1))
        down.clicked.connect(lambda: self._move(1))
        row = QHBoxLayout()
        for button in (add, remove, up, down):
            row.addWidget(button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
            "Les retours déjà saisis gardent les poids de leur date ; un critère retiré "
            "reste dans l'historique.")))
        layout.addWidget(self.table)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.resize(480, 360)

    def add_row(self, criterion: CriterionRow) -> None:
        """Append a criterion row."""
        row = self.table.rowCount()
        self.table.insertRow(row)
        self._set_row(row, criterion)

    def _set_row(self, row: int, criterion: CriterionRow) -> None:
        item = QTableWidgetItem(criterion_label(criterion.key, criterion.label))
        item.setData(STORED_ROLE, (criterion.id, criterion.key, criterion.label))
        self.table.setItem(row, 0, item)
        weight = QDoubleSpinBox()
        weight.setRange(0.1, 100)
        weight.setDecimals(1)
        weight.setValue(criterion.weight)
        self.table.setCellWidget(row, 1, weight)

    def _remove_current(self) -> None:
        if self.table.currentRow() >= 0:
            self.table.removeRow(self.table.currentRow())

    def _move(self, step: int) -> None:
        row = self.table.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        rows = self.criteria()
        rows[row], rows[target] = rows[target], rows[row]
        for index, criterion in enumerate(rows):
            self._set_row(index, criterion)
        self.table.setCurrentCell(target, 0)

    def form_values(self) -> list[tuple[str, float]]:
        """What closing compares: labels and weights in order (rows moved rebuild their fields)."""
        return [(c.label, c.weight) for c in self.criteria()]

    def criteria(self) -> list[CriterionRow]:
        """The criteria as edited, in order (empty labels skipped)."""
        found = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            criterion_id, key, stored = item.data(STORED_ROLE) or (None, "", "")
            weight = self.table.cellWidget(row, 1).value()  # type: ignore[attr-defined]
            if label := _label_typed(item.text(), key, stored):
                found.append(CriterionRow(criterion_id, key, label, weight, row))
        return found


def _label_typed(text: str, key: str, stored: str) -> str:
    """The label to save: the stored one while the row still shows it (maybe translated)."""
    text = text.strip()
    return stored if text == criterion_label(key, stored) else text
