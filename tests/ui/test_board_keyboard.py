"""Relations by keyboard: Tab leaves the pipeline, the focused card is ringed, and the detail's
buttons have keys, listed in the keyboard help (F1).

Tab walked from column to column, choosing each column's first card on the way, and never
reached « Décision go / no go… », « Contrat… », « Renouveler… » or « Action… »; nothing showed
which card had the focus.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QPushButton

from srm_inclusif.core.vocabulary import Stage
from srm_inclusif.ui.lifecycle.stage_column import StageColumn
from tests.ui.conftest import active_window
from tests.ui.lifecycle_dialogs import answer

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _relations(qtbot, demo_ctx):  # noqa: ANN001, ANN202
    window = active_window(qtbot, demo_ctx)
    return window, window.enter_page("relationships")


def _on_card(qtbot, page, stage: Stage, row: int = 0) -> StageColumn:  # noqa: ANN001
    column = page.board.columns[stage]
    column.setFocus()
    column.setCurrentRow(row)
    qtbot.waitUntil(column.hasFocus)
    return column


def test_tab_leaves_the_board_for_the_detail_buttons(qtbot, demo_ctx) -> None:
    _window, page = _relations(qtbot, demo_ctx)
    column = _on_card(qtbot, page, Stage.CONSULTATION)
    chosen = page.selected_id()

    qtbot.keyClick(column, Qt.Key.Key_Tab)

    focused = QApplication.focusWidget()
    assert isinstance(focused, QPushButton)
    assert page.detail.isAncestorOf(focused)
    assert page.detail.relationship_id == chosen  # no other card chosen on the way


def test_shift_tab_leaves_the_board_backwards_and_tab_comes_back_to_the_card(
        qtbot, demo_ctx) -> None:  # noqa: ANN001
    _window, page = _relations(qtbot, demo_ctx)
    column = _on_card(qtbot, page, Stage.EVALUATION, row=1)
    chosen = page.selected_id()

    qtbot.keyClick(column, Qt.Key.Key_Backtab, SHIFT)
    assert not page.board.isAncestorOf(QApplication.focusWidget())
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)

    assert QApplication.focusWidget() is column
    assert (page.selected_id(), column.currentRow()) == (chosen, 1)


def test_the_arrows_still_go_from_column_to_column(qtbot, demo_ctx) -> None:
    _window, page = _relations(qtbot, demo_ctx)
    column = _on_card(qtbot, page, Stage.SOURCING)

    qtbot.keyClick(column, Qt.Key.Key_Right)

    assert QApplication.focusWidget() is page.board.columns[Stage.CONSULTATION]


def _darkest_at_left_edge(column: StageColumn) -> int:
    """The darkest pixel across the left edge of the current card, as drawn (0 black)."""
    image = column.viewport().grab().toImage()
    rect = column.visualItemRect(column.currentItem())
    y = rect.center().y()
    return min(QColor(image.pixel(x, y)).lightness()
               for x in range(rect.left(), rect.left() + 4))


def test_the_card_with_the_focus_is_ringed(qtbot, demo_ctx) -> None:
    _window, page = _relations(qtbot, demo_ctx)
    column = _on_card(qtbot, page, Stage.SOURCING)
    focused = _darkest_at_left_edge(column)

    qtbot.keyClick(column, Qt.Key.Key_Tab)  # the card stays chosen, without the focus
    assert not column.hasFocus()
    assert column.currentItem().isSelected()

    assert focused < 60 < _darkest_at_left_edge(column)


@pytest.mark.parametrize(("stage", "key", "shift", "title"), [
    (Stage.EVALUATION, Qt.Key.Key_G, False, "Décision go / no go"),
    (Stage.CONTRAT_EN_COURS, Qt.Key.Key_C, True, "Nouveau contrat"),
    (Stage.CONTRAT_EN_COURS, Qt.Key.Key_A, True, "Action à mener"),
])
def test_the_detail_buttons_have_keys(qtbot, demo_ctx, stage, key, shift, title) -> None:
    _window, page = _relations(qtbot, demo_ctx)
    column = _on_card(qtbot, page, stage)
    seen = answer(None)

    qtbot.keyClick(column, key, CTRL | SHIFT if shift else CTRL)

    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [title]


def test_renew_has_its_key(qtbot, demo_ctx) -> None:
    _window, page = _relations(qtbot, demo_ctx)
    column = _on_card(qtbot, page, Stage.CONTRAT_EN_COURS)
    seen = answer(None)

    qtbot.keyClick(column, Qt.Key.Key_R, CTRL | SHIFT)

    qtbot.waitUntil(lambda: bool(seen))
    assert seen[0].startswith("Renouveler")


def test_the_keyboard_help_lists_the_new_keys(qtbot, demo_ctx) -> None:
    window, _page = _relations(qtbot, demo_ctx)

    rows = dict(window.shortcuts_dialog().shown_rows())

    assert rows["Décision go / no go"] == "Ctrl+G"
    assert rows["Nouveau contrat"] == "Ctrl+Shift+C"
    assert rows["Renouveler le contrat"] == "Ctrl+Shift+R"
    assert rows["Nouvelle action"] == "Ctrl+Shift+A"


def test_the_focus_stays_where_tab_took_it(qtbot, demo_ctx) -> None:
    """The board laid itself out over and over (a column's scroll bar hid and came back), and
    took the focus back to the card each time."""
    _window, page = _relations(qtbot, demo_ctx)
    column = _on_card(qtbot, page, Stage.SOURCING)  # enough cards for a scroll bar
    assert column.verticalScrollBar().isVisible()

    qtbot.keyClick(column, Qt.Key.Key_Tab)
    button = QApplication.focusWidget()
    qtbot.waitUntil(lambda: not page.board._rewrap.isActive())  # the board settled

    assert QApplication.focusWidget() is button
