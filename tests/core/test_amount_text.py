"""Contract amounts show their cents only when they have some, in the UI language's style."""

from __future__ import annotations

import pytest

from srm_inclusif.core.money import amount_text
from srm_inclusif.core.numbers import ENGLISH, set_number_style


@pytest.mark.parametrize(("cents", "shown"), [
    (1_250_000, "12\u202f500\u00a0€"), (1_250_050, "12\u202f500,50\u00a0€"),
    (5, "0,05\u00a0€"), (-1_250_000, "\u221212\u202f500\u00a0€"),
    (-1_250_050, "\u221212\u202f500,50\u00a0€"),  # a credit note: the minus sign, no hyphen
])
def test_french_amounts_show_cents_only_when_there_are_some(cents: int, shown: str) -> None:
    assert amount_text(cents) == shown


def test_english_amounts_put_the_euro_first() -> None:
    set_number_style(ENGLISH)  # the conftest sets French back after the test
    assert [amount_text(c) for c in (1_250_000, 1_250_050, -1_250_050)] == [
        "€12,500", "€12,500.50", "\u2212€12,500.50"]
