"""A saved search keeps the « Siège ou antenne » facet and gives it back."""

from __future__ import annotations

from srm_inclusif.core.search_query import NATURE_NOT_GIVEN, CounterpartyFilter


def test_a_saved_search_keeps_the_checked_natures_and_restores_them() -> None:
    flt = CounterpartyFilter(text="nettoyage", natures=frozenset({"ANTENNA", NATURE_NOT_GIVEN}),
                             departments=frozenset({"69"}))

    saved = flt.facets()

    assert saved == {"natures": ["ANTENNA", NATURE_NOT_GIVEN], "departments": ["69"]}
    assert CounterpartyFilter.from_saved("nettoyage", saved) == flt


def test_a_search_saved_before_the_nature_facet_restores_with_no_nature_checked() -> None:
    restored = CounterpartyFilter.from_saved("", {"kinds": ["EI"], "qpv": True})

    assert restored.natures == frozenset()
    assert restored == CounterpartyFilter(kinds=frozenset({"EI"}), qpv=True)


def test_a_filter_on_natures_only_is_not_empty() -> None:
    assert not CounterpartyFilter(natures=frozenset({"HEAD_OFFICE"})).is_empty
