"""A date typed as its eight digits, day, month, year, without the slashes (« 20112026 »)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from srm_inclusif.core.errors import ValidationError
from srm_inclusif.core.numbers import ENGLISH, FRENCH, NumberStyle, read_day, set_number_style


@pytest.fixture(params=[FRENCH, ENGLISH], ids=["fr", "en"])
def style(request: pytest.FixtureRequest) -> Iterator[NumberStyle]:
    """Each UI language's style in turn (French again afterwards)."""
    set_number_style(request.param)
    yield request.param
    set_number_style(FRENCH)


@pytest.mark.parametrize(("text", "day"), [
    ("20112026", date(2026, 11, 20)),
    ("15012027", date(2027, 1, 15)),
    ("01032027", date(2027, 3, 1)),
    (" 29022024 ", date(2024, 2, 29)),
])
def test_eight_digits_are_day_month_year(style: NumberStyle, text: str, day: date) -> None:
    assert read_day(text) == day


@pytest.mark.parametrize("text", [
    "20261120",  # the ISO order without dashes: no 26th month
    "31022026",  # no such day
    "2011202",  # a digit short
    "201120260",
    "20112026/11/2026",  # typed after the day alone was selected
])
def test_other_digits_are_refused_naming_the_text(style: NumberStyle, text: str) -> None:
    with pytest.raises(ValidationError, match=text):
        read_day(text)
