"""The user chooses the Fournisseurs list's columns: a right-click on their titles lists them
(the nature hidden by default, the name always shown), the list still fits a laptop screen,
and the choice is kept for the next start."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QApplication, QMenu

from srm_inclusif.ui.models.counterparty_table import (
    COL_CITY,
    COL_NAME,
    COL_NATURE,
    COL_SECTORS,
)
from srm_inclusif.ui.pages.counterparties_page import CounterpartiesPage
from srm_inclusif.ui.pages.counterparties_view import HIDDEN_COLUMNS_KEY
from srm_inclusif.ui.table_view import columns_outside
from tests.ui.columns_support import column_action, show_column
from tests.ui.conftest import LAPTOP_SCREENS, shown_demo_window

#: The menu's entries, in column order: the titles in words, the star named « Favori ».
ENTRIES = ["Nom", "Type", "Siège ou antenne", "Ville", "Département", "Secteurs",
           "Labels valides", "Favori", "Étape", "Prochaine échéance"]




@pytest.fixture(params=LAPTOP_SCREENS, ids=lambda size: f"{size[0]}x{size[1]}")
def page(request, qtbot, demo_workspace) -> CounterpartiesPage:  # noqa: ANN001
    """The Fournisseurs page of the main window, on a laptop screen."""
    window = shown_demo_window(qtbot, demo_workspace, request.param)
    shown = window.show_page("counterparties")
    QApplication.processEvents()
    return shown


def _visible(page: CounterpartiesPage) -> list[int]:
    header = page.view.table.horizontalHeader()
    return [c for c in range(header.count()) if not header.isSectionHidden(c)]


def _fits(page: CounterpartiesPage) -> bool:
    QApplication.processEvents()
    table = page.view.table
    return columns_outside(table) == [] and not table.horizontalScrollBar().isVisible()


def _titles_menu(qtbot, page: CounterpartiesPage) -> QMenu:  # noqa: ANN001
    """The menu a right-click on the column titles opens."""
    header = page.view.table.horizontalHeader()
    header.customContextMenuRequested.emit(QPoint(header.sectionPosition(COL_NAME) + 5, 5))
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    return QApplication.activePopupWidget()


def test_the_nature_is_hidden_and_the_names_get_its_room_back(page) -> None:
    header = page.view.table.horizontalHeader()
    assert _visible(page) == [c for c in range(header.count()) if c != COL_NATURE]
    assert _fits(page)
    names = header.sectionSize(COL_NAME)
    show_column(page.view, "nature")
    assert _fits(page)
    assert header.sectionSize(COL_NAME) < names  # the nature takes room, from the names too
    column_action(page.view, "nature").trigger()  # hidden again
    assert _fits(page)
    assert header.sectionSize(COL_NAME) == names  # the names get the room back


def test_a_right_click_on_the_titles_lists_the_columns(qtbot, page) -> None:  # noqa: ANN001
    menu = _titles_menu(qtbot, page)
    entries = [action for action in menu.actions() if action.isCheckable()]
    assert [action.text() for action in entries] == ENTRIES
    assert [action.isChecked() for action in entries] == [
        column != COL_NATURE for column in range(len(ENTRIES))]
    assert "Colonnes affichées" in [action.text() for action in menu.actions()]
    entries[COL_CITY].trigger()  # « Ville » unchecked
    menu.close()
    assert COL_CITY not in _visible(page)
    assert _fits(page)


def test_hiding_and_showing_columns_keeps_the_list_inside(page) -> None:
    view = page.view
    header = view.table.horizontalHeader()
    header.resizeSection(COL_SECTORS, 400)  # widened by hand: the list ran past its edge
    column_action(view, "city").trigger()
    assert COL_CITY not in _visible(page)
    assert _fits(page)
    show_column(view, "nature")
    column_action(view, "city").trigger()
    assert _visible(page) == list(range(header.count()))
    assert _fits(page)


def test_the_name_cannot_be_hidden(page) -> None:
    name = column_action(page.view, "name")
    assert name.isChecked()
    assert not name.isEnabled()
    name.trigger()
    assert COL_NAME in _visible(page)


def test_hiding_the_sorted_column_puts_the_list_back_in_its_order(page) -> None:
    table, model = page.view.table, page.model
    first = model.index(0, COL_NAME).data()
    table.sortByColumn(COL_CITY, Qt.SortOrder.DescendingOrder)
    assert model.index(0, COL_NAME).data() != first
    column_action(page.view, "city").trigger()
    assert model.index(0, COL_NAME).data() == first  # not ordered by a column nobody sees


def test_the_choice_is_kept_for_the_next_start(qtbot, demo_ctx) -> None:  # noqa: ANN001
    first = CounterpartiesPage(demo_ctx)
    qtbot.addWidget(first)
    show_column(first.view, "nature")
    column_action(first.view, "sectors").trigger()
    # the columns' keys, not their numbers: a column added later shifts nothing
    assert QSettings().value(HIDDEN_COLUMNS_KEY, type=list) == ["sectors"]
    again = CounterpartiesPage(demo_ctx)
    qtbot.addWidget(again)
    header = again.view.table.horizontalHeader()
    assert not header.isSectionHidden(COL_NATURE)
    assert header.isSectionHidden(COL_SECTORS)
    assert not column_action(again.view, "sectors").isChecked()


def test_the_menu_is_translated(marked, qtbot, demo_ctx) -> None:  # noqa: ANN001, ARG001
    page = CounterpartiesPage(demo_ctx)
    qtbot.addWidget(page)
    assert page.view.columns_menu.title() == "[CounterpartiesView] Colonnes affichées"
    assert [action.text() for action in page.view.column_actions()] == [
        f"[CounterpartyTableModel] {entry}" for entry in ENTRIES]
