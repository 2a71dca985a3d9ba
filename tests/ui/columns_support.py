"""The Fournisseurs list's column choice in tests: its actions by column, and a fresh start.

QSettings keeps one file per test process (its path is fixed on first use), so a test that
shows or hides a column forgets that choice before and after it.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction

from srm_inclusif.ui.pages.counterparties_view import HIDDEN_COLUMNS_KEY, CounterpartiesView


def forget_column_choice() -> None:
    """Back to the columns shown by default (the nature hidden)."""
    QSettings().remove(HIDDEN_COLUMNS_KEY)


def column_action(view: CounterpartiesView, key: str) -> QAction:
    """The checkable action showing the column of ``key`` (one of ``SORT_KEYS``)."""
    return next(action for action in view.column_actions() if action.data() == key)


def show_column(view: CounterpartiesView, key: str) -> None:
    """Show a column as a user does, by checking its entry in the menu."""
    action = column_action(view, key)
    if not action.isChecked():
        action.trigger()
