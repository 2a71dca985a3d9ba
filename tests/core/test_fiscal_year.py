"""Which year a day falls in and how a year is named, for a calendar and a July year."""

from __future__ import annotations

from datetime import date

import pytest

from srm_inclusif.core.fiscal_year import fiscal_year_label, fiscal_year_of, recent_fiscal_years


@pytest.mark.parametrize(("day", "start_month", "year"), [
    (date(2027, 3, 15), 1, 2027),
    (date(2027, 3, 15), 7, 2026),
    (date(2027, 6, 30), 7, 2026),
    (date(2027, 7, 1), 7, 2027),
    (date(2026, 12, 31), 7, 2026),
    (date(2027, 1, 1), 12, 2026),
    (date(2026, 12, 1), 12, 2026),
])
def test_a_day_falls_in_the_year_that_started_before_it(day, start_month, year) -> None:
    assert fiscal_year_of(day, start_month) == year


def test_a_calendar_year_is_named_alone_another_by_its_two_years() -> None:
    assert fiscal_year_label(2026) == "2026"
    assert fiscal_year_label(2026, 7) == "2026-2027"


def test_the_recent_years_start_with_the_one_running() -> None:
    assert recent_fiscal_years(date(2027, 3, 15), 7, count=3) == [2026, 2025, 2024]
    assert recent_fiscal_years(date(2027, 3, 15), count=2) == [2027, 2026]
