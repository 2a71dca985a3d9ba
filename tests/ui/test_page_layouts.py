"""The main window's pages on a laptop screen (1280 × 720): what a user sees without scrolling.

The window is given the laptop's size; every page must fit it, its tables keep their columns
inside the viewport, the contracts list keeps most of the height, facet lists show several
lines, the snooze button's arrow clears its text and every page title sits at the same place.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel, QStyle, QStyleOptionViewItem, QToolButton

from srm_inclusif.ui.main_window import PAGES, MainWindow
from srm_inclusif.ui.models.counterparty_table import COL_CITY, COL_FAVOURITE, COL_NAME
from srm_inclusif.ui.table_view import FullTextDelegate, columns_outside, elided_text
from tests.ui.conftest import LAPTOP, shown_demo_window


@pytest.fixture
def laptop(qtbot, demo_workspace):
    return shown_demo_window(qtbot, demo_workspace, LAPTOP)


def _show(win: MainWindow, key: str):  # noqa: ANN202
    page = win.show_page(key)
    win.resize(*LAPTOP)
    QApplication.processEvents()
    return page


def test_every_page_fits_a_laptop_screen(laptop) -> None:
    for key, _module, _cls in PAGES:
        _show(laptop, key)
        assert laptop.minimumSizeHint().width() <= LAPTOP[0], key
        assert laptop.width() == LAPTOP[0], key
        assert laptop.minimumSizeHint().height() <= LAPTOP[1], key
        assert laptop.height() == LAPTOP[1], key


def test_counterparty_columns_are_all_in_view(laptop) -> None:
    page = _show(laptop, "counterparties")
    table = page.view.table
    assert columns_outside(table) == []
    header = table.horizontalHeader()
    name = header.sectionSize(COL_NAME)
    assert name >= 20 * table.fontMetrics().averageCharWidth()  # the name stays readable
    assert header.sectionSize(COL_FAVOURITE) > 0  # « Favori », cut at the right edge before
    assert header.sectionViewportPosition(COL_FAVOURITE) + header.sectionSize(COL_FAVOURITE) \
        <= table.viewport().width()


def test_an_elided_counterparty_cell_gives_its_whole_text_as_tooltip(laptop) -> None:
    table = _show(laptop, "counterparties").view.table
    header = table.horizontalHeader()
    header.resizeSection(COL_CITY, 30)  # a city column too narrow for its names
    index = next(table.model().index(r, COL_CITY) for r in range(table.model().rowCount())
                 if len(table.model().index(r, COL_CITY).data()) > 8)
    option = QStyleOptionViewItem()
    option.initFrom(table)
    option.rect = table.visualRect(index)
    assert elided_text(table.itemDelegate(), option, index) == index.data()
    option.rect.setWidth(1000)
    assert elided_text(table.itemDelegate(), option, index) == ""
    assert isinstance(table.itemDelegate(), FullTextDelegate)  # what shows the tooltip
    assert index.data(Qt.ItemDataRole.ToolTipRole) is None  # ...which it does only then


def test_facet_lists_show_several_lines(laptop) -> None:
    facets = _show(laptop, "counterparties").view.facets
    kinds = facets.lists["kinds"]
    line = kinds.fontMetrics().height()
    assert kinds.height() >= 8 * line  # 4 to 5 lines before
    family = facets.lists["families"]
    assert family.height() >= family.model().rowCount() * line  # all four families
    assert family.model().rowCount() == 4
    assert kinds.wordWrap()  # « ETTI – Entreprise de travail temporaire d'insertion » whole


def test_contract_columns_are_all_in_view(laptop) -> None:
    page = _show(laptop, "contracts")
    assert columns_outside(page.table) == []
    hours = page.table.horizontalHeader()
    assert hours.sectionViewportPosition(7) + hours.sectionSize(7) <= \
        page.table.viewport().width()  # « Heures d'insertion », cut before


def test_contract_list_keeps_most_of_the_height(laptop) -> None:
    page = _show(laptop, "contracts")
    table = page.table
    rows = table.viewport().height() // table.verticalHeader().defaultSectionSize()
    assert rows >= 10  # 7 to 8 before: the feedback panel took the rest
    assert table.height() > page.feedback.height()


def test_pipeline_card_tooltip_holds_the_whole_name(laptop) -> None:
    page = _show(laptop, "relationships")
    longest = max(page.rows, key=lambda r: len(r.counterparty_name))
    column = next(c for c in page.board.columns.values() if longest.id in c.ids())
    item = column.item(column.ids().index(longest.id))
    assert item.toolTip().splitlines()[0] == longest.counterparty_name
    assert page.board.layout().contentsMargins().left() == 0


def test_snooze_arrow_clears_its_text(laptop) -> None:
    dashboard = _show(laptop, "dashboard")
    button = dashboard.todo_panel.findChild(QToolButton, "snoozeButton")
    arrow = button.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, button)
    text = button.fontMetrics().horizontalAdvance(button.text())
    # The text is centred: the arrow, in the right corner, needs its width on the right side.
    assert (button.width() - text) // 2 >= arrow


def test_page_titles_line_up(laptop) -> None:
    places = {}
    for key, _module, _cls in PAGES:
        page = _show(laptop, key)
        title = next(label for label in page.findChildren(QLabel)
                     if label.objectName() == "pageTitle")
        places[key] = title.mapTo(laptop, QPoint(0, 0))
    assert len(set(places.values())) == 1, places


def test_counterparty_count_stays_on_the_title_line(laptop) -> None:
    view = _show(laptop, "counterparties").view
    title, count = view.title_label, view.count_label
    assert count.isVisible()
    assert abs(count.mapTo(view, QPoint(0, count.height())).y()
               - title.mapTo(view, QPoint(0, title.height())).y()) <= title.height()
    assert Qt.AlignmentFlag.AlignRight & count.alignment()
