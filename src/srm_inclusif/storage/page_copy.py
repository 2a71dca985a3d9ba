"""A database copied page by page into another (SQLite's online backup), safely.

The one way the app copies a workspace file: backups, restores and « Enregistrer une copie ».
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

from srm_inclusif.core.errors import Cancelled, SrmError
from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP
from srm_inclusif.core.progress import Progress
from srm_inclusif.storage.file_access import reading

#: Bytes an online backup copies per step: a few MB, so that progress moves and Cancel answers.
STEP_BYTES = 4 * 1024 * 1024
#: Steps in a row that copy nothing new (the copy waits or starts over) before it gives up.
STALLED_STEPS = 40
STALLED = QT_TRANSLATE_NOOP(
    "Errors", "La copie de « {path} » n'avance plus : un autre programme bloque le fichier. "
    "Fermez les autres fenêtres ou programmes qui l'utilisent, puis recommencez. Aucune "
    "copie n'a été faite.")


class BackupError(SrmError):
    """A copy could not be written (none is left) or removed (it is left as it was)."""

    code = "backup"


def write_over(source: Path, destination: Path, *, progress: Progress | None = None,
               cancel: threading.Event | None = None, at_rest: bool = False) -> None:
    """Copy a database page by page into another (SQLite online backup; the source read-only).

    An existing destination is overwritten in place, its write-ahead log included. The copy
    goes in steps of about ``STEP_BYTES``, reported as ``progress(done_pages, total_pages)``;
    it is one write transaction on the destination, held from the first step to the last, so
    a failure or ``Cancelled`` (raised when ``cancel`` is set) rolls it back and leaves the
    destination as it was.

    The source is read in one read transaction too: the copy is the source as it was at the
    start. Otherwise SQLite starts the copy over whenever the source changes between two steps
    (another window saving), and a read-only source, whose log index cannot be shared, looks
    changed at every step: the copy started over for ever. A copy that still stops advancing
    (the destination locked by another program) fails with a ``BackupError``.
    ``at_rest``: the source is a copy no program writes, read as it is (see ``reading``).
    """
    if cancel is not None and cancel.is_set():
        raise Cancelled()
    with reading(source, at_rest=at_rest) as access:
        reader = sqlite3.connect(access.uri(source), uri=True, isolation_level=None)
        try:
            _hold_snapshot(reader)
            # a step refused (busy) is retried by the step loop: each waits little
            writer = sqlite3.connect(destination, timeout=0.25)
            try:
                reader.backup(writer, pages=_step_pages(reader),
                              progress=_reporter(progress, cancel, source))
            finally:
                writer.close()
        finally:
            reader.close()


def _hold_snapshot(reader: sqlite3.Connection) -> None:
    """Open a read transaction that the backup's steps keep (they close only their own)."""
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM sqlite_master").fetchone()


def _step_pages(connection: sqlite3.Connection) -> int:
    page_size = int(connection.execute("PRAGMA page_size").fetchone()[0])
    return max(1, STEP_BYTES // page_size)


def _reporter(progress: Progress | None, cancel: threading.Event | None,
              source: Path) -> Callable[[int, int, int], None]:
    """The backup's step callback; raising from it makes SQLite abandon the backup.

    It gives up after ``STALLED_STEPS`` steps in a row that copied nothing new: a step
    refused (busy) is retried every quarter of a second, a copy started over copies again
    what it had.
    """
    least = [-1, 0]  # the fewest pages left so far, the steps since that number went down

    def report(status: int, remaining: int, total: int) -> None:
        # Once the last step is done the copy is committed: too late to cancel it.
        if status != sqlite3.SQLITE_DONE and cancel is not None and cancel.is_set():
            raise Cancelled()
        if least[0] < 0 or remaining < least[0]:
            least[:] = [remaining, 0]
        elif status != sqlite3.SQLITE_DONE:
            least[1] += 1
            if least[1] >= STALLED_STEPS:
                raise BackupError.of(STALLED, path=source.name, reason="stalled")
        if progress is not None and total > 0:
            progress(total - remaining, total)

    return report


def make_standalone(copy: Path) -> None:
    """Give a copy a rollback journal instead of the workspace's write-ahead log.

    A copy is then one file: reading it (listing, checking, restoring) leaves no ``-wal`` or
    ``-shm`` beside it, and it can be sent or moved alone. Opening it as a workspace turns the
    log back on.
    """
    connection = sqlite3.connect(copy)
    try:
        connection.execute("PRAGMA journal_mode = DELETE")
    finally:
        connection.close()
