"""The period that follows another one: what « Renouveler… » proposes for a contract's term."""

from datetime import date

import pytest

from srm_inclusif.core.periods import following_period


@pytest.mark.parametrize(("start", "end", "expected"), [
    # whole calendar year, into a leap year: the next calendar year, not a day short
    (date(2027, 1, 1), date(2027, 12, 31), (date(2028, 1, 1), date(2028, 12, 31))),
    (date(2028, 1, 1), date(2028, 12, 31), (date(2029, 1, 1), date(2029, 12, 31))),
    # three whole months across February
    (date(2026, 12, 1), date(2027, 2, 28), (date(2027, 3, 1), date(2027, 5, 31))),
    # one month ending on 31/01 or on 29/02
    (date(2027, 1, 1), date(2027, 1, 31), (date(2027, 2, 1), date(2027, 2, 28))),
    (date(2028, 2, 1), date(2028, 2, 29), (date(2028, 3, 1), date(2028, 3, 31))),
    (date(2027, 3, 1), date(2028, 2, 29), (date(2028, 3, 1), date(2029, 2, 28))),
    # not whole months: the same number of days (404 days, inclusive)
    (date(2026, 11, 23), date(2027, 12, 31), (date(2028, 1, 1), date(2029, 2, 7))),
    (date(2027, 1, 15), date(2027, 1, 31), (date(2027, 2, 1), date(2027, 2, 17))),
    (date(2028, 2, 10), date(2028, 2, 29), (date(2028, 3, 1), date(2028, 3, 20))),
])
def test_the_following_period_has_the_same_calendar_length(start, end, expected) -> None:
    assert following_period(start, end) == expected
