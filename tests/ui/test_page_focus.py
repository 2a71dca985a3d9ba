"""Choosing a page in the navigation puts the focus in it: the page's shortcuts act at once.

Arrow keys in the navigation only browse it (the focus stays in the list, the next arrow moves
on); a click, Enter or a menu key (Ctrl+1…6) goes into the page.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from srm_inclusif.ui.main_window import PAGES, MainWindow
from srm_inclusif.ui.pages.counterparties_page import CounterpartiesPage

SUPPLIERS_ROW = [key for key, _module, _cls in PAGES].index("counterparties")
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(qtbot, demo_ctx):  # noqa: ANN001, ANN201
    win = MainWindow(demo_ctx)
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    win.navigation.setFocus()
    return win


@pytest.fixture
def opened_cards(monkeypatch) -> list[object]:  # noqa: ANN001
    """The cards the Suppliers page opens (none is really shown: no dialog left waiting)."""
    opened: list[object] = []
    monkeypatch.setattr(CounterpartiesPage, "open_card", lambda _page, cid: opened.append(cid))
    return opened


def _press(qtbot, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:  # noqa: ANN001
    """A key typed where the focus is, as the user types it."""
    qtbot.keyClick(QApplication.focusWidget(), key, modifiers)


def _click_row(qtbot, window: MainWindow, row: int) -> None:  # noqa: ANN001
    navigation = window.navigation
    rect = navigation.visualItemRect(navigation.item(row))
    qtbot.mouseClick(navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_new_record_key_acts_right_after_clicking_the_suppliers_page(qtbot, window,
                                                                     opened_cards) -> None:
    _click_row(qtbot, window, SUPPLIERS_ROW)
    assert window.current_page_key() == "counterparties"
    _press(qtbot, Qt.Key.Key_N, CTRL_SHIFT)
    assert opened_cards == [None]  # the new-record card, without a click inside the page first


def test_the_suppliers_list_has_the_focus_after_a_click(qtbot, window) -> None:
    _click_row(qtbot, window, SUPPLIERS_ROW)
    assert QApplication.focusWidget() is window.pages["counterparties"].view.table


def test_menu_key_enters_the_page(qtbot, window, opened_cards) -> None:
    _press(qtbot, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    _press(qtbot, Qt.Key.Key_N, CTRL_SHIFT)
    assert opened_cards == [None]


def test_arrows_keep_browsing_the_navigation_and_enter_goes_in(qtbot, window,
                                                               opened_cards) -> None:
    _press(qtbot, Qt.Key.Key_Down)
    _press(qtbot, Qt.Key.Key_Down)
    assert window.current_page_key() == "relationships"  # the second arrow moved on too
    assert QApplication.focusWidget() is window.navigation
    _press(qtbot, Qt.Key.Key_Up)
    _press(qtbot, Qt.Key.Key_Return)
    assert window.pages["counterparties"].isAncestorOf(QApplication.focusWidget())
    _press(qtbot, Qt.Key.Key_N, CTRL_SHIFT)
    assert opened_cards == [None]


def test_relations_page_is_entered_on_its_board(qtbot, window) -> None:
    _click_row(qtbot, window, [key for key, _m, _c in PAGES].index("relationships"))
    page = window.pages["relationships"]
    assert page.board.isAncestorOf(QApplication.focusWidget())
