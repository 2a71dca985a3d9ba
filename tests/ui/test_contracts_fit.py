"""On a 1280 × 720 laptop the Contrats list shows each contract's title and each structure's name
whole (on the two lines of its row), in both languages, cuts no other cell and keeps every
column inside the list: « Reconditionnement des postes informatiques de l'entrepôt de
Rochebrune » and the structures' names were cut with « … », whole only in their tooltip."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableView

from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.models.contract_table import (
    COL_COUNTERPARTY,
    COL_DECISION,
    COL_RATE,
    COL_TITLE,
    ContractTableModel,
)
from srm_inclusif.ui.table_view import columns_outside
from tests.conftest import DEMO_TODAY
from tests.lifecycle_support import add_stopped_relationship
from tests.ui.conftest import LAPTOP, shown_demo_window
from tests.ui.painting import painted_texts


def _contracts_table(qtbot, demo_workspace) -> QTableView:  # noqa: ANN001
    page = shown_demo_window(qtbot, demo_workspace, LAPTOP).show_page("contracts")
    QApplication.processEvents()
    return page.table


def _cells_shown(view: QTableView, column: int) -> dict[str, str]:
    """Each text of ``column`` and what the table paints of it (its lines joined by spaces)."""
    shown = {}
    for row in range(view.model().rowCount()):
        index = view.model().index(row, column)
        view.scrollTo(index)
        QApplication.processEvents()
        shown[index.data()] = " ".join(painted_texts(view, view.visualRect(index)))
    return shown


@pytest.mark.parametrize("column", [COL_TITLE, COL_COUNTERPARTY], ids=["title", "structure"])
def test_the_longest_text_is_shown_whole_on_two_lines(qtbot, language, demo_workspace,
                                                      column: int) -> None:
    table = _contracts_table(qtbot, demo_workspace)
    shown = _cells_shown(table, column)
    longest = max(shown, key=table.fontMetrics().horizontalAdvance)
    assert table.fontMetrics().horizontalAdvance(longest) > table.columnWidth(column)
    assert shown[longest] == longest  # on two lines, not cut


def test_no_cell_of_the_list_is_cut(qtbot, language, demo_workspace) -> None:
    table = _contracts_table(qtbot, demo_workspace)
    cut = {(column, text): painted for column in range(table.model().columnCount())
           for text, painted in _cells_shown(table, column).items() if painted != text}
    assert cut == {}


def test_every_column_is_inside_the_list(qtbot, language, demo_workspace) -> None:
    table = _contracts_table(qtbot, demo_workspace)
    assert columns_outside(table) == []
    assert not table.horizontalScrollBar().isVisible()


def test_short_column_titles_for_the_decision_and_the_share_of_hours_done(language) -> None:
    model = ContractTableModel()
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in (COL_DECISION, COL_RATE)]
    assert titles == {"fr": ["Go / no‑go", "% réalisé"], "en": ["Go / no‑go", "% done"]}[language]


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
