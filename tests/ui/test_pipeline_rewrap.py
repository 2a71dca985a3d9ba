"""The pipeline board lays its cards out again after a resize only while it is on screen: a
hidden board (another page shown, a window being closed) is left alone, and catches up when
shown again."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from srm_inclusif.core.vocabulary import Stage
from tests.ui.conftest import LAPTOP, shown_demo_window


def _first_card_text(board) -> str:  # noqa: ANN001
    column = next(c for c in board.columns.values() if c.count())
    return column.item(0).text()


def _widest_line(board) -> int:  # noqa: ANN001
    column = board.columns[Stage.SOURCING]
    metrics = column.fontMetrics()
    return max(metrics.horizontalAdvance(line) for i in range(column.count())
               for line in column.item(i).text().split("\n"))


def test_a_hidden_board_keeps_its_cards_until_shown_again(qtbot, demo_workspace) -> None:
    win = shown_demo_window(qtbot, demo_workspace, (1366, 768))
    board = win.show_page("relationships").board
    qtbot.waitUntil(lambda: board.columns[Stage.SOURCING].viewport().width() > 0)
    board.set_rows(board._rows)
    wide = _widest_line(board)
    win.show_page("dashboard")
    kept = board.columns[Stage.SOURCING].item(0)
    win.resize(*LAPTOP)
    QApplication.processEvents()
    board._rewrap.timeout.emit()  # as if the resize timer fired now, the board off screen
    assert board.columns[Stage.SOURCING].item(0) is kept  # no card rebuilt behind the user
    win.show_page("relationships")
    qtbot.waitUntil(lambda: board.columns[Stage.SOURCING].item(0) is not kept)
    assert _widest_line(board) < wide  # the narrower columns' names were wrapped again


def test_closing_the_window_stops_a_pending_rewrap(qtbot, demo_workspace) -> None:
    win = shown_demo_window(qtbot, demo_workspace, LAPTOP)
    board = win.show_page("relationships").board
    qtbot.waitUntil(lambda: board.columns[Stage.SOURCING].viewport().width() > 0)
    board._rewrap.start()
    win.close()
    assert not board._rewrap.isActive()
    assert _first_card_text(board)  # the cards are still there, untouched
