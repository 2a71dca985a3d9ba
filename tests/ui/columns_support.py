"""The Fournisseurs list's column choice in tests: its actions by column.

(Every UI test starts on empty QSettings: tests/ui/conftest.py.)
"""

from __future__ import annotations

from PySide6.QtGui import QAction

from srm_inclusif.ui.pages.counterparties_view import CounterpartiesView


def column_action(view: CounterpartiesView, key: str) -> QAction:
    """The checkable action showing the column of ``key`` (one of ``SORT_KEYS``)."""
    return next(action for action in view.column_actions() if action.data() == key)


def show_column(view: CounterpartiesView, key: str) -> None:
    """Show a column as a user does, by checking its entry in the menu."""
    action = column_action(view, key)
    if not action.isChecked():
        action.trigger()
