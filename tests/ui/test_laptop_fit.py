"""On a laptop screen, in both languages: whole column titles, even sorted, and a dashboard
action list and a relationships table that need no sideways scrolling."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionHeader

from srm_inclusif.ui.main_window import MainWindow
from srm_inclusif.ui.table_view import columns_outside
from tests.support import ERP_SPEND
from tests.ui.conftest import LAPTOP_SCREENS, shown_demo_window


@pytest.fixture(params=LAPTOP_SCREENS, ids=lambda size: f"{size[0]}x{size[1]}")
def window(request, qtbot, demo_workspace, language):
    return shown_demo_window(qtbot, demo_workspace, request.param)


def _show(win: MainWindow, key: str):  # noqa: ANN202
    page = win.show_page(key)
    QApplication.processEvents()
    return page


def _hidden_title_parts(table, column: int) -> str:  # noqa: ANN001
    """What the header cannot show of a title when the list is sorted by its column."""
    header = table.horizontalHeader()
    title = str(table.model().headerData(column, Qt.Orientation.Horizontal))
    option = QStyleOptionHeader()
    option.initFrom(header)
    option.state |= QStyle.StateFlag.State_Horizontal
    option.sortIndicator = QStyleOptionHeader.SortIndicator.SortDown
    option.rect = QRect(0, 0, header.sectionSize(column), header.height())
    label = header.style().subElementRect(QStyle.SubElement.SE_HeaderLabel, option, header)
    fm = header.fontMetrics()
    needed = fm.boundingRect(QRect(0, 0, label.width(), 10_000),
                             int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), title)
    lines = needed.height() // fm.lineSpacing()
    room = label.height() // fm.lineSpacing()
    too_wide = [w for w in title.split() if fm.horizontalAdvance(w) > label.width()]
    return f"{title}: {lines} lines for {room}" if lines > room or too_wide else ""


def test_contract_titles_are_whole_even_sorted(window, language) -> None:
    table = _show(window, "contracts").table
    assert columns_outside(table) == []
    header = table.horizontalHeader()
    hidden = [_hidden_title_parts(table, c) for c in range(header.count())
              if not header.isSectionHidden(c)]
    assert [h for h in hidden if h] == []  # « Amount excl. VAT » took three lines, cut


def test_open_actions_fit_the_dashboard_panel(window, qtbot) -> None:
    view = _show(window, "dashboard").todo_panel.actions_view
    assert view.model().rowCount() > 0
    qtbot.waitUntil(lambda: view.viewport().width() > 0)
    assert not view.horizontalScrollBar().isVisible()  # it scrolled sideways before
    assert columns_outside(view) == []
    header = view.horizontalHeader()
    hidden = [_hidden_title_parts(view, c) for c in range(header.count())
              if not header.isSectionHidden(c)]
    assert [h for h in hidden if h] == []


def test_the_mapping_preview_wraps_long_notes_instead_of_scrolling(qtbot, workspace) -> None:

    from srm_inclusif.ui.context import WorkspaceContext
    from srm_inclusif.ui.import_wizard import start_import_wizard
    from srm_inclusif.ui.import_wizard.wizard import ImportWizard

    wizard = start_import_wizard(WorkspaceContext(workspace), None, [ERP_SPEND], target="spend")
    qtbot.addWidget(wizard)
    wizard.next()
    wizard.next()
    assert wizard.currentId() == ImportWizard.PAGE_MAPPING
    wizard.resize(900, 600)  # narrower than the preview's columns with their whole texts
    qtbot.wait(50)
    table = wizard.currentPage().preview_table
    note = table.item(table.rowCount() - 1, table.columnCount() - 1)
    assert note.text().startswith("Date illisible")  # the last line's date cannot be read
    assert note.toolTip() == note.text()
    assert not table.horizontalScrollBar().isVisible()
    wizard.reject()


def test_the_relationships_table_fits_without_sideways_scrolling(window, qtbot) -> None:
    page = _show(window, "relationships")
    page.tabs.setCurrentIndex(1)
    table = page.table
    qtbot.waitUntil(lambda: table.viewport().width() > 0)
    QApplication.processEvents()
    assert not table.horizontalScrollBar().isVisible()  # the sectors ran past the edge
    assert columns_outside(table) == []
