"""On a 1024 × 600 screen the Contrats list's « Intitulé » and the Objectifs list's « Objectif »
keep a readable width, the list scrolling sideways instead (« Intitulé » fell to 25 px, its
titles shown as « Coll… »); a huge target saved before targets had a bound is cut, whole in its
tooltip, instead of widening « Cible » and pushing the other figures out."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QTableView
from sqlalchemy import text

from srm_inclusif.ui.models.contract_table import COL_TITLE
from srm_inclusif.ui.models.objectives_table import COL_LABEL, COL_TARGET
from srm_inclusif.ui.table_view import MAIN_LEAST_CHARS, columns_outside, title_width
from tests.ui.conftest import LAPTOP, shown_demo_window
from tests.ui.painting import painted_texts

SMALL_SCREEN = (1024, 600)
HUGE_TARGET = "99999999999999999999"


def _table(qtbot, demo_workspace, page: str, size: tuple[int, int]) -> QTableView:  # noqa: ANN001
    shown = shown_demo_window(qtbot, demo_workspace, size).show_page(page)
    QApplication.processEvents()
    return shown.table if page == "contracts" else shown.view.table


@pytest.mark.parametrize(("page", "column"), [("contracts", COL_TITLE),
                                              ("objectives", COL_LABEL)])
def test_the_main_column_keeps_twenty_characters_and_the_list_scrolls(
        qtbot, language, demo_workspace, page: str, column: int) -> None:  # noqa: ARG001
    table = _table(qtbot, demo_workspace, page, SMALL_SCREEN)
    least = max(MAIN_LEAST_CHARS * table.fontMetrics().averageCharWidth(),
                title_width(table, column))
    assert table.columnWidth(column) >= least
    assert table.horizontalScrollBar().isVisible()
    assert columns_outside(table) != []  # reached by scrolling, not squeezed


@pytest.mark.parametrize("page", ["contracts", "objectives"])
def test_on_a_laptop_the_main_column_still_takes_the_room_left(
        qtbot, demo_workspace, page: str) -> None:
    table = _table(qtbot, demo_workspace, page, LAPTOP)
    assert not table.horizontalScrollBar().isVisible()
    assert columns_outside(table) == []


def test_a_huge_old_target_is_cut_and_the_other_figures_stay_whole(qtbot, demo_workspace) -> None:
    with demo_workspace.engine.begin() as connection:  # saved before targets had a bound
        connection.execute(text("UPDATE objective SET target = :huge WHERE label LIKE 'Heures%'"),
                           {"huge": HUGE_TARGET})
    table = _table(qtbot, demo_workspace, "objectives", LAPTOP)
    model = table.model()
    row = next(r for r in range(model.rowCount())
               if model.index(r, COL_LABEL).data().startswith("Heures"))
    target = model.index(row, COL_TARGET)
    painted = " ".join(painted_texts(table, table.visualRect(target)))
    assert painted.endswith("…")
    assert painted != target.data()
    assert columns_outside(table) == []
    for column in range(COL_TARGET + 1, model.columnCount()):
        index = model.index(row, column)
        assert " ".join(painted_texts(table, table.visualRect(index))) == index.data()
