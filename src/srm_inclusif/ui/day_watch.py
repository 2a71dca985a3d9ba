"""Notices when « today » changes while the app stays open (past midnight, after a sleep)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject, QTimer, Signal

#: How often the clock is read: a minute late at most, whatever the clock or a sleep did.
CHECK_INTERVAL_MS = 60_000


class DayWatch(QObject):
    """Reads the clock every minute once started; ``day_changed`` (the new day) when it differs."""

    day_changed = Signal(object)

    def __init__(self, today: Callable[[], date], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self._day = today()
        self.timer = QTimer(self, interval=CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        """Read the clock every minute from now on (the window of the workspace is shown).

        Not at creation: a context made and dropped without a window (a test, a helper) would
        leave a running timer for the garbage collector to stop, maybe from another thread,
        which Qt refuses and may crash on.
        """
        self.timer.start()

    def check(self) -> None:
        """Say the new day once, if the date is not the one last seen."""
        day = self._today()
        if day != self._day:
            self._day = day
            self.day_changed.emit(day)
