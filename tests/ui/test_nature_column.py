"""The Fournisseurs list can show « Siège ou antenne » (hidden by default, shown from the column
titles' menu): rows with the same name are told apart, the column sorts them, and the list
still fits a laptop screen in both languages."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from srm_inclusif.storage.services.counterparty_edit import create_counterparty
from srm_inclusif.ui.models.counterparty_table import COL_NAME, COL_NATURE
from srm_inclusif.ui.pages.counterparties_page import CounterpartiesPage
from srm_inclusif.ui.table_view import cell_margin, columns_outside
from tests.ui.columns_support import show_column
from tests.ui.conftest import LAPTOP_SCREENS, shown_demo_window
from tests.ui.test_laptop_fit import _hidden_title_parts

#: What the column shows for a head office and an antenna, in each language.
SHOWN = {"fr": ("Siège", "Antenne"), "en": ("Head office", "Branch")}
TITLE = {"fr": "Siège ou antenne", "en": "Head office or branch"}




@pytest.fixture
def page(qtbot, language, workspace, ctx) -> CounterpartiesPage:  # noqa: ARG001
    """Three records named alike: a head office, its antenna, and one whose nature is unknown."""
    for nature in ("HEAD_OFFICE", "ANTENNA", None):
        create_counterparty(workspace.engine, values={"name": "Atelier Tremplin",
                                                       "nature": nature})
    widget = CounterpartiesPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 720)
    widget.show()
    qtbot.waitExposed(widget)
    widget._scan.wait()
    show_column(widget.view, "nature")
    return widget


def _shown(page: CounterpartiesPage, column: int) -> list[str]:
    model = page.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_rows_named_alike_show_which_is_the_head_office(page, language) -> None:
    head_office, antenna = SHOWN[language]
    title = page.model.headerData(COL_NATURE, Qt.Orientation.Horizontal)
    assert title == TITLE[language]
    assert _shown(page, COL_NAME) == ["Atelier Tremplin"] * 3
    # an unknown nature shows nothing
    assert sorted(_shown(page, COL_NATURE)) == sorted([head_office, antenna, ""])


def test_clicking_the_title_sorts_antennas_and_head_offices(page, language) -> None:
    head_office, antenna = SHOWN[language]
    table = page.view.table
    table.sortByColumn(COL_NATURE, Qt.SortOrder.AscendingOrder)
    assert [text for text in _shown(page, COL_NATURE) if text] == [antenna, head_office]
    table.sortByColumn(COL_NATURE, Qt.SortOrder.DescendingOrder)
    assert [text for text in _shown(page, COL_NATURE) if text] == [head_office, antenna]


@pytest.fixture(params=LAPTOP_SCREENS, ids=lambda size: f"{size[0]}x{size[1]}")
def demo_table(request, qtbot, demo_workspace, language):  # noqa: ANN001, ANN201, ARG001
    window = shown_demo_window(qtbot, demo_workspace, request.param)
    view = window.show_page("counterparties").view
    show_column(view, "nature")
    QApplication.processEvents()
    return view.table


def test_the_list_with_the_nature_fits_a_laptop(demo_table, language) -> None:  # noqa: ANN001
    table, header = demo_table, demo_table.horizontalHeader()
    assert not table.horizontalScrollBar().isVisible()
    assert columns_outside(table) == []
    table.sortByColumn(COL_NATURE, Qt.SortOrder.DescendingOrder)
    QApplication.processEvents()
    assert _hidden_title_parts(table, COL_NATURE) == ""  # whole, beside the sort arrow
    assert table.model().index(0, COL_NATURE).data() == SHOWN[language][0]
    widest = max(table.fontMetrics().horizontalAdvance(text) for text in SHOWN[language])
    assert widest + cell_margin(table) <= header.sectionSize(COL_NATURE)  # « Head office » whole
    # the names keep the most room: they are what the list is read by
    widths = [header.sectionSize(column) for column in range(header.count())]
    assert max(widths) == widths[COL_NAME]
