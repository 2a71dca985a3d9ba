"""The « Siège ou antenne » facet of the counterparty list, over real SQLite."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from srm_inclusif.core.search_query import NATURE_NOT_GIVEN, CounterpartyFilter
from srm_inclusif.storage.services.counterparties import count_matching, search_counterparties
from srm_inclusif.storage.services.counterparty_edit import create_counterparty
from srm_inclusif.storage.services.counterparty_query import facet_conditions
from srm_inclusif.storage.tables import Counterparty, table_of
from tests.conftest import DEMO_TODAY
from tests.support import listed_names

HEAD_OFFICE, ANTENNA = "HEAD_OFFICE", "ANTENNA"


@pytest.fixture
def register(workspace) -> None:
    """A head office, its two antennas and a structure whose nature nobody gave."""
    for name, nature, kind, post_code in (
        ("Atelier Tremplin", HEAD_OFFICE, "EI", "69003"),
        ("Atelier Tremplin Villeurbanne", ANTENNA, "EI", "69100"),
        ("Jardins Tremplin Lille", ANTENNA, "ACI", "59000"),
        ("Bureau Fournitures", None, "CLASSIC", "69002"),
    ):
        create_counterparty(workspace.engine, values={
            "name": name, "nature": nature, "kind": kind, "post_code": post_code})


@pytest.mark.parametrize(("values", "expected"), [
    ({"natures": [ANTENNA]}, ["Atelier Tremplin Villeurbanne", "Jardins Tremplin Lille"]),
    ({"natures": [HEAD_OFFICE]}, ["Atelier Tremplin"]),
    ({"natures": [NATURE_NOT_GIVEN]}, ["Bureau Fournitures"]),
    ({"natures": [HEAD_OFFICE, NATURE_NOT_GIVEN]}, ["Atelier Tremplin", "Bureau Fournitures"]),
    ({"natures": [ANTENNA], "departments": ["69"]}, ["Atelier Tremplin Villeurbanne"]),
    ({"natures": [ANTENNA], "families": ["insertion"], "text": "jardins"},
     ["Jardins Tremplin Lille"]),
    ({"natures": [HEAD_OFFICE], "text": "tremplin villeurbanne"}, []),
    ({"natures": [NATURE_NOT_GIVEN], "text": "b"}, ["Bureau Fournitures"]),
])
def test_the_nature_facet_keeps_exactly_those_structures(workspace, register, values,
                                                         expected) -> None:
    assert listed_names(workspace.engine, **values) == expected


def test_each_nature_counts_its_structures_and_together_they_count_all(workspace,
                                                                       register) -> None:
    engine = workspace.engine
    counts = {code: count_matching(engine, flt=CounterpartyFilter(natures=frozenset({code})),
                                   today=DEMO_TODAY)
              for code in (HEAD_OFFICE, ANTENNA, NATURE_NOT_GIVEN)}

    assert counts == {HEAD_OFFICE: 1, ANTENNA: 2, NATURE_NOT_GIVEN: 1}
    everything = CounterpartyFilter(natures=frozenset(counts))
    assert count_matching(engine, flt=everything, today=DEMO_TODAY) == 4


def test_antennas_page_by_page_in_name_order(workspace, register) -> None:
    """One row a page: the list walks the names in order, testing each row's nature."""
    flt = CounterpartyFilter(natures=frozenset({ANTENNA, NATURE_NOT_GIVEN}))
    pages = [search_counterparties(workspace.engine, flt=flt, today=DEMO_TODAY, sort="name",
                                   offset=offset, limit=1) for offset in range(4)]

    assert [[row.name for row in page] for page in pages] == [
        ["Atelier Tremplin Villeurbanne"], ["Bureau Fournitures"], ["Jardins Tremplin Lille"], []]


@pytest.mark.parametrize("place", [{"departments": ["69"]}, {"regions": ["84"]}])
def test_with_a_place_checked_the_natures_are_read_on_its_rows(workspace, register, place) -> None:
    """A place keeps far fewer rows than a nature: SQLite must not read every antenna first."""
    flt = CounterpartyFilter().with_values(natures=[ANTENNA], **place)
    query = sa.select(sa.func.count()).select_from(table_of(Counterparty)).where(
        *facet_conditions(flt, DEMO_TODAY))
    with workspace.engine.connect() as connection:
        sql = str(query.compile(connection, compile_kwargs={"literal_binds": True}))
        plan = " ".join(row[3] for row in connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}"))

    assert "ix_counterparty_nature" not in plan
    assert listed_names(workspace.engine, **flt.facets()) == ["Atelier Tremplin Villeurbanne"]
