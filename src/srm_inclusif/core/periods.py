"""Calendar arithmetic on periods (a contract's term, a report's period), pure."""

from __future__ import annotations

from calendar import monthrange
from datetime import date, timedelta


def spans_whole_months(start: date, end: date) -> bool:
    """True when the period starts on a month's first day and ends on a month's last day."""
    return start.day == 1 and end.day == monthrange(end.year, end.month)[1] and start <= end


def following_period(start: date, end: date) -> tuple[date, date]:
    """The period of the same calendar length that starts the day after ``end``.

    A period of whole months is followed by as many whole months (01/01–31/12 by the next
    calendar year, 01/12–28/02 by 01/03–31/05); any other period by the same number of days.
    """
    following_start = end + timedelta(days=1)
    if spans_whole_months(start, end):
        months = (end.year - start.year) * 12 + end.month - start.month + 1
        return following_start, last_day_of_month(following_start, months - 1)
    return following_start, following_start + (end - start)


def last_day_of_month(day: date, months_later: int = 0) -> date:
    """The last day of the month that comes ``months_later`` months after ``day``'s month."""
    index = day.year * 12 + day.month - 1 + months_later
    year, month = divmod(index, 12)
    return date(year, month + 1, monthrange(year, month + 1)[1])
