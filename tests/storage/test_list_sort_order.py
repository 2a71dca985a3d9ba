"""Sorting the counterparty list by a column: the same rows in the same order, page after page.

The keys most rows leave empty (stage, labels, next end, favourite, nature) and the sectors are
read in several queries instead of one sorting every row; the order must stay the one of the
single query: the column, then the name, then the id, the column reversed when descending.
"""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from srm_inclusif.core.lifecycle import standing
from srm_inclusif.core.search_query import CounterpartyFilter
from srm_inclusif.core.vocabulary import Stage
from srm_inclusif.storage.services import counterparties as service
from srm_inclusif.storage.services.counterparty_edit import create_counterparty
from srm_inclusif.storage.services.counterparty_text_search import collect_text_matches
from tests.conftest import DEMO_TODAY

KEYS = ("kind", "nature", "city", "department", "sectors", "labels", "favourite", "stage",
        "next_end")
FILTERS = (CounterpartyFilter(), CounterpartyFilter(text="services"),
           CounterpartyFilter(departments=frozenset({"69", "38", "75"})))


def _one_query_order(engine: sa.Engine, flt: CounterpartyFilter, sort: str,
                     descending: bool) -> list[int]:
    """The order of the single query sorting every row (the list's order before)."""
    with engine.connect() as conn:
        fts_count = collect_text_matches(conn, flt)
        query = service._page_ids(flt, DEMO_TODAY, sort, descending, fts_count)
        return list(conn.execute(query).scalars())


def _paged(engine: sa.Engine, flt: CounterpartyFilter, sort: str, descending: bool,
           size: int) -> list[int]:
    ids: list[int] = []
    while True:
        page = service.search_page(engine, flt=flt, today=DEMO_TODAY, sort=sort,
                                   descending=descending, offset=len(ids), limit=size)
        ids += [row.id for row in page.rows]
        if len(page.rows) < size:
            return ids


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("sort", KEYS)
def test_pages_follow_the_order_of_one_query(demo_workspace, sort, descending) -> None:
    engine = demo_workspace.engine
    for flt in FILTERS:
        expected = _one_query_order(engine, flt, sort, descending)
        assert len(expected) > 5
        for size in (3, 7, 60, 1000):
            assert _paged(engine, flt, sort, descending, size) == expected, (flt, size)
        ids = service.search_ids(engine, flt=flt, today=DEMO_TODAY, sort=sort,
                                 descending=descending, offset=3, limit=len(expected))
        assert ids == expected[3:]


def test_the_demo_has_rows_on_both_sides_of_each_split(demo_workspace) -> None:
    """Each key sorted in parts has empty and filled rows in the demo (else the test above
    would not cross from one part to the other)."""
    rows = service.search_counterparties(demo_workspace.engine, flt=CounterpartyFilter(),
                                         today=DEMO_TODAY, sort="name", limit=100_000)
    for values in ([r.stage for r in rows], [r.labels for r in rows],
                   [r.next_end for r in rows], [r.favourite for r in rows],
                   [r.nature for r in rows]):
        assert any(values)
        assert not all(values)


def test_sectors_whose_names_start_alike_keep_their_order(demo_workspace) -> None:
    """« Accueil » sorts before « Accueil & Hotline », itself before « Accueil, Conciergerie »:
    the rows first in a sector and those first in the other interleave, page after page; a
    structure without a sector comes first (ascending) or last (descending)."""
    engine = demo_workspace.engine
    with engine.begin() as conn:
        used = list(conn.execute(sa.text(
            "SELECT DISTINCT sector_id FROM counterparty_sector ORDER BY sector_id")).scalars())
        conn.execute(sa.text("UPDATE sector SET name = 'Accueil' WHERE id = :id"),
                     {"id": used[0]})
        conn.execute(sa.text("UPDATE sector SET name = 'Accueil & Hotline' WHERE id = :id"),
                     {"id": used[1]})
    create_counterparty(engine, values={"name": "Structure sans secteur"})
    everyone = CounterpartyFilter()
    for descending in (False, True):
        expected = _one_query_order(engine, everyone, "sectors", descending)
        for size in (3, 7, 60):
            assert _paged(engine, everyone, "sectors", descending, size) == expected
    rows = service.search_counterparties(engine, flt=everyone, today=DEMO_TODAY, sort="sectors")
    assert rows[0].name == "Structure sans secteur"
    assert {"Accueil", "Accueil & Hotline"} <= {s for row in rows for s in row.sectors.split(", ")}


def test_sorting_by_stage_follows_the_pipeline_not_the_alphabet(demo_workspace) -> None:
    """« Étape » sorted: Arrêtée (nothing going), then Sourcing, Consultation, Marché test,
    Évaluation, Contrat en cours — the order of the Relations page, not « arretee, consultation,
    contrat_en_cours, evaluation… »; reversed when descending."""
    engine = demo_workspace.engine
    for descending in (False, True):
        rows = service.search_counterparties(engine, flt=CounterpartyFilter(), today=DEMO_TODAY,
                                             sort="stage", descending=descending,
                                             limit=100_000)
        shown = [Stage(row.stage) for row in rows if row.stage]
        ranks = [standing(stage) for stage in shown]
        assert len(set(shown)) >= 4
        assert ranks == sorted(ranks, reverse=descending), [s.value for s in shown]
