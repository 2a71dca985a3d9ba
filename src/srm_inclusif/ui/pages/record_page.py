"""A simple page: a title, a count and a sortable table of records."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from srm_inclusif.ui.models.record_table import SORT_ROLE, RecordTableModel


class RecordPage(QWidget):
    """Title, a line of counts, and a sortable table view over a ``RecordTableModel``."""

    def __init__(self, title: str, model: RecordTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.title_label = QLabel(title)
        self.title_label.setObjectName("pageTitle")
        self.count_label = QLabel()
        self.count_label.setObjectName("pageCount")
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(model)
        proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(proxy)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.count_label)
        layout.addWidget(self.table)

    def show_rows(self, rows: list[object], count_text: str) -> None:
        """Fill the table and the count line."""
        self.model.set_rows(rows)
        self.count_label.setText(count_text)
        self.table.resizeColumnsToContents()
