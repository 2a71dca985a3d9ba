"""On a 1280 × 720 laptop the Objectifs list shows each objective's label whole (on the two lines
of its row) in both languages, cuts no figure and keeps every column inside the list:
« Heures d'insertion … » was cut while the payout columns had room to spare."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QTableView

from srm_inclusif.ui.table_view import columns_outside
from tests.ui.conftest import LAPTOP, shown_demo_window
from tests.ui.painting import painted_texts


def _each_sheet(qtbot, demo_workspace):  # noqa: ANN001, ANN202
    """The Objectifs table with each sheet of the year in turn."""
    page = shown_demo_window(qtbot, demo_workspace, LAPTOP).show_page("objectives")
    sheets = page.view.sheet_list
    for row in range(sheets.count()):
        sheets.setCurrentRow(row)
        QApplication.processEvents()
        yield page.view.table


def _cut(table: QTableView, column: int) -> dict[str, str]:
    """The texts of ``column`` that the table does not paint whole, with what it paints."""
    cut = {}
    for row in range(table.model().rowCount()):
        index = table.model().index(row, column)
        painted = " ".join(painted_texts(table, table.visualRect(index)))
        if painted != index.data():
            cut[index.data()] = painted
    return cut


def test_labels_and_figures_are_shown_whole(qtbot, language, demo_workspace) -> None:
    seen = 0
    for table in _each_sheet(qtbot, demo_workspace):
        seen += table.model().rowCount()
        for column in range(table.model().columnCount()):
            assert _cut(table, column) == {}, column
        assert columns_outside(table) == []
        assert not table.horizontalScrollBar().isVisible()
    assert seen > 3
