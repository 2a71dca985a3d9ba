"""Numbers typed by the user are read in the UI's style; files keep the guessing reader."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from srm_inclusif.core.money import read_amount
from srm_inclusif.core.numbers import ENGLISH, FRENCH, day_text, read_typed, set_number_style

ENGLISH_TYPED = {
    "1,234": Decimal(1234), "1,234.56": Decimal("1234.56"), "1234.5": Decimal("1234.5"),
    "1,234,567": Decimal(1234567), "€1,234": Decimal(1234), "-1,234.5": Decimal("-1234.5"),
    "40 000": Decimal(40000), "0.5": Decimal("0.5"),
}
FRENCH_TYPED = {
    "1 234,56": Decimal("1234.56"), "1\u202f234,56": Decimal("1234.56"),
    "1234,5": Decimal("1234.5"), "1.234,50": Decimal("1234.50"), "1234.5": Decimal("1234.5"),
    "12 500,00 €": Decimal(12500), "0,5": Decimal("0.5"),
}


@pytest.mark.parametrize(("text", "value"), ENGLISH_TYPED.items())
def test_english_reads_the_english_way(text: str, value: Decimal) -> None:
    set_number_style(ENGLISH)  # the conftest sets French back after the test
    assert read_typed(text) == value


@pytest.mark.parametrize(("text", "value"), FRENCH_TYPED.items())
def test_french_reads_the_french_way(text: str, value: Decimal) -> None:
    set_number_style(FRENCH)
    assert read_typed(text) == value


@pytest.mark.parametrize("text", ["1234,5", "12,34", "1,2345", "12 500,00", "abc", "-", "1.2.3"])
def test_english_refuses_a_comma_that_cannot_group_thousands(text: str) -> None:
    set_number_style(ENGLISH)
    assert read_typed(text) is None  # said unreadable rather than read 1,000 times off


def test_imported_files_still_read_a_lone_comma_as_french() -> None:
    set_number_style(ENGLISH)
    assert read_amount("1,5") == Decimal("1.5")
    assert read_amount("1.234,50") == Decimal("1234.50")


def test_dates_follow_the_ui_language() -> None:
    assert day_text(date(2026, 11, 2)) == "02/11/2026"
    set_number_style(ENGLISH)
    assert day_text(date(2026, 11, 2)) == "2 Nov 2026"
