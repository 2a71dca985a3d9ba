"""On the smallest laptop, the Fournisseurs page's search box shows its whole hint."""

from __future__ import annotations

from PySide6.QtWidgets import QStyle, QStyleOptionFrame

from tests.ui.conftest import LAPTOP, shown_demo_window


def test_the_search_hint_is_whole_at_1280_px(qtbot, demo_workspace, language) -> None:
    win = shown_demo_window(qtbot, demo_workspace, LAPTOP)
    page = win._ensure_page("counterparties")
    edit = page.view.search_edit
    qtbot.waitUntil(lambda: edit.isVisible())
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    room = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    margins = edit.textMargins()
    clear_button = edit.height()  # the clear button takes about a square at the right
    hint = edit.placeholderText()
    # a fifth to spare: a desktop font wider than the tests' (DejaVu Sans) cut it at « (C… »
    spare = room.width() // 5
    assert edit.fontMetrics().horizontalAdvance(hint) <= (
        room.width() - margins.left() - margins.right() - clear_button - spare)
    assert "Ctrl+F" in edit.toolTip()  # the shortcut left the hint for the tooltip
