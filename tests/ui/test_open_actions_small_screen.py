"""At 1024 × 600, the dashboard's open actions show what is to be done, and more than a row."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from srm_inclusif.ui.models.action_table import COL_DUE, COL_OWNER, COL_TEXT
from srm_inclusif.ui.sizing import FRAME_MARGIN
from tests.ui.conftest import LAPTOP, shown_demo_window
from tests.ui.test_laptop_fit import _hidden_title_parts

#: The window on a 1024 × 600 screen, as ``resize_to_fit`` opens it (less the frame, the panels).
SMALL = (1024 - FRAME_MARGIN // 2, 600 - FRAME_MARGIN)


def _actions_view(qtbot, demo_workspace, size):  # noqa: ANN001, ANN202
    win = shown_demo_window(qtbot, demo_workspace, size)
    view = win.show_page("dashboard").todo_panel.actions_view
    QApplication.processEvents()
    qtbot.waitUntil(lambda: view.viewport().width() > 0)
    return view


def test_the_action_column_is_the_widest(qtbot, demo_workspace, language) -> None:
    view = _actions_view(qtbot, demo_workspace, SMALL)
    header = view.horizontalHeader()
    others = [header.sectionSize(c) for c in range(header.count())
              if c != COL_TEXT and not header.isSectionHidden(c)]
    assert header.sectionSize(COL_TEXT) > max(others)  # it was the narrowest: « Caler un … »
    assert not view.horizontalScrollBar().isVisible()
    titles = [_hidden_title_parts(view, c) for c in range(header.count())
              if not header.isSectionHidden(c)]
    assert [t for t in titles if t] == []  # no « esponsab »


def test_three_open_actions_show_at_once(qtbot, demo_workspace) -> None:
    view = _actions_view(qtbot, demo_workspace, SMALL)
    assert view.model().rowCount() >= 3
    shown = view.viewport().height() / view.verticalHeader().defaultSectionSize()
    assert shown >= 3  # one and a half rows showed


def test_on_a_laptop_the_names_and_the_date_stay_whole(qtbot, demo_workspace) -> None:
    view = _actions_view(qtbot, demo_workspace, LAPTOP)
    header = view.horizontalHeader()
    assert not header.isSectionHidden(COL_OWNER)  # hidden only when even its title lacks room
    assert header.sectionSize(COL_TEXT) > header.sectionSize(COL_OWNER)
    assert header.sectionSize(COL_DUE) >= view.fontMetrics().horizontalAdvance("30/12/2026")
