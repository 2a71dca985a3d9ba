"""Date cells of spend files: the ways ERP and spreadsheet exports write a day."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from srm_inclusif.core.normalise import parse_date

NEW_YEARS_EVE = date(2025, 12, 31)


@pytest.mark.parametrize("raw", [
    "31/12/2025", "31.12.2025", "31-12-2025", "31/12/25", "2025-12-31", "2025-12-31T10:00:00",
    datetime(2025, 12, 31, 10, 0), NEW_YEARS_EVE,
    # a date cell Excel wrote to CSV with its time
    "31/12/2025 00:00", "31/12/2025 14:30:00", "31/12/2025 14h30", "2025-12-31 00:00:00",
    # SAP and other ERP exports
    "20251231", "2025/12/31",
    # Excel's serial number of the day, from a column without a date format
    "46022", "46022.0", "46022,00",
])
def test_each_way_of_writing_the_day_is_read(raw: object) -> None:
    assert parse_date(raw) == NEW_YEARS_EVE


@pytest.mark.parametrize("raw", [
    "32/13/2025", "31/12-2025", "2025-12/31", "20251331", "202512310", "31/12/2025 midi",
    "12345", "99999", "46022.5", "2025", "", None, "#N/D",
])
def test_what_is_not_a_day_is_unreadable(raw: object) -> None:
    assert parse_date(raw) is None
