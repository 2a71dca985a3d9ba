"""The period proposed for a client's next impact report."""

from datetime import date

import pytest

from srm_inclusif.core.impact import next_report_period

TODAY = date(2026, 11, 23)


@pytest.mark.parametrize(("last", "proposed"), [
    # the first report: the year so far
    (None, (date(2026, 1, 1), TODAY)),
    # after the year so far, made today: the rest of the year, not « 24/11 – 24/11 »
    ((date(2026, 1, 1), TODAY), (date(2026, 11, 24), date(2026, 12, 31))),
    # after whole months: as many whole months (a half-year, a quarter, a year)
    ((date(2026, 1, 1), date(2026, 6, 30)), (date(2026, 7, 1), date(2026, 12, 31))),
    ((date(2026, 7, 1), date(2026, 9, 30)), (date(2026, 10, 1), date(2026, 12, 31))),
    ((date(2025, 1, 1), date(2025, 12, 31)), (date(2026, 1, 1), date(2026, 12, 31))),
    # after a part of a month, some time ago: the days since, up to today
    ((date(2026, 1, 1), date(2026, 6, 15)), (date(2026, 6, 16), TODAY)),
    # a report ending on 31/12 of a year so far: the next one starts the new year
    ((date(2026, 3, 10), date(2026, 12, 31)), (date(2027, 1, 1), date(2027, 12, 31))),
])
def test_next_report_period(last, proposed) -> None:
    assert next_report_period(last, TODAY) == proposed
