"""The Fournisseurs list gives its room to the names, read first, not to the near-empty columns."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QStyle

from srm_inclusif.ui.models.counterparty_table import COL_NAME
from tests.ui.conftest import LAPTOP, shown_demo_window


def _names_cut(table) -> float:  # noqa: ANN001
    """The share of the list's names too long for their column."""
    model, fm = table.model(), table.fontMetrics()
    margin = 2 * (table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
    room = table.horizontalHeader().sectionSize(COL_NAME)
    names = [str(model.index(row, COL_NAME).data()) for row in range(model.rowCount())]
    return sum(fm.horizontalAdvance(name) + margin > room for name in names) / len(names)


def test_nine_names_in_ten_are_whole_at_1280_px(qtbot, demo_workspace, language) -> None:
    win = shown_demo_window(qtbot, demo_workspace, LAPTOP)
    table = win.show_page("counterparties").view.table
    QApplication.processEvents()
    assert _names_cut(table) <= 0.1  # « Artisans d'Ac…antebrise 120 » beside an empty « Étape »
    assert not table.horizontalScrollBar().isVisible()


def test_on_a_small_screen_the_name_keeps_room_and_the_list_scrolls(qtbot, demo_workspace) -> None:
    win = shown_demo_window(qtbot, demo_workspace, (1024, 600))
    table = win.show_page("counterparties").view.table
    QApplication.processEvents()
    room = table.horizontalHeader().sectionSize(COL_NAME)
    assert room >= 20 * table.fontMetrics().averageCharWidth()  # it was « Artisa…se 120 »


def test_a_wider_window_gives_the_names_more_room(qtbot, demo_workspace) -> None:
    win = shown_demo_window(qtbot, demo_workspace, (1024, 600))
    table = win.show_page("counterparties").view.table
    QApplication.processEvents()
    narrow = table.horizontalHeader().sectionSize(COL_NAME)
    win.resize(*LAPTOP)
    # (at 1024 px the name already keeps ``NAME_LEAST_CHARS``, the other columns scrolling)
    qtbot.waitUntil(lambda: table.horizontalHeader().sectionSize(COL_NAME) > narrow + 50)
