"""Whether a workspace file can be written, and the log files SQLite keeps beside it.

SQLite writes through a log (``-wal``) and its index (``-shm``) beside the file, and creates
them even to read it, with the file's own rights: a read-only file gets read-only log files,
which would keep refusing every change once the file itself is made writable again.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from srm_inclusif.core.errors import StorageError
from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP, quoted

#: The write-ahead log and its index, beside the workspace file.
LOG_SUFFIXES = ("-wal", "-shm")
#: Every file SQLite keeps beside a database: its rollback journal, its log and the log's index.
COMPANIONS = ("-journal", *LOG_SUFFIXES)
LOG_FILES_READ_ONLY = QT_TRANSLATE_NOOP(
    "Errors", "« {path} » peut être modifié, mais pas les fichiers {files} posés à côté de "
    "lui : donnez-leur les mêmes droits qu'à « {path} », puis recommencez. Ils contiennent "
    "les derniers changements : ne les supprimez pas. Rien n'a été modifié.")


@dataclass(frozen=True)
class FileAccess:
    """How a workspace file may be opened: writable, or read-only (and how to read it)."""

    read_only: bool
    #: No log can be created beside the file (read-only folder): read it as it is on disk.
    immutable: bool = False

    def uri(self, path: Path) -> str:
        """The SQLite URI that reads ``path`` and leaves no log file beside it.

        A writable file is opened read-write (never created): the last connection to close
        removes the log files, as it does for the app's own; read-only, SQLite could not.
        """
        if not self.read_only:
            return f"{path.resolve().as_uri()}?mode=rw"
        return f"{path.resolve().as_uri()}?mode=ro" + ("&immutable=1" if self.immutable else "")


def file_access(path: Path) -> FileAccess:
    """Whether ``path`` (an existing file, or one to create) can be written.

    Writing needs the file and its log files writable, and the folder too unless both log
    files are already there. SQLite would open a file it cannot write read-only by itself, but
    only once its first change fails, with read-only log files left behind.
    """
    if not path.exists():  # to create, with its missing folders
        existing = next(parent for parent in path.parents if parent.exists())
        return FileAccess(read_only=not _writable(existing))
    logs = log_files(path)
    folder = _writable(path.parent)
    if _writable(path) and all(_writable(log) for log in logs) and (folder or len(logs) == 2):
        return FileAccess(read_only=False)
    return FileAccess(read_only=True, immutable=not folder and not _logged(path))


def companion(path: Path, suffix: str) -> Path:
    """The file SQLite keeps beside ``path`` under ``suffix`` (one of ``COMPANIONS``)."""
    return path.with_name(path.name + suffix)


def remove_companions(path: Path) -> None:
    """Remove the journal, write-ahead log and log index SQLite keeps beside a database."""
    for suffix in COMPANIONS:
        companion(path, suffix).unlink(missing_ok=True)


def log_files(path: Path) -> list[Path]:
    """The log files beside ``path`` that exist now."""
    return [log for suffix in LOG_SUFFIXES if (log := companion(path, suffix)).exists()]


def repair_log_files(path: Path) -> None:
    """Make writable again the log files a read-only opening left beside a writable file.

    An empty log holds no change: both files are removed (SQLite makes them again). A log that
    holds changes is given the file's rights; when that is not allowed, a ``StorageError``
    names the files to fix (removing them would lose those changes).
    """
    if not path.is_file() or not _writable(path):
        return
    stuck = [log for log in log_files(path) if not _writable(log)]
    if not stuck:
        return
    wal = companion(path, "-wal")
    for log in stuck:
        with contextlib.suppress(OSError):
            if not wal.exists() or wal.stat().st_size == 0:
                log.unlink()
            else:
                log.chmod(path.stat().st_mode & 0o777)
    still = [log for log in stuck if log.exists() and not _writable(log)]
    if still:
        raise StorageError.of(LOG_FILES_READ_ONLY, path=path.name, reason="log_files",
                              files=", ".join(quoted(log.name) for log in still))


@contextlib.contextmanager
def reading(path: Path, *, at_rest: bool = False) -> Iterator[FileAccess]:
    """How to read ``path``; the log files a read-only reading created are removed after it.

    ``at_rest``: a file no program writes (a backup copy, a file the user chose to restore).
    Without a log beside it, it is read as it is on disk and nothing is created beside it
    (SQLite would make a log and its index even to read a file in WAL mode). A ``-journal``
    beside it is a writer's that died mid-change: SQLite must roll it back, so it is read
    as any file (read as it is, half that change would be taken for the file's state).
    """
    if at_rest and not _logged(path):
        yield FileAccess(read_only=True, immutable=True)
        return
    access = file_access(path)
    before = set(log_files(path))
    try:
        yield access
    finally:
        if access.read_only:
            remove_new_logs(path, before)


def remove_new_logs(path: Path, before: set[Path]) -> None:
    """Remove the log files not in ``before`` (created by a reading), if the log is empty.

    To be called once the reading's connections are closed.
    """
    wal = companion(path, "-wal")
    with contextlib.suppress(OSError):
        if wal.exists() and wal.stat().st_size > 0:
            return
        for log in log_files(path):
            if log not in before:
                log.unlink(missing_ok=True)


def _logged(path: Path) -> bool:
    """Whether changes wait beside ``path``: a write-ahead log, or a journal to roll back."""
    return any(companion(path, suffix).exists() for suffix in ("-wal", "-journal"))


def _writable(path: Path) -> bool:
    return os.access(path, os.W_OK)


#: The workspace files this process has open through SQLite (a file may be open twice).
_OPEN_HERE: Counter[Path] = Counter()
#: Guards ``_OPEN_HERE``: the UI thread opens and closes workspaces while an import's thread
#: asks ``held_by_sqlite`` of the files it reads.
_OPEN_HERE_LOCK = threading.Lock()


def opened_here(path: Path) -> None:
    """Note that this process has ``path`` open through SQLite (until ``closed_here``)."""
    resolved = path.resolve()
    with _OPEN_HERE_LOCK:
        _OPEN_HERE[resolved] += 1


def closed_here(path: Path) -> None:
    """Note that one opening of ``path`` by this process is closed."""
    resolved = path.resolve()
    with _OPEN_HERE_LOCK:
        _OPEN_HERE[resolved] -= 1
        if _OPEN_HERE[resolved] <= 0:
            del _OPEN_HERE[resolved]


def held_by_sqlite(path: Path) -> bool:
    """Whether ``path`` is a workspace this process has open, or one of its log files.

    Reading such a file with ``open()`` would drop SQLite's locks on it when closed (POSIX
    locks belong to the process, and fall when any of its handles on the file closes): another
    program would then believe the workspace unused and could damage it.
    """
    resolved = path.resolve()
    with _OPEN_HERE_LOCK:
        held = list(_OPEN_HERE)
    return any(resolved == workspace or (resolved.parent == workspace.parent and resolved.name
               in {workspace.name + suffix for suffix in COMPANIONS}) for workspace in held)
