"""The days a purchase may be dated: any four-digit year is read, the range tells a typo."""

from __future__ import annotations

from datetime import date

import pytest

from srm_inclusif.core.normalise import latest_day, parse_year


@pytest.mark.parametrize(("raw", "year"), [("1025", 1025), ("2099.0", 2099), (2025, 2025),
                                           ("999", None), ("20250", None), ("deux", None)])
def test_a_year_alone_is_read_whatever_it_is(raw: object, year: int | None) -> None:
    assert parse_year(raw) == year


def test_the_latest_day_is_a_year_after_today() -> None:
    assert latest_day(date(2026, 3, 10)) == date(2027, 3, 10)


def test_after_a_29_february_it_is_the_28th_of_next_february() -> None:
    assert latest_day(date(2028, 2, 29)) == date(2029, 2, 28)
