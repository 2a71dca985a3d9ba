"""The Fournisseurs page the search tests type in: in the active main window, focus in its box,
or alone with one record."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from srm_inclusif.storage.services.counterparty_edit import create_counterparty
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


def page_with_one_record(qtbot, ctx: WorkspaceContext) -> CounterpartiesPage:  # noqa: ANN001
    """The Fournisseurs page alone, shown, listing « Atelier Bleu » once its scan is done."""
    create_counterparty(ctx.engine, values={"name": "Atelier Bleu"})
    page = CounterpartiesPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page._scan.wait()
    return page


def empty_list_text(qtbot, page: CounterpartiesPage, search: str) -> str:  # noqa: ANN001
    """What the empty list says once ``search`` is typed in the page's box and run."""
    page.view.search_edit.setText(search)
    qtbot.waitUntil(lambda: not page.search_pending())
    return page.view.empty_label.text()
