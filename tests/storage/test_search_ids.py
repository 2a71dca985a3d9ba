"""Ids of a range of the counterparty list in one query: the same rows, in the same order."""

from __future__ import annotations

import pytest

from srm_inclusif.core.search_query import CounterpartyFilter
from srm_inclusif.storage.services.counterparties import search_counterparties, search_ids
from tests.conftest import DEMO_TODAY


@pytest.mark.parametrize(("flt", "sort", "descending"), [
    (CounterpartyFilter(), "rank", False),
    (CounterpartyFilter(), "name", True),
    (CounterpartyFilter(), "city", False),
    (CounterpartyFilter(text="services"), "rank", False),
    (CounterpartyFilter(kinds=frozenset({"EA"})), "name", False),
])
def test_search_ids_lists_the_rows_of_the_pages(demo_workspace, flt, sort, descending) -> None:
    engine = demo_workspace.engine
    listed = search_counterparties(engine, flt=flt, today=DEMO_TODAY, sort=sort,
                                   descending=descending, offset=0, limit=100_000)
    assert len(listed) > 6
    ids = search_ids(engine, flt=flt, today=DEMO_TODAY, sort=sort, descending=descending,
                     offset=5, limit=len(listed))
    assert ids == [row.id for row in listed[5:]]
