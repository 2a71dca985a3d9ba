"""The Fournisseurs page's search box leads to its list by the keyboard.

↓ or Page ↓ go down into the list on its first row, ↑ on that row comes back; Entrée opens the
chosen record, else the first one listed; Échap empties the box; Ctrl+F comes back to it.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from srm_inclusif.ui.models.counterparty_table import COL_NAME
from srm_inclusif.ui.pages.counterparties_page import CounterpartiesPage
from tests.ui.counterparties_search import search_page

#: A search several demo records answer, and one only one answers.
MANY = "marvaux"
ONE = "traiteur marvaux 125"


@pytest.fixture
def page(qtbot, demo_ctx) -> CounterpartiesPage:  # noqa: ANN001
    """The Fournisseurs page of the demo, in the active main window, focus in its search box."""
    return search_page(qtbot, demo_ctx)


@pytest.fixture
def opened(monkeypatch) -> list[str]:  # noqa: ANN001
    """The names of the records whose card the page opens (no card really shown)."""
    names: list[str] = []

    def open_card(page: CounterpartiesPage, cid: int) -> None:
        names.append(page.model.row_at(page.model.row_of(cid)).name)

    monkeypatch.setattr(CounterpartiesPage, "open_card", open_card)
    return names


def _press(qtbot, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:  # noqa: ANN001
    """A key typed where the focus is, as the user types it."""
    qtbot.keyClick(QApplication.focusWidget(), key, modifiers)


def _chosen_names(page: CounterpartiesPage) -> list[str]:
    return [page.model.row_at(page.model.row_of(cid)).name for cid in page.selected_ids()]


def _first_name(page: CounterpartiesPage) -> str:
    return page.model.index(0, COL_NAME).data()


@pytest.mark.parametrize("key", [Qt.Key.Key_Down, Qt.Key.Key_PageDown])
def test_down_goes_into_the_list_on_its_first_row_and_up_comes_back(qtbot, page, key) -> None:
    view = page.view
    qtbot.keyClicks(view.search_edit, MANY)
    qtbot.waitUntil(lambda: not page.search_pending())
    _press(qtbot, key)
    assert QApplication.focusWidget() is view.table
    assert _chosen_names(page) == [_first_name(page)]
    assert view.open_button.isEnabled()
    _press(qtbot, Qt.Key.Key_Down)  # the arrows then browse the list
    assert _chosen_names(page) == [page.model.index(1, COL_NAME).data()]
    _press(qtbot, Qt.Key.Key_Up)
    assert QApplication.focusWidget() is view.table  # only the first row leads back up
    _press(qtbot, Qt.Key.Key_Up)
    assert QApplication.focusWidget() is view.search_edit
    assert view.search_edit.text() == MANY


def test_down_in_a_box_matching_nothing_stays_in_the_box(qtbot, page) -> None:
    qtbot.keyClicks(page.view.search_edit, "zzqx")
    qtbot.waitUntil(lambda: not page.search_pending())
    _press(qtbot, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is page.view.search_edit


def test_enter_opens_the_only_match_at_once(qtbot, page, opened) -> None:
    qtbot.keyClicks(page.view.search_edit, ONE)
    qtbot.waitUntil(lambda: not page.search_pending())
    assert page.model.total == 1
    _press(qtbot, Qt.Key.Key_Return)
    assert opened == ["Envol Traiteur Marvaux 125"]


def test_enter_opens_the_first_match_when_none_is_chosen(qtbot, page, opened) -> None:
    qtbot.keyClicks(page.view.search_edit, MANY)
    qtbot.waitUntil(lambda: not page.search_pending())
    assert page.model.total > 1
    assert page.selected_ids() == []
    _press(qtbot, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert opened == [_first_name(page)]


def test_enter_opens_the_chosen_record(qtbot, page, opened) -> None:
    qtbot.keyClicks(page.view.search_edit, MANY)
    qtbot.waitUntil(lambda: not page.search_pending())
    assert page.model.total > 2
    page.view.table.selectRow(2)
    chosen = page.model.index(2, COL_NAME).data()
    _press(qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)  # back to the box
    assert QApplication.focusWidget() is page.view.search_edit
    _press(qtbot, Qt.Key.Key_Return)
    assert opened == [chosen]
    _press(qtbot, Qt.Key.Key_Down)  # down goes to the chosen row, the one Entrée opens
    assert _chosen_names(page) == [chosen]


def test_enter_in_a_box_matching_nothing_opens_nothing(qtbot, page, opened) -> None:
    qtbot.keyClicks(page.view.search_edit, "zzqx")
    qtbot.waitUntil(lambda: not page.search_pending())
    _press(qtbot, Qt.Key.Key_Return)
    assert opened == []


def test_escape_clears_the_search_and_ctrl_z_brings_it_back(qtbot, page) -> None:
    everything = page.model.total
    qtbot.keyClicks(page.view.search_edit, ONE)
    qtbot.waitUntil(lambda: not page.search_pending())
    _press(qtbot, Qt.Key.Key_Escape)
    assert page.view.search_edit.text() == ""
    assert page.model.total == everything
    _press(qtbot, Qt.Key.Key_Escape)  # an empty box stays empty, the focus in it
    assert QApplication.focusWidget() is page.view.search_edit
    _press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert page.view.search_edit.text() == ONE


def test_ctrl_f_from_the_list_selects_the_search_to_type_over(qtbot, page) -> None:
    qtbot.keyClicks(page.view.search_edit, MANY)
    qtbot.waitUntil(lambda: not page.search_pending())
    page.view.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.view.table)
    _press(qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is page.view.search_edit
    qtbot.keyClicks(page.view.search_edit, ONE)
    qtbot.waitUntil(lambda: not page.search_pending())
    assert page.view.search_edit.text() == ONE


def test_the_box_says_its_keys_in_its_tooltip(page) -> None:
    tip = page.view.search_edit.toolTip()
    assert tip.startswith("↓ pour parcourir la liste, Entrée pour ouvrir")
    assert page.view.search_edit.accessibleDescription() == tip


def test_the_tooltip_goes_through_the_catalogue(marked, qtbot, ctx) -> None:  # noqa: ARG001
    widget = CounterpartiesPage(ctx)
    qtbot.addWidget(widget)
    widget._scan.wait()
    assert widget.view.search_edit.toolTip().startswith("[CounterpartiesView] ↓ pour parcourir")
