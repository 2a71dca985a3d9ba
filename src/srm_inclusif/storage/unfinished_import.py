"""An import that never finished (its process killed, the power cut), told at the next opening.

Nothing of such an import is written (one transaction, see ``services.importing``), but nothing
told the user either: she could believe her suppliers or spend imported. While an import runs,
a small file beside the workspace (``<file>.<process>-<n>.import-en-cours``, one per import:
two windows or commands may import at once) names its files, when it started and its process;
it is removed whatever the end (commit, rollback, Cancel, error). One still there at the next
opening, its process gone, is an import that stopped before the end: it is said once, then
removed.

The file is no SQLite companion (``file_access.COMPANIONS``): a backup copy does not take it,
and a restore leaves it, as it is true of the workspace whatever copy is put back.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP, quoted, translate
from srm_inclusif.core.numbers import day_text
from srm_inclusif.core.processes import boot_id, process_running

#: Beside the workspace file: ``<file>.<process>-<n>.import-en-cours`` (``<file>.import-en-cours``
#: from a version that kept one for all imports).
SUFFIX = ".import-en-cours"
#: The number of each import of this process, in its marker's name.
_IMPORTS = itertools.count(1)
#: Files named in the notice; the others are counted.
NAMED_FILES = 3
CONTEXT = "UnfinishedImport"
#: What stopped, in the words of the workspace's profile (a seller imports clients and sales).
STOPPED = QT_TRANSLATE_NOOP(
    "UnfinishedImport", "L'import de {what} ({files}, commencé le {day} à {time}) s'est arrêté "
    "avant la fin : rien n'en a été enregistré.")
IMPORTED = {
    ("suppliers", False): QT_TRANSLATE_NOOP("UnfinishedImport", "fournisseurs"),
    ("spend", False): QT_TRANSLATE_NOOP("UnfinishedImport", "dépenses"),
    ("suppliers", True): QT_TRANSLATE_NOOP("UnfinishedImport", "clients"),
    ("spend", True): QT_TRANSLATE_NOOP("UnfinishedImport", "ventes"),
}
#: The same when the file beside the workspace could not be read (cut short by the power cut).
STOPPED_UNKNOWN = QT_TRANSLATE_NOOP(
    "UnfinishedImport", "Un import s'est arrêté avant la fin : rien n'en a été "
    "enregistré.")
MORE_FILES = QT_TRANSLATE_NOOP("UnfinishedImport", "{files} et d'autres fichiers")


@dataclass(frozen=True)
class UnfinishedImport:
    """An import that stopped before its end: what it imported, which files, when it began."""

    target: str = ""
    files: list[str] = field(default_factory=list)
    started_at: datetime | None = None

    def text(self, *, seller: bool) -> str:
        """The notice's first sentence, in the UI language and the words of the profile."""
        what = IMPORTED.get((self.target, seller))
        if what is None or not self.files or self.started_at is None:
            return translate(CONTEXT, STOPPED_UNKNOWN)
        local = self.started_at.astimezone()
        files = ", ".join(quoted(name) for name in self.files[:NAMED_FILES])
        if len(self.files) > NAMED_FILES:
            files = translate(CONTEXT, MORE_FILES).format(files=files)
        return translate(CONTEXT, STOPPED).format(
            what=translate(CONTEXT, what), files=files, day=day_text(local.date()),
            time=f"{local:%H:%M}")


def marker_path(db_path: Path, tag: str = "") -> Path:
    """The file beside ``db_path`` that says the import ``tag`` is running."""
    return db_path.with_name(f"{db_path.name}.{tag}{SUFFIX}" if tag else db_path.name + SUFFIX)


def markers(db_path: Path) -> list[Path]:
    """The files beside ``db_path`` that say one of its imports runs (or stopped before the end).

    Not those of another workspace whose name begins alike (``espace.sqlite3-copie…``).
    """
    own = re.compile(re.escape(db_path.name) + r"(\.[0-9]+-[0-9]+)?" + re.escape(SUFFIX))
    try:
        return sorted(path for path in db_path.parent.iterdir() if own.fullmatch(path.name))
    except OSError:  # a folder gone or that cannot be listed: no notice
        return []


@contextlib.contextmanager
def import_running(db_path: Path, target: str, files: list[str]) -> Iterator[None]:
    """Say beside the workspace that an import runs, until it ends whatever the end.

    A marker that cannot be written (a folder that refuses new files) does not stop the
    import: only the notice, should it be killed, is lost. It stays open until the end: on
    Windows, where another process cannot be asked whether it runs, an open file cannot be
    removed, so another window does not take it for a stopped import.
    """
    marker = marker_path(db_path, f"{os.getpid()}-{next(_IMPORTS)}")
    content = {"target": target, "files": list(files), "pid": os.getpid(), "boot": boot_id(),
               "started_at": datetime.now().astimezone().isoformat(timespec="seconds")}
    written = marker.with_name(marker.name + ".tmp")
    placed, handle = False, None
    with contextlib.suppress(OSError):
        # whole or not at all: another window never reads it half-written, without its process
        written.write_text(json.dumps(content, ensure_ascii=False), encoding="utf-8")
        os.replace(written, marker)
        placed = True
        handle = marker.open(encoding="utf-8")
    with contextlib.suppress(OSError):
        written.unlink(missing_ok=True)  # left only if it could not take the marker's place
    try:
        yield
    finally:
        if handle is not None:
            handle.close()
        if placed:
            with contextlib.suppress(OSError):
                marker.unlink(missing_ok=True)


def take_unfinished_imports(db_path: Path) -> list[UnfinishedImport]:
    """The imports that stopped before their end, oldest first, told once (markers removed).

    Not those that still run (their process alive: another window, another command); none when
    the folder cannot be written (read-only: nothing said, nothing removed, as the notice could
    not be said once only).
    """
    if not os.access(db_path.parent, os.W_OK):
        return []
    stopped = [unfinished for marker in markers(db_path)
               if (unfinished := _taken(marker)) is not None]
    return sorted(stopped, key=lambda unfinished: unfinished.started_at.timestamp()
                  if unfinished.started_at else float("inf"))


def _taken(marker: Path) -> UnfinishedImport | None:
    """What ``marker`` says, removing it; None when its import still runs or it is gone."""
    try:
        content = json.loads(marker.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        content = None
    if not isinstance(content, dict):
        content = {}
    pid, boot = content.get("pid"), content.get("boot")
    rebooted = boot is not None and boot != boot_id()  # its id may be another process's now
    # on Windows, where no process is known to run, the unlink below fails while it runs
    if isinstance(pid, int) and not rebooted and process_running(pid):
        return None
    try:
        marker.unlink()
    except OSError:  # taken meanwhile by another window (which says it), or held open by its
        return None  # import, still running (Windows)
    return _read(content)


def _read(content: dict[str, object]) -> UnfinishedImport:
    """What the marker says; whatever part is missing or damaged is left out."""
    target = content.get("target")
    files = content.get("files")
    started = content.get("started_at")
    started_at = None
    if isinstance(started, str):
        with contextlib.suppress(ValueError):
            started_at = datetime.fromisoformat(started)
    return UnfinishedImport(
        target=target if isinstance(target, str) else "",
        files=[name for name in files if isinstance(name, str)] if isinstance(files, list)
        else [], started_at=started_at)
