"""A titled list of records over its buttons, as « Bilans », « Personnes » and « Équipes » show."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from srm_inclusif.ui.mnemonics import list_title


@dataclass(frozen=True)
class Entry:
    """One row: its record's id, its cells; an inactive one is greyed, ``tip`` on its first cell."""

    id: int
    cells: Sequence[str]
    active: bool = True
    tip: str = ""


class EntryList(QWidget):
    """Title, list, an optional widget under it, and a row of buttons.

    Entrée or a double click on a row emits ``activated`` (to edit it), Suppr in the list
    ``delete_pressed``; the buttons made with ``for_entry`` are enabled only while a row is
    selected. Texts come translated from the dialog, whose context the catalogue knows.
    """

    activated = Signal()
    delete_pressed = Signal()
    current_changed = Signal()  # also after ``fill``, whose selection may be another

    def __init__(self, name: str, title: str, headers: Sequence[str], *,
                 under: QWidget | None = None, figures_from: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._figures_from = figures_from
        self._entry_buttons: list[QPushButton] = []
        self.title = list_title(title)
        self.tree = _tree(name, title, headers)
        self.title.setBuddy(self.tree)
        self._buttons = QHBoxLayout()
        self._buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.tree, 1)
        if under is not None:  # before the buttons: Tab reaches it first, as it reads
            layout.addWidget(under)
        layout.addLayout(self._buttons)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.tree.itemActivated.connect(self.activated)
        self.tree.currentItemChanged.connect(self._on_current_changed)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.tree)
        # set apart: the constructor's context argument is dropped, and two window-wide
        # Suppr (people, teams) would cancel each other out
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_pressed)

    def button(self, name: str, text: str, *, for_entry: bool = False) -> QPushButton:
        """A new button at the end of the row; ``for_entry``: enabled while a row is selected."""
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAutoDefault(False)  # Entrée in the list edits its row, never closes the dialog
        self._buttons.insertWidget(self._buttons.count() - 1, button)  # the stretch stays last
        if for_entry:
            self._entry_buttons.append(button)
            button.setEnabled(self.current_id() is not None)
        return button

    def fill(self, entries: Iterable[Entry], keep: int | None) -> None:
        """Show ``entries``, the one ``keep`` names selected again, else the first."""
        grey = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        self.tree.blockSignals(True)
        self.tree.clear()
        for entry in entries:
            item = self._item(entry, grey)
            self.tree.addTopLevelItem(item)
            if entry.id == keep:
                self.tree.setCurrentItem(item)
        if self.tree.currentItem() is None and self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        self.tree.blockSignals(False)
        self._fit_columns()
        self._on_current_changed()

    def _item(self, entry: Entry, grey: QColor) -> QTreeWidgetItem:
        item = QTreeWidgetItem(list(entry.cells))
        item.setData(0, Qt.ItemDataRole.UserRole, entry.id)
        if self._figures_from is not None:
            for column in range(self._figures_from, len(entry.cells)):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight
                                      | Qt.AlignmentFlag.AlignVCenter)
        if not entry.active:
            for column in range(len(entry.cells)):
                item.setForeground(column, grey)
        if entry.tip:
            item.setToolTip(0, entry.tip)
        return item

    def _fit_columns(self) -> None:
        """Each column as wide as its longest text and a gap, so that neighbours never touch."""
        gap = self.tree.fontMetrics().averageCharWidth() * 2
        for column in range(self.tree.columnCount() - 1):
            self.tree.resizeColumnToContents(column)
            self.tree.setColumnWidth(column, self.tree.columnWidth(column) + gap)

    def current_id(self) -> int | None:
        """The id of the selected row, None when none is."""
        item = self.tree.currentItem()
        return None if item is None else int(item.data(0, Qt.ItemDataRole.UserRole))

    def select(self, row_id: int) -> None:
        """Select the row of ``row_id`` and put the focus on the list."""
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            if item.data(0, Qt.ItemDataRole.UserRole) == row_id:
                self.tree.setCurrentItem(item)
                self.tree.setFocus()

    def _on_current_changed(self) -> None:
        chosen = self.current_id() is not None
        for button in self._entry_buttons:
            button.setEnabled(chosen)
        self.current_changed.emit()


def _tree(name: str, title: str, headers: Sequence[str]) -> QTreeWidget:
    tree = QTreeWidget()
    tree.setObjectName(name)
    tree.setAccessibleName(title)
    tree.setHeaderLabels(list(headers))
    tree.setRootIsDecorated(False)
    tree.setUniformRowHeights(True)
    tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    tree.header().setStretchLastSection(True)
    return tree
