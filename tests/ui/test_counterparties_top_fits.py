"""The Fournisseurs page's top rows at 1024 and 1280 px, and zoomed: every control whole."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QWidget

from srm_inclusif.ui.pages.counterparties_page import CounterpartiesPage
from tests.ui.conftest import LAPTOP, shown_demo_window

#: The room the page has in a 1280 × 720 window at QT_SCALE_FACTOR=1.5 (853 px, less the
#: side bar): the window is not tested there, other pages may ask more.
ZOOMED_PAGE = (853 - 216, 480 - 60)


def _top_widgets(view) -> dict[str, QWidget]:  # noqa: ANN001
    return {"title": view.title_label, "filters": view.facets_button,
            "count": view.count_label, "search": view.search_edit,
            "searches": view.saved_combo, "save": view.save_search_button,
            "delete": view.delete_search_button}


def _cut(outer: QWidget, widgets: dict[str, QWidget]) -> dict[str, str]:
    """The widgets past ``outer``'s right edge or narrower than their size hint."""
    cut = {}
    for name, widget in widgets.items():
        left = widget.mapTo(outer, QPoint(0, 0)).x()
        right = left + widget.width()
        if right > outer.width() or widget.width() < widget.sizeHint().width():
            cut[name] = f"{left}..{right} of {outer.width()}, hint {widget.sizeHint().width()}"
    return cut


@pytest.mark.parametrize("size", [(1024, 600), LAPTOP])
def test_in_the_window_the_top_rows_are_whole(qtbot, demo_workspace, size) -> None:
    win = shown_demo_window(qtbot, demo_workspace, size)
    page = win.show_page("counterparties")
    qtbot.waitUntil(lambda: page.view.table.isVisible())
    QApplication.processEvents()
    widgets = _top_widgets(page.view)
    assert all(widget.isVisible() for widget in widgets.values())
    assert _cut(win, widgets) == {}


def test_zoomed_the_saved_searches_go_under_the_search_box(qtbot, demo_ctx) -> None:
    page = CounterpartiesPage(demo_ctx)
    qtbot.addWidget(page)
    page.resize(*ZOOMED_PAGE)
    page.show()
    qtbot.waitExposed(page)
    QApplication.processEvents()
    view = page.view
    assert _cut(page, _top_widgets(view)) == {}
    # beside them, the box was squeezed to its shortest hint, « Rechercher… »
    assert "offre" in view.search_edit.placeholderText()
    box, combo = view.search_edit, view.saved_combo
    assert combo.mapTo(page, QPoint(0, 0)).y() > box.mapTo(page, QPoint(0, 0)).y()


def test_in_a_wide_window_they_stay_beside_it(qtbot, demo_ctx) -> None:
    page = CounterpartiesPage(demo_ctx)
    qtbot.addWidget(page)
    page.resize(LAPTOP[0] - 216, LAPTOP[1] - 60)
    page.show()
    qtbot.waitExposed(page)
    QApplication.processEvents()
    view = page.view
    assert view.saved_combo.y() == view.search_edit.y()
    assert "offre" in view.search_edit.placeholderText()
