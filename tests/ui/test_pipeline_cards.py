"""Pipeline cards on a laptop, in both languages: whole names (no word cut off with « … »), and
no line wider than what the card shows, even in a column with a scroll bar."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem

from srm_inclusif.core.vocabulary import Stage
from srm_inclusif.ui.lifecycle.card_text import wrapped
from srm_inclusif.ui.lifecycle.stage_column import StageColumn
from tests.ui.conftest import LAPTOP_SCREENS, shown_demo_window


@pytest.fixture(params=LAPTOP_SCREENS, ids=lambda size: f"{size[0]}x{size[1]}")
def board(request, qtbot, demo_workspace, language):  # noqa: ANN001, ANN201
    win = shown_demo_window(qtbot, demo_workspace, request.param)
    page = win.show_page("relationships")
    QApplication.processEvents()
    qtbot.waitUntil(lambda: page.board.columns[Stage.SOURCING].viewport().width() > 0)
    page.board.set_rows(page.board._rows)  # as the resize timer does once the window settled
    return page.board


def _room(column: StageColumn) -> int:
    """Pixels the view draws a line in, on a card of this column as it is now."""
    option = QStyleOptionViewItem()
    column.initViewItemOption(option)
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasDisplay
    option.rect = QRect(0, 0, column.viewport().width() - 2 * column.spacing(), 100)
    text = column.style().subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, column)
    margin = column.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, column)
    return text.width() - 2 * (margin + 1)


def _cards(column: StageColumn) -> list[tuple[str, str]]:
    """(whole name, text of the card) of each card."""
    return [(column.item(i).toolTip().split("\n")[0], column.item(i).text())
            for i in range(column.count())]


def _letters(text: str) -> str:
    """Letters and digits only: a name cut across lines reads the same."""
    return "".join(ch for ch in text if ch.isalnum())


def test_every_card_line_is_shown_whole(board) -> None:
    too_wide = []
    for column in board.columns.values():
        room, metrics = _room(column), column.fontMetrics()
        for name, card in _cards(column):
            too_wide += [(name, line) for line in card.split("\n")
                         if metrics.horizontalAdvance(line) > room]
    assert too_wide == []  # the view elided them: « Grandpré-sur… », « 13 Sept 20… »


def test_names_keep_every_word(board) -> None:
    cut = [(name, card) for column in board.columns.values() for name, card in _cards(column)
           if "…" in card or not _letters(card).startswith(_letters(name))]
    assert cut == []  # « Les Ateliers de Conditionne… » lost the end of the name


def test_a_long_word_goes_on_the_next_line_with_a_hyphen(qapp) -> None:
    metrics = QFontMetrics(qapp.font())
    width = metrics.horizontalAdvance("Conditionne-")
    text = wrapped("Les Ateliers de Conditionnement Grandpré-sur-Lys", metrics, width, 9)
    lines = text.split("\n")
    assert all(metrics.horizontalAdvance(line) <= width for line in lines)
    assert "…" not in text
    assert "".join(lines).replace(" ", "") == "LesAteliersdeConditionne-mentGrandpré-sur-Lys"
    assert "Grandpré-" in lines  # cut after its own hyphen first
    assert all(len(line.rstrip("-")) >= 3 for line in lines if line not in ("de",))
