"""The counterparty search (list of the UI, CLI) finds a structure by its SIRET, however spaced."""

from __future__ import annotations

from datetime import date

import pytest

from srm_inclusif.core.search_query import CounterpartyFilter, search_terms
from srm_inclusif.storage.services.counterparties import count_matching, search_page
from srm_inclusif.storage.services.counterparty_edit import create_counterparty

TODAY = date(2026, 11, 22)


@pytest.fixture
def engine(workspace):
    for name, siret, kind in (("ESAT du Parc", "44306184100047", "ESAT"),
                              ("EA du Parc", "73282932000074", "EA")):
        create_counterparty(workspace.engine, values={"name": name, "siret": siret,
                                                      "kind": kind})
    return workspace.engine


@pytest.mark.parametrize("typed", ["44306184100047", "443 061 841 00047",
                                   "443\u00a0061\u00a0841\u00a000047", " 443.061.841.00047 ",
                                   "443-061-841-00047"])
def test_the_list_finds_a_siret_and_counts_it(engine, typed):
    flt = CounterpartyFilter(text=typed)

    page = search_page(engine, flt=flt, today=TODAY)

    assert ([row.name for row in page.rows], page.total) == (["ESAT du Parc"], 1)
    assert count_matching(engine, flt=flt, today=TODAY) == 1


def test_a_siret_combines_with_the_facets(engine):
    flt = CounterpartyFilter(text="443 061 841 00047", kinds=frozenset({"EA"}))

    assert search_page(engine, flt=flt, today=TODAY).rows == []


def test_two_sirets_are_two_searches():
    """The list reloads when the typed SIRET changes (it compares the searched terms)."""
    assert search_terms("443 061 841 00047") == ["44306184100047"]
    assert search_terms("443 061 841 00047") != search_terms("732 829 320 00074")
