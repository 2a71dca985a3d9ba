"""The columns a user chose to see in the Fournisseurs / Clients list, remembered."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QPoint, QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QTableView

from srm_inclusif.ui.models.counterparty_table import COL_KIND, COL_NAME, SORT_KEYS

#: Where the columns the user hid are remembered: their sort keys (``SORT_KEYS``), not their
#: numbers, so that a column added later hides nothing by mistake.
HIDDEN_COLUMNS_KEY = "suppliers/hidden_columns"
#: Hidden until the user shows it: the names, read first, need its room more.
DEFAULT_HIDDEN = ("nature",)
#: The list's column describing an inclusive structure (its kind), a buyer's only.
STRUCTURE_COLUMNS = (COL_KIND,)


class ColumnChoice(QObject):
    """Checkable actions showing each column, in ``menu`` and in the titles' right-click menu.

    The name's stays checked and disabled. The columns hidden last time (by default the
    nature) are hidden again. ``refit`` sizes the columns again once one is shown or hidden.
    """

    def __init__(self, table: QTableView, menu: QMenu, refit: Callable[[], None]) -> None:
        super().__init__(table)
        self.table = table
        self.menu = menu
        self._refit = refit

    def offer(self) -> None:
        """Fill the menu and hide the columns hidden last time (once the model is set)."""
        hidden = set(QSettings().value(HIDDEN_COLUMNS_KEY, list(DEFAULT_HIDDEN), type=list))
        header = self.table.horizontalHeader()
        for column, key in enumerate(SORT_KEYS):
            shown = column == COL_NAME or key not in hidden
            header.setSectionHidden(column, not shown)
            self.menu.addAction(self._column_action(column, key, shown))
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._on_titles_menu)

    def actions(self) -> tuple[QAction, ...]:
        """The checkable actions showing each column, the name's first (always shown)."""
        return tuple(self.menu.actions())

    def show_structure_columns(self, shown: bool) -> None:
        """Show the structure's columns as the user chose (a buyer), or hide them (a seller).

        Hidden for a seller, they leave the columns menu too; the user's choice stays as it was.
        """
        header = self.table.horizontalHeader()
        actions = {action.data(): action for action in self.actions()}
        for column in STRUCTURE_COLUMNS:
            action = actions.get(SORT_KEYS[column])
            if action is None:  # before the columns are offered
                continue
            action.setVisible(shown)
            if not shown and header.sortIndicatorSection() == column:
                self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
            header.setSectionHidden(column, not (shown and action.isChecked()))

    def _column_action(self, column: int, key: str, shown: bool) -> QAction:
        """The action showing a column, named in words (« Favori » for the star)."""
        model = self.table.model()
        title = model.headerData(column, Qt.Orientation.Horizontal)
        name = model.headerData(column, Qt.Orientation.Horizontal,
                                Qt.ItemDataRole.AccessibleTextRole)
        action = QAction(str(name or title), self.menu.parent())
        action.setObjectName(f"column_{key}")
        action.setData(key)
        action.setCheckable(True)
        action.setChecked(shown)
        action.setEnabled(column != COL_NAME)  # the list is read by its names
        action.toggled.connect(lambda checked, c=column: self._show_column(c, checked))
        return action

    def _show_column(self, column: int, shown: bool) -> None:
        """Show or hide a column, fit the list again and remember the choice."""
        table, header = self.table, self.table.horizontalHeader()
        if not shown and header.sortIndicatorSection() == column:
            table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # not sorted by what is unseen
        header.setSectionHidden(column, not shown)
        self._refit()
        hidden = [str(action.data()) for action in self.actions() if not action.isChecked()]
        QSettings().setValue(HIDDEN_COLUMNS_KEY, hidden)

    def _on_titles_menu(self, position: QPoint) -> None:
        menu = QMenu(self.table)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.addSection(self.menu.title())
        menu.addActions(list(self.actions()))
        menu.popup(self.table.horizontalHeader().mapToGlobal(position))
