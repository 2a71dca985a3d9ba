"""Signs of life from the long SQL statements of an import (search index batches, index builds).

SQLite calls a progress handler every few thousand steps of its virtual machine while a
statement runs: an import uses it to keep reporting progress while a statement runs for a few
tenths of a second, and to stop that statement when Cancel is pressed. Other databases run the
statements without it. A commit runs no step: a helper thread keeps the reports coming then.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from sqlalchemy.engine import Connection

from srm_inclusif.core.progress import Progress

#: Virtual-machine steps between two calls (well under a millisecond).
STEPS = 20_000
#: Seconds between two calls while a commit runs (half the interval between two reports).
PULSE = 0.05

Heartbeat = Callable[[], bool]


@dataclass
class Beat:
    """Whether the heartbeat asked to stop (the statement then fails as interrupted)."""

    stopped: bool = False


@contextlib.contextmanager
def beating(connection: Connection, heartbeat: Heartbeat | None) -> Iterator[Beat]:
    """Call ``heartbeat`` during this connection's statements; it returns True to stop them."""
    beat = Beat()
    if heartbeat is None or connection.dialect.name != "sqlite":
        yield beat
        return
    driver = connection.connection.driver_connection
    assert driver is not None  # a checked-out connection has its sqlite3 connection

    def handler() -> int:
        beat.stopped = beat.stopped or heartbeat()
        return int(beat.stopped)

    driver.set_progress_handler(handler, STEPS)
    try:
        yield beat
    finally:
        driver.set_progress_handler(None, 0)  # the connection goes back to the pool


@contextlib.contextmanager
def pulsing(heartbeat: Heartbeat | None) -> Iterator[None]:
    """Call ``heartbeat`` every ``PULSE`` seconds from another thread while the block runs.

    For a call that runs no statement step, such as the commit of a big import (its pages go
    to the write-ahead log, which is then copied into the file). Its answer is not heard: a
    commit cannot be stopped halfway.
    """
    if heartbeat is None:
        yield
        return
    stop = threading.Event()

    def pulse() -> None:
        while not stop.wait(PULSE):
            heartbeat()

    thread = threading.Thread(target=pulse, name="srm-import-pulse", daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join()


def as_progress(heartbeat: Heartbeat | None) -> Progress | None:
    """A progress callback that only gives signs of life (for a copy whose Cancel is apart)."""
    if heartbeat is None:
        return None

    def progress(_done: int, _total: int) -> None:
        heartbeat()

    return progress
