"""Which (fiscal) year a day falls in, and how a year is named on screen and in the CLI.

A workspace's year starts on the first day of its ``fiscal_year_start_month`` (January unless
set otherwise). A year is numbered by the calendar year it starts in, as the objective sheets
number theirs (``--year 2026`` is the year from July 2026 to June 2027 when it starts in July),
and named « 2026 » when it is a calendar year, else « 2026-2027 »: the name says which months
it covers. The dashboard, the Objectifs page, the sheet export and ``srm-inclusif stats`` all
open on ``fiscal_year_of(today)``: one year, one name, one set of figures.
"""

from __future__ import annotations

from datetime import date


def fiscal_year_of(day: date, start_month: int = 1) -> int:
    """The number of the year ``day`` falls in: the calendar year that year starts in."""
    return day.year if day.month >= start_month else day.year - 1


def fiscal_year_label(year: int, start_month: int = 1) -> str:
    """« 2026 » for a calendar year, « 2026-2027 » for one starting in another month."""
    return str(year) if start_month == 1 else f"{year}-{year + 1}"


def recent_fiscal_years(today: date, start_month: int = 1, count: int = 6) -> list[int]:
    """The ``count`` years up to the one running on ``today``, the latest first."""
    current = fiscal_year_of(today, start_month)
    return list(range(current, current - count, -1))
