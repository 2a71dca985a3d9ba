"""Amount cells of spend files: what is read as euros HT, and what is refused."""

from __future__ import annotations

from decimal import Decimal

import pytest

from srm_inclusif.core.money import (
    AMBIGUOUS,
    TAX_INCLUDED,
    TOO_LARGE,
    UNREADABLE,
    read_amount,
)


@pytest.mark.parametrize("raw", ["NaN", "nan", "Infinity", "-inf", "sNaN", "1e30", "1E+3",
                                 "12,5e2"])
def test_decimal_spellings_are_not_amounts(raw: str) -> None:
    assert read_amount(raw) == UNREADABLE


@pytest.mark.parametrize(("raw", "reason"), [
    (Decimal("NaN"), UNREADABLE), (Decimal("Infinity"), UNREADABLE), (float("nan"), UNREADABLE),
    (float("-inf"), UNREADABLE), (1e30, TOO_LARGE), (10**15, TOO_LARGE),
])
def test_spreadsheet_numbers_that_are_no_amount_are_refused(raw: object, reason: str) -> None:
    assert read_amount(raw) == reason


def test_an_amount_of_a_thousand_billion_euros_or_more_is_refused() -> None:
    assert read_amount("999 999 999 999,99") == Decimal("999999999999.99")
    assert read_amount("1 000 000 000 000") == TOO_LARGE
    assert read_amount("-1000000000000") == TOO_LARGE


@pytest.mark.parametrize(("raw", "amount"), [
    ("1 000,00 € HT", Decimal(1000)), ("12,50€HT", Decimal("12.50")),
    ("12,50 € H.T.", Decimal("12.50")), ("300 HT", Decimal(300)), ("80 EUR HT", Decimal(80)),
    ("12\u202f345,67\u00a0€", Decimal("12345.67")), ("1.234,56", Decimal("1234.56")),
    ("-100,00 €", Decimal(-100)), ("1.234.567", Decimal(1234567)),
    ("1,234,567.50", Decimal("1234567.50")), ("0,125", Decimal("0.125")),
    ("1234,567", Decimal("1234.567")),
])
def test_amounts_excluding_tax_are_read(raw: str, amount: Decimal) -> None:
    assert read_amount(raw) == amount


def test_an_amount_including_tax_is_refused_as_such() -> None:
    assert read_amount("1 200,00 € TTC") == TAX_INCLUDED
    assert read_amount("120 T.T.C.") == TAX_INCLUDED


@pytest.mark.parametrize("raw", ["1,234", "1.234", "-12,500", "999.000 €"])
def test_three_digits_after_a_lone_mark_are_refused_as_ambiguous(raw: str) -> None:
    # thousands or decimals: either reading may be 1 000 times off
    assert read_amount(raw) == AMBIGUOUS


def test_unreadable_and_huge_cells_say_why() -> None:
    assert read_amount("environ 300") == UNREADABLE
    assert read_amount("1.23.4") == UNREADABLE
    assert read_amount("1 000 000 000 000 €") == TOO_LARGE


@pytest.mark.parametrize(("raw", "amount"), [
    ("(250,00)", Decimal(-250)), ("(1 250,00 €)", Decimal(-1250)), ("(80) HT", Decimal(-80)),
    ("250,00-", Decimal(-250)), ("1.234,56-", Decimal("-1234.56")),
    ("12,50 €-", Decimal("-12.50")),
])
def test_credit_notes_as_accounting_and_sap_exports_write_them(raw: str, amount: Decimal) -> None:
    assert read_amount(raw) == amount


@pytest.mark.parametrize("raw", ["(-250,00)", "-250,00-", "+250-", "()", "(250", "250--"])
def test_a_sign_given_twice_or_a_lone_bracket_is_unreadable(raw: str) -> None:
    assert read_amount(raw) == UNREADABLE
