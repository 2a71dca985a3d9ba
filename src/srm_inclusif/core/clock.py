"""An injectable clock, so that reminders and "today" can be tested on any date."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

Today = Callable[[], date]


def system_today() -> date:
    """Today's date from the system clock."""
    return date.today()
