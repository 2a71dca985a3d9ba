"""A name ending in one digit is found by typing it whole: the digit is not dropped."""

from __future__ import annotations

from datetime import date

from srm_inclusif.core.search_query import CounterpartyFilter, search_terms
from srm_inclusif.storage.services.counterparties import search_page
from srm_inclusif.storage.services.counterparty_edit import create_counterparty

TODAY = date(2026, 11, 22)


def test_typing_a_whole_name_ending_in_a_digit_finds_that_structure_first(workspace):
    for number in (0, 5, 7, 50, 12):
        create_counterparty(workspace.engine,
                            values={"name": f"Structure inclusive {number}", "kind": "EI"})

    page = search_page(workspace.engine, flt=CounterpartyFilter(text="Structure inclusive 5"),
                       today=TODAY)

    assert [row.name for row in page.rows] == ["Structure inclusive 5", "Structure inclusive 50"]


def test_a_trailing_letter_is_still_left_out_while_typing():
    assert search_terms("Nettoyage l") == ["nettoyage"]
    assert search_terms("Lot 3") == ["lot", "3"]
