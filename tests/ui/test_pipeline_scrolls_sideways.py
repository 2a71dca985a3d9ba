"""A board narrower than its six columns scrolls sideways: to the column focused, and while a
card is dragged near its edge."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from srm_inclusif.core.vocabulary import Stage
from srm_inclusif.ui.lifecycle.pipeline_board import PipelineBoard


def _narrow_board(qtbot) -> PipelineBoard:  # noqa: ANN001
    board = PipelineBoard()
    qtbot.addWidget(board)
    board.resize(400, 300)
    board.show()
    qtbot.waitExposed(board)
    qtbot.waitUntil(lambda: board.scroll_area.horizontalScrollBar().maximum() > 0)
    return board


def test_the_focused_column_comes_into_view(qtbot) -> None:
    board = _narrow_board(qtbot)
    bar = board.scroll_area.horizontalScrollBar()
    assert bar.value() == 0
    board.activateWindow()
    board.columns[Stage.SOURCING].setFocus()
    for _ in range(len(Stage) - 1):  # → from column to column, as a keyboard user does
        qtbot.keyClick(board.focusWidget(), Qt.Key.Key_Right)
    last = board.columns[list(Stage)[-1]]
    qtbot.waitUntil(lambda: bar.value() > 0)
    viewport = board.scroll_area.viewport()
    assert viewport.rect().contains(last.mapTo(viewport, last.rect().center()))


def test_a_card_dragged_near_the_right_edge_scrolls_the_board(qtbot) -> None:
    board = _narrow_board(qtbot)
    bar = board.scroll_area.horizontalScrollBar()
    viewport = board.scroll_area.viewport()
    near_edge = viewport.mapToGlobal(QPoint(viewport.width() - 5, 50))
    board.columns[Stage.SOURCING].dragged_over.emit(near_edge)
    assert bar.value() > 0
    board.columns[Stage.SOURCING].dragged_over.emit(viewport.mapToGlobal(QPoint(5, 50)))
    assert bar.value() == 0
