"""Typed dates read back in the UI's style: what ``day_text`` writes, dd/mm/yyyy and ISO."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from srm_inclusif.core.errors import ValidationError
from srm_inclusif.core.numbers import (
    DAY_UNREADABLE,
    ENGLISH,
    FRENCH,
    NumberStyle,
    day_text,
    read_day,
    set_number_style,
)

DAYS = [date(2026, 1, 1), date(2026, 12, 31), date(2026, 11, 22), date(2027, 3, 3),
        date(2024, 2, 29), date(2025, 9, 5), date(1998, 6, 30)]


@pytest.fixture(params=[FRENCH, ENGLISH], ids=["fr", "en"])
def style(request: pytest.FixtureRequest) -> Iterator[NumberStyle]:
    """Each UI language's style in turn (French again afterwards)."""
    set_number_style(request.param)
    yield request.param
    set_number_style(FRENCH)


@pytest.mark.parametrize("day", DAYS, ids=str)
def test_what_the_ui_writes_reads_back(style: NumberStyle, day: date) -> None:
    assert read_day(day_text(day)) == day


@pytest.mark.parametrize(("text", "day"), [
    ("22/11/2026", date(2026, 11, 22)),
    ("3/3/2027", date(2027, 3, 3)),
    ("2026-11-22", date(2026, 11, 22)),
    ("2027-3-3", date(2027, 3, 3)),
    ("  01/01/2026 ", date(2026, 1, 1)),
])
def test_numbers_and_iso_read_in_both_languages(style: NumberStyle, text: str,
                                                 day: date) -> None:
    assert read_day(text) == day


def test_english_writes_22_nov_2026() -> None:
    set_number_style(ENGLISH)
    assert [day_text(date(2026, 11, 22)), day_text(date(2026, 9, 1))] == [
        "22 Nov 2026", "1 Sept 2026"]


@pytest.mark.parametrize(("text", "day"), [
    ("22 Nov 2026", date(2026, 11, 22)),
    ("22 nov 2026", date(2026, 11, 22)),
    ("22 NOV 2026", date(2026, 11, 22)),
    ("22 November 2026", date(2026, 11, 22)),
    ("22 november  2026", date(2026, 11, 22)),
    ("1 Sep 2025", date(2025, 9, 1)),
    ("1 Sept. 2025", date(2025, 9, 1)),
    ("3 Mar 2027", date(2027, 3, 3)),
    ("31 May 2026", date(2026, 5, 31)),
])
def test_english_reads_month_names(text: str, day: date) -> None:
    set_number_style(ENGLISH)
    assert read_day(text) == day


@pytest.mark.parametrize("text", ["", "   ", "\t"])
def test_blank_is_no_date(style: NumberStyle, text: str) -> None:
    assert read_day(text) is None


@pytest.mark.parametrize("text", [
    "31/02/2026",  # no such day
    "29/02/2026",  # not a leap year
    "13/13/2026",
    "2026-02-30",
    "bientôt",
    "22/11",
    "3/3/27",  # two-digit years are not guessed
    "22.11.2026",
    "22 Ju 2026",  # June or July?
    "22 Novembre 2026",
    "Nov 22 2026",
    "22/11/2026 14:05",
])
def test_anything_else_is_refused_naming_the_text(style: NumberStyle, text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        read_day(text)
    assert caught.value.template == DAY_UNREADABLE
    assert str(caught.value) == f"Date illisible : « {text} » (jj/mm/aaaa attendu)."


def test_french_does_not_read_english_month_names() -> None:
    with pytest.raises(ValidationError, match="22 Nov 2026"):
        read_day("22 Nov 2026")
