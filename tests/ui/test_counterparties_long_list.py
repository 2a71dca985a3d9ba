"""A long counterparty list: its end is reached at once, a whole selection is read at once."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView

from srm_inclusif.ui.models import counterparty_table
from srm_inclusif.ui.models.counterparty_table import COL_NAME, CounterpartyTableModel
from tests.ui.test_counterparties_model import _bulk

ROWS = 500


@pytest.fixture
def model(qapp, workspace, monkeypatch) -> CounterpartyTableModel:
    """A model over 500 counterparties read 7 rows at a time, at most 10 pages kept."""
    monkeypatch.setattr(counterparty_table, "PAGE_SIZE", 7)
    monkeypatch.setattr(counterparty_table, "MAX_PAGES", 10)
    _bulk(workspace, ROWS)
    model = CounterpartyTableModel(workspace.engine, lambda: date(2026, 11, 22))
    model.sort(COL_NAME, Qt.SortOrder.AscendingOrder)
    return model


@pytest.fixture
def view(qtbot, model) -> QTableView:
    table = QTableView()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    table.setModel(model)
    qtbot.addWidget(table)
    table.show()
    return table


def test_every_row_is_counted_at_once(model) -> None:
    assert model.rowCount() == ROWS
    assert model.index(ROWS - 1, COL_NAME).data() == f"Structure {ROWS - 1:04d}"
    assert model.index(250, COL_NAME).data() == "Structure 0250"


def test_ctrl_end_goes_to_the_last_name(qtbot, view, model) -> None:
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert view.currentIndex().row() == ROWS - 1
    qtbot.waitUntil(lambda: view.rowAt(view.viewport().height() - 2) == ROWS - 1)  # shown
    qtbot.keyClick(view, Qt.Key.Key_Home)
    qtbot.keyClick(view, Qt.Key.Key_End)  # without Ctrl, it is chosen too
    assert [index.row() for index in view.selectionModel().selectedRows()] == [ROWS - 1]


def test_pages_shown_long_ago_are_read_again(model) -> None:
    """Only a few pages stay in memory; a row whose page was dropped still shows its name."""
    names = [model.index(row, COL_NAME).data() for row in range(ROWS)]
    assert names == [f"Structure {i:04d}" for i in range(ROWS)]
    assert model.row_of(model.row_at(3).id) == 3
    assert model.row_at(100).name == "Structure 0100"


def test_select_all_gives_every_id_in_one_query(view, model, workspace, monkeypatch) -> None:
    view.selectAll()
    rows = sorted({i.row() for i in view.selectionModel().selectedRows()})
    pages: list[int] = []
    real = counterparty_table.search_counterparties
    monkeypatch.setattr(counterparty_table, "search_counterparties",
                        lambda *a, **k: pages.append(k["offset"]) or real(*a, **k))
    ids = model.ids_at(rows)
    assert pages == []
    assert len(set(ids)) == ROWS
    assert [model.row_at(row).id for row in (0, 250, ROWS - 1)] == [ids[0], ids[250], ids[-1]]
