"""Numbers, amounts and percentages as the UI language writes them."""

from __future__ import annotations

from decimal import Decimal

import pytest

from srm_inclusif.charts.style import euros_axis, percent_axis
from srm_inclusif.core.money import format_eur
from srm_inclusif.core.numbers import ENGLISH, FRENCH, set_number_style
from srm_inclusif.core.objective_sheet import format_decimal, format_percent


@pytest.fixture
def english() -> None:
    set_number_style(ENGLISH)  # the conftest sets French back after the test


def test_french_is_the_default() -> None:
    assert format_eur(1234567) == "12\u202f346\u00a0€"
    assert format_eur(1234567, decimals=True) == "12\u202f345,67\u00a0€"
    assert format_decimal(Decimal("1234.5")) == "1\u202f234,5"
    assert format_percent(Decimal("0.1125"), 2) == "11,25\u00a0%"
    assert euros_axis(1_500_000) == "1,5\u00a0M€"
    assert euros_axis(45_000) == "45\u00a0k€"


@pytest.mark.usefixtures("english")
def test_english_writes_amounts_the_english_way() -> None:
    assert format_eur(1234567) == "€12,346"
    assert format_eur(1234567, decimals=True) == "€12,345.67"
    assert format_eur(-250000) == "\u2212€2,500"
    assert format_decimal(Decimal("1234.5")) == "1,234.5"
    assert format_percent(Decimal("0.1125"), 2) == "11.25%"
    assert euros_axis(1_500_000) == "€1.5M"
    assert euros_axis(45_000) == "€45k"
    assert percent_axis(45) == "45%"


def test_back_to_french() -> None:
    set_number_style(ENGLISH)
    assert format_eur(100) == "€1"
    set_number_style(FRENCH)
    assert format_eur(100) == "1\u00a0€"
