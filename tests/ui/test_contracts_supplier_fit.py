"""On a 1280 × 720 laptop the Contrats list shows each structure's name whole (on the two lines
of its row), in both languages: the names were cut, whole only in their tooltip."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QTableView

from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.models.contract_table import COL_COUNTERPARTY, COL_KIND
from srm_inclusif.ui.table_view import columns_outside
from tests.conftest import DEMO_TODAY
from tests.lifecycle_support import add_stopped_relationship
from tests.ui.conftest import LAPTOP, shown_demo_window
from tests.ui.painting import painted_texts


def _painted(view: QTableView, cell: QRect) -> str:
    """The text the table paints in ``cell``, its lines joined by spaces."""
    return " ".join(painted_texts(view, cell))


def _contracts_table(qtbot, demo_workspace) -> QTableView:  # noqa: ANN001
    page = shown_demo_window(qtbot, demo_workspace, LAPTOP).show_page("contracts")
    QApplication.processEvents()
    return page.table


def _cells_shown(view: QTableView, column: int) -> dict[str, str]:
    """Each text of ``column`` and what the table paints of it, row by row."""
    shown = {}
    for row in range(view.model().rowCount()):
        index = view.model().index(row, column)
        view.scrollTo(index)
        QApplication.processEvents()
        shown[index.data()] = _painted(view, view.visualRect(index))
    return shown


def test_every_structure_name_is_shown_whole(qtbot, language, demo_workspace) -> None:
    table = _contracts_table(qtbot, demo_workspace)
    shown = _cells_shown(table, COL_COUNTERPARTY)
    longest = max(shown, key=table.fontMetrics().horizontalAdvance)
    assert table.fontMetrics().horizontalAdvance(longest) > table.columnWidth(COL_COUNTERPARTY)
    assert shown[longest] == longest  # on two lines, not cut
    assert {name: text for name, text in shown.items() if text != name} == {}


def test_the_kinds_are_whole_and_every_column_inside_the_list(qtbot, language,
                                                             demo_workspace) -> None:
    table = _contracts_table(qtbot, demo_workspace)
    assert {kind: text for kind, text in _cells_shown(table, COL_KIND).items()
            if text != kind} == {}
    assert columns_outside(table) == []
    assert not table.horizontalScrollBar().isVisible()


def test_a_short_name_stays_on_one_line_when_the_title_has_room(qtbot, workspace) -> None:
    from srm_inclusif.ui.main_window import MainWindow

    add_stopped_relationship(workspace.engine)
    window = MainWindow(WorkspaceContext(workspace, today=lambda: DEMO_TODAY))
    qtbot.addWidget(window)
    window.resize(*LAPTOP)
    window.show()
    qtbot.waitExposed(window)
    table = window.show_page("contracts").table
    QApplication.processEvents()
    index = table.model().index(0, COL_COUNTERPARTY)
    assert painted_texts(table, table.visualRect(index)) == ["ESAT des Collines"]
