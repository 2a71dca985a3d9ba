"""The main lists behave like lists: Tab leaves them for the next control (the arrows move in
them); Contrats' « Go / no go… », « Renouveler… » and « Nouveau retour… » have keys, listed in
the keyboard help (F1).

Tab walked a table cell by cell and never reached the buttons.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import active_window
from tests.ui.lifecycle_dialogs import answer

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _table_of(window, page_key: str):  # noqa: ANN001, ANN202
    page = window.enter_page(page_key)
    if page_key in ("counterparties", "objectives"):
        return page.view.table
    if page_key == "relationships":
        page.tabs.setCurrentWidget(page.table)
    if page_key == "dashboard":
        return page.todo_panel.actions_view
    if page_key == "imports":
        return page.batch_view
    return page.table


@pytest.mark.parametrize(("page_key", "next_control"), [
    ("contracts", "feedback_new"),  # « Nouveau retour… »
    ("counterparties", "facet_families"),  # the « Famille » filter
    ("objectives", "addObjective"),  # « Ajouter »
    ("relationships", "detail_stage"),  # « Changer d'étape… »
    ("imports", "navigation"),  # the page list on the left
    ("dashboard", "todoList"),  # « Rappels »
])
def test_tab_leaves_a_list(qtbot, demo_ctx, page_key, next_control) -> None:  # noqa: ANN001
    window = active_window(qtbot, demo_ctx)
    table = _table_of(window, page_key)
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, 0))
    qtbot.waitUntil(table.hasFocus)

    qtbot.keyClick(table, Qt.Key.Key_Tab)

    focused = QApplication.focusWidget()
    assert focused is not None
    assert (focused.objectName(), focused.isVisible()) == (next_control, True)
    assert table.currentIndex().row() == 0


def test_the_arrows_still_move_in_a_list(qtbot, demo_ctx) -> None:
    window = active_window(qtbot, demo_ctx)
    table = _table_of(window, "contracts")
    table.setFocus()
    table.selectRow(0)

    qtbot.keyClick(table, Qt.Key.Key_Down)

    assert (QApplication.focusWidget(), table.currentIndex().row()) == (table, 1)


def _contracts_on(qtbot, demo_ctx, title: str):  # noqa: ANN001, ANN202
    window = active_window(qtbot, demo_ctx)
    page = window.enter_page("contracts")
    page.text_filter.setText(title)
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.waitUntil(page.table.hasFocus)
    return window, page


@pytest.mark.parametrize(("key", "modifiers", "title"), [
    (Qt.Key.Key_G, CTRL, "Décision go / no go"),
    (Qt.Key.Key_R, CTRL | SHIFT, "Renouveler le contrat"),
    (Qt.Key.Key_R, CTRL, "Retour d'expérience"),
])
def test_the_contract_buttons_have_keys(qtbot, demo_ctx, key, modifiers, title) -> None:
    # a marché test without a decision yet, with feedback (renewed without a question)
    _window, page = _contracts_on(qtbot, demo_ctx, "Mise sous pli des envois du site")
    seen = answer(None)

    qtbot.keyClick(page.table, key, modifiers)

    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [title]


def test_the_keyboard_help_lists_the_contract_keys(qtbot, demo_ctx) -> None:
    window, _page = _contracts_on(qtbot, demo_ctx, "")

    rows = dict(window.shortcuts_dialog().shown_rows())

    assert rows["Décision go / no go"] == "Ctrl+G"
    assert rows["Renouveler le contrat"] == "Ctrl+Shift+R"
    assert rows["Retour d'expérience"] == "Ctrl+R"
