"""Amount cells of spend files: what is read as euros HT, and what is refused."""

from __future__ import annotations

from decimal import Decimal

import pytest

from srm_inclusif.core.money import parse_amount


@pytest.mark.parametrize("raw", ["NaN", "nan", "Infinity", "-inf", "sNaN", "1e30", "1E+3",
                                 "12,5e2"])
def test_decimal_spellings_are_not_amounts(raw: str) -> None:
    assert parse_amount(raw) is None


@pytest.mark.parametrize("raw", [Decimal("NaN"), Decimal("Infinity"), float("nan"),
                                 float("-inf"), 1e30, 10**15])
def test_spreadsheet_numbers_that_are_no_amount_are_refused(raw: object) -> None:
    assert parse_amount(raw) is None


def test_an_amount_of_a_thousand_billion_euros_or_more_is_refused() -> None:
    assert parse_amount("999 999 999 999,99") == Decimal("999999999999.99")
    assert parse_amount("1 000 000 000 000") is None
    assert parse_amount("-1000000000000") is None
