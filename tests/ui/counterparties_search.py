"""The Fournisseurs page the search tests type in: in the active main window, focus in its box."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.pages.counterparties_page import CounterpartiesPage
from tests.ui.conftest import LAPTOP, active_window


def search_page(qtbot, ctx: WorkspaceContext) -> CounterpartiesPage:  # noqa: ANN001
    """The Fournisseurs page of ``ctx``, the window at laptop size, focus in its search box."""
    win = active_window(qtbot, ctx)
    win.resize(*LAPTOP)
    shown = win.enter_page("counterparties")
    assert isinstance(shown, CounterpartiesPage)
    shown.view.search_edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is shown.view.search_edit)
    return shown
