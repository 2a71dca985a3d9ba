"""A closed year's results are taken at its last day, a running year's up to today."""

from __future__ import annotations

from datetime import date

from srm_inclusif.core.objective_sheet import default_data_date

TODAY = date(2026, 11, 22)


def test_a_closed_year_stops_at_its_last_day() -> None:
    assert default_data_date(2025, TODAY) == date(2025, 12, 31)


def test_the_running_year_is_read_up_to_today() -> None:
    assert default_data_date(2026, TODAY) == TODAY


def test_a_fiscal_year_from_april_ends_in_march_of_the_next_year() -> None:
    assert default_data_date(2025, TODAY, start_month=4) == date(2026, 3, 31)
    assert default_data_date(2026, TODAY, start_month=4) == TODAY
