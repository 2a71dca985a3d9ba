"""A count's unit agrees with its figure by the rule of the UI language; stored units stay."""

from __future__ import annotations

from decimal import Decimal

import pytest

from srm_inclusif.core.count_units import count_unit_text
from srm_inclusif.core.numbers import ENGLISH, set_number_style


@pytest.mark.parametrize(("value", "french", "english"), [
    (Decimal(0), "contrat", "contrats"),  # « 0 contrat », but « 0 contracts »
    (Decimal(1), "contrat", "contrat"),
    (Decimal("1.5"), "contrat", "contrats"),
    (Decimal(4), "contrats", "contrats"),
])
def test_the_number_takes_the_languages_rule(value: Decimal, french: str, english: str) -> None:
    assert count_unit_text(value, "contrats") == french
    set_number_style(ENGLISH)  # without a translator the words stay French: only the rule moves
    assert count_unit_text(value, "contrats") == english


@pytest.mark.parametrize("unit", ["h", "€", "visites", ""])
def test_a_unit_the_catalogue_does_not_count_is_shown_as_given(unit: str) -> None:
    assert count_unit_text(Decimal(1), unit) == unit
