"""A sectors list too long for the relations table is cut by the view with « … » (one
character), never three dots, and shows whole in its tooltip."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem, QTableView

from srm_inclusif.ui.models.relationship_table import COL_SECTORS
from srm_inclusif.ui.table_view import elided_text
from tests.ui.conftest import shown_demo_window
from tests.ui.painting import painted_texts

#: A sectors column narrower than most lists of sectors of the demo.
NARROW = 90


def _table(qtbot, demo_workspace) -> QTableView:  # noqa: ANN001
    page = shown_demo_window(qtbot, demo_workspace, (1366, 768)).show_page("relationships")
    page.tabs.setCurrentWidget(page.table)
    page.table.horizontalHeader().resizeSection(COL_SECTORS, NARROW)
    QApplication.processEvents()
    return page.table


def test_long_sectors_are_cut_with_the_ellipsis_character(qtbot, demo_workspace) -> None:
    texts = painted_texts(_table(qtbot, demo_workspace))
    assert any(text.endswith("…") for text in texts)  # the column does cut some lists
    assert [text for text in texts if "..." in text] == []


def test_a_cut_sectors_list_shows_whole_in_its_tooltip(qtbot, demo_workspace) -> None:
    table = _table(qtbot, demo_workspace)
    index = next(table.model().index(row, COL_SECTORS)
                 for row in range(table.model().rowCount())
                 if len(str(table.model().index(row, COL_SECTORS).data())) > 40)
    option = QStyleOptionViewItem()
    option.initFrom(table)
    option.rect = table.visualRect(index)
    whole = index.data(Qt.ItemDataRole.DisplayRole)
    assert elided_text(table.itemDelegate(), option, index) == whole
    assert ", " in whole  # the sectors themselves, not a shortened list
