"""The counterparty table model, without a window: pages read on demand, SQL sorting, filtering."""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa
from PySide6.QtCore import Qt

from srm_inclusif.core.search_query import CounterpartyFilter
from srm_inclusif.storage.search_index import rebuild_search_index
from srm_inclusif.storage.tables import Counterparty
from srm_inclusif.ui.models.counterparty_table import (
    COL_CITY,
    COL_NAME,
    PAGE_SIZE,
    SORT_ROLE,
    CounterpartyTableModel,
)


def _bulk(workspace, count: int) -> None:
    table = Counterparty.__table__
    rows = [{"name": f"Structure {i:04d}", "norm_name": f"structure {i:04d}", "kind": "EI",
             "city": f"Ville {i % 7}", "service_types": [], "networks": [], "offers": [],
             "extra_sectors": [], "edited_fields": [], "notes": ""} for i in range(count)]
    with workspace.engine.begin() as conn:
        conn.execute(sa.insert(table), rows)
        rebuild_search_index(conn)


def test_every_row_is_counted_and_read_on_demand(qapp, workspace) -> None:
    _bulk(workspace, PAGE_SIZE * 2 + 10)
    model = CounterpartyTableModel(workspace.engine, lambda: date(2026, 11, 22))
    model.reload()
    assert model.total == PAGE_SIZE * 2 + 10
    assert model.rowCount() == model.total
    assert model.index(PAGE_SIZE * 2 + 9, COL_NAME).data() == f"Structure {PAGE_SIZE * 2 + 9:04d}"
    assert model.row_at(PAGE_SIZE + 3).name == f"Structure {PAGE_SIZE + 3:04d}"


def test_sort_and_filter_go_to_sql(qapp, workspace) -> None:
    _bulk(workspace, 30)
    model = CounterpartyTableModel(workspace.engine, lambda: date(2026, 11, 22))
    model.sort(COL_NAME, Qt.SortOrder.DescendingOrder)
    assert model.index(0, COL_NAME).data() == "Structure 0029"
    model.sort(COL_CITY, Qt.SortOrder.AscendingOrder)
    assert model.index(0, COL_CITY).data(SORT_ROLE) == "Ville 0"
    model.set_filter(CounterpartyFilter(text="structure 0012"))
    assert model.total == 1
    assert model.index(0, COL_NAME).data() == "Structure 0012"


def test_lone_letter_after_a_word_keeps_the_rows(qapp, workspace, monkeypatch) -> None:
    """'structure 0012 x' searches what 'structure 0012' did: the rows stay, no new query."""
    from srm_inclusif.ui.models import counterparty_table

    _bulk(workspace, 30)
    model = CounterpartyTableModel(workspace.engine, lambda: date(2026, 11, 22))
    model.set_filter(CounterpartyFilter(text="structure 0012"))
    queries: list[object] = []
    real = counterparty_table.search_page
    monkeypatch.setattr(counterparty_table, "search_page",
                        lambda *a, **k: queries.append(k["flt"]) or real(*a, **k))
    model.set_filter(CounterpartyFilter(text="structure 0012 x"))
    assert queries == []
    assert model.current_filter.text == "structure 0012 x"
    assert model.index(0, COL_NAME).data() == "Structure 0012"
    model.set_filter(CounterpartyFilter(text="structure 0013"))
    assert len(queries) == 1
    assert model.index(0, COL_NAME).data() == "Structure 0013"
