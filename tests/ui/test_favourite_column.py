"""The suppliers list titles its favourite column with a star: narrow, leaving the names their
room, still named « Favori » when hovered or read aloud, still sorting the favourites."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication

from srm_inclusif.ui.models.counterparty_table import COL_FAVOURITE, COL_NAME
from tests.ui.conftest import LAPTOP_SCREENS, shown_demo_window

HORIZONTAL = Qt.Orientation.Horizontal


@pytest.fixture(params=LAPTOP_SCREENS, ids=lambda size: f"{size[0]}x{size[1]}")
def table(request, qtbot, demo_workspace):  # noqa: ANN001, ANN201
    window = shown_demo_window(qtbot, demo_workspace, request.param)
    page = window.show_page("counterparties")
    QApplication.processEvents()
    return page.view.table


def _title(table, role: Qt.ItemDataRole) -> str:  # noqa: ANN001
    return table.model().headerData(COL_FAVOURITE, HORIZONTAL, role)


def test_the_favourite_column_is_titled_by_a_star_named_in_words(table) -> None:  # noqa: ANN001
    assert _title(table, Qt.ItemDataRole.DisplayRole) == "★"
    assert _title(table, Qt.ItemDataRole.ToolTipRole) == "Favori"
    assert _title(table, Qt.ItemDataRole.AccessibleTextRole) == "Favori"
    # the other titles are their own words, with no tooltip repeating them
    assert table.model().headerData(COL_NAME, HORIZONTAL, Qt.ItemDataRole.ToolTipRole) is None


def test_the_favourite_column_is_narrower_than_its_word(table) -> None:  # noqa: ANN001
    header = table.horizontalHeader()
    # « Favori » / « Favourite » as a title made the column that wide, squeezing the names
    assert header.sectionSize(COL_FAVOURITE) < header.fontMetrics().horizontalAdvance("Favori")


def test_a_screen_reader_reads_the_column_name(table) -> None:  # noqa: ANN001
    view = QAccessible.queryAccessibleInterface(table)
    # the first accessible children are the corner, then the column titles
    titles = [view.child(1 + column).text(QAccessible.Text.Name)
              for column in range(table.model().columnCount())]
    assert titles[COL_FAVOURITE] == "Favori"
    assert titles[COL_NAME] == "Nom"


def test_sorting_by_the_star_puts_the_favourites_first(table) -> None:  # noqa: ANN001
    table.sortByColumn(COL_FAVOURITE, Qt.SortOrder.DescendingOrder)
    model = table.model()
    assert model.index(0, COL_FAVOURITE).data() == "★"
    table.sortByColumn(COL_FAVOURITE, Qt.SortOrder.AscendingOrder)
    assert model.index(0, COL_FAVOURITE).data() == ""


def test_the_column_name_is_translated(marked, qapp, workspace) -> None:  # noqa: ANN001
    from datetime import date

    from srm_inclusif.ui.models.counterparty_table import CounterpartyTableModel

    model = CounterpartyTableModel(workspace.engine, lambda: date(2026, 11, 22))
    assert model.headerData(COL_FAVOURITE, HORIZONTAL, Qt.ItemDataRole.ToolTipRole) == (
        "[CounterpartyTableModel] Favori")
