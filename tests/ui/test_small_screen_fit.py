"""On a 1024 × 600 screen, in both languages: every page fits the window, nothing off screen."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.main_window import PAGES, MainWindow
from tests.conftest import DEMO_TODAY
from tests.ui.conftest import shown_demo_window

#: The smallest screen the main window must fit, less its frame and the desktop's panels.
SMALL_ROOM = (1000, 560)


def _minimum_after_each_page(win: MainWindow) -> dict[str, tuple[int, int]]:
    sizes = {}
    for key, *_rest in PAGES:
        win.show_page(key)
        QApplication.processEvents()
        hint = win.minimumSizeHint()
        sizes[key] = (hint.width(), hint.height())
    return sizes


def _too_big(sizes: dict[str, tuple[int, int]]) -> dict[str, tuple[int, int]]:
    return {key: size for key, size in sizes.items()
            if size[0] > SMALL_ROOM[0] or size[1] > SMALL_ROOM[1]}


@pytest.mark.usefixtures("language")
def test_every_page_of_the_demo_fits_a_small_screen(qtbot, demo_workspace) -> None:
    win = shown_demo_window(qtbot, demo_workspace, (1024, 600))
    assert _too_big(_minimum_after_each_page(win)) == {}  # Relations asked 1267 px


@pytest.mark.usefixtures("language")
def test_every_page_of_an_empty_workspace_fits_a_small_screen(qtbot, workspace) -> None:
    win = MainWindow(WorkspaceContext(workspace, today=lambda: DEMO_TODAY))
    qtbot.addWidget(win)
    win.resize(1024, 600)
    win.show()
    qtbot.waitExposed(win)
    assert _too_big(_minimum_after_each_page(win)) == {}


def test_the_scrolled_parts_of_relations_are_no_tab_stop_of_their_own(qtbot, demo_ctx) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QScrollArea

    from srm_inclusif.ui.pages.relationships_page import RelationshipsPage

    page = RelationshipsPage(demo_ctx)
    qtbot.addWidget(page)
    for name in ("pipelineScroll", "relationshipDetailScroll"):
        area = page.findChild(QScrollArea, name)
        assert area.focusPolicy() == Qt.FocusPolicy.NoFocus  # Tab goes to the cards, the buttons


@pytest.mark.usefixtures("language")
def test_a_year_starting_in_july_still_fits_a_small_screen(qtbot, demo_workspace) -> None:
    """Its quarters say their months (« T1 (juil.–sept.) ») and its years « 2026-2027 »."""
    from srm_inclusif.storage.services.settings import update_settings

    update_settings(demo_workspace.engine, fiscal_year_start_month=7)
    win = shown_demo_window(qtbot, demo_workspace, (1024, 600))
    assert _too_big(_minimum_after_each_page(win)) == {}  # the dashboard asked 1038 px
    panel = win.pages["dashboard"].charts_panel
    year = panel.year_combo
    assert year.width() >= year.fontMetrics().horizontalAdvance(year.currentText())
