"""Open, create and check a workspace: the one place where database connections are made.

A workspace is one SQLite file today; a shared PostgreSQL server later. Everything SQLite-specific
(pragmas, file probing, online backup) stays in this package.
"""

from __future__ import annotations

import atexit
import contextlib
import sqlite3
import threading
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.pool import ConnectionPoolEntry

from srm_inclusif.core.errors import SrmError
from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP
from srm_inclusif.core.progress import Progress, StagedProgress
from srm_inclusif.storage import migrate
from srm_inclusif.storage.backup import (
    back_up_before_restore,
    backup_workspace,
    backups_dir,
    copy_workspace,
)
from srm_inclusif.storage.failures import read_only_error, storage_error, translate_failures
from srm_inclusif.storage.file_access import (
    COMPANIONS,
    FileAccess,
    closed_here,
    companion,
    file_access,
    log_files,
    opened_here,
    remove_new_logs,
    repair_log_files,
)
from srm_inclusif.storage.file_probe import APPLICATION_ID, FileState, WorkspaceError, probe
from srm_inclusif.storage.page_copy import write_over

#: Index entries ``ANALYZE`` reads per index (``PRAGMA analysis_limit``): 22 ms for the whole
#: workspace of 100 000 counterparties, about as long whatever its size. Measured on 100 000:
#: with 1000 the planner takes the department's index for « QPV + Rhône » (11 ms instead of
#: 40); with 400 it still took the QPV's; reading every entry (0.2 s) averages a yes/no column
#: to half the rows and made « QPV + favourites » walk the 100 000 names (155 ms instead of 45).
ANALYSIS_LIMIT = 1000
OPEN_WORKSPACE = QT_TRANSLATE_NOOP(
    "Errors", "« {path} » est l'espace de travail ouvert lui-même : choisissez une copie "
    "enregistrée ailleurs ou un autre espace de travail.")
READ_ONLY_OLDER = QT_TRANSLATE_NOOP(
    "Errors", "« {path} » a été créé par une version précédente de SRM Inclusif et doit être "
    "mis à jour pour s'ouvrir, mais il est en lecture seule : donnez-vous le droit d'écrire "
    "sur ce fichier et sur son dossier, puis rouvrez-le. Le fichier n'a pas été modifié.")
CANNOT_CREATE = QT_TRANSLATE_NOOP(
    "Errors", "Impossible de créer l'espace de travail « {path} » : vous n'avez pas le droit "
    "d'écrire dans le dossier « {folder} ». Choisissez un autre dossier.")
DAMAGED_COPY = QT_TRANSLATE_NOOP(
    "Errors", "La copie « {path} » est endommagée et ne peut pas être restaurée. L'espace de "
    "travail n'a pas été modifié : choisissez une autre copie.")
BUSY = QT_TRANSLATE_NOOP(
    "Errors", "« {path} » n'a pas pu être remplacé par la copie : fermez les autres fenêtres ou "
    "programmes qui l'utilisent puis recommencez. L'espace de travail n'a pas été modifié.")


@dataclass
class Workspace:
    """An open workspace: its file and its engine."""

    path: Path
    engine: Engine
    #: The file cannot be written: opened to be read only, every change is refused.
    read_only: bool = False
    #: The log files there before a read-only opening: SQLite makes them even to read, with
    #: the file's rights; the others are removed at close (see ``file_access``).
    logs_before: set[Path] = field(default_factory=set)
    closed: bool = field(default=False, init=False)

    def __post_init__(self) -> None:
        opened_here(self.path)

    @property
    def schema_revision(self) -> str:
        """Schema revision of the open file."""
        with self.engine.connect() as connection:
            return str(connection.exec_driver_sql("SELECT version_num FROM alembic_version")
                       .scalar_one())

    def close(self) -> None:
        """Release every connection (lets the file be copied or removed).

        Each connection runs ``PRAGMA optimize`` as it closes (see :func:`make_engine`).
        """
        self.engine.dispose()
        if not self.closed:
            self.closed = True
            closed_here(self.path)
        if self.read_only:
            atexit.unregister(self.close)
            remove_new_logs(self.path, self.logs_before)


def refresh_statistics(engine: Engine) -> None:
    """Update the tables' statistics (``sqlite_stat1``) after a big change: import, demo.

    Without them SQLite guesses which index finds fewer rows, and sometimes reads 14 000 QPV
    structures to count the 130 in the Rhône. The reading is bounded by ``ANALYSIS_LIMIT``.
    Other databases keep their own statistics up to date.
    """
    if engine.dialect.name != "sqlite":
        return
    with engine.connect() as connection:
        connection.exec_driver_sql("ANALYZE")
        connection.commit()


def open_workspace(path: Path | str) -> Workspace:
    """Open (creating if absent) a workspace, migrating it after a backup when it is older.

    A file that cannot be written is opened read-only: it can be read, and every change is
    refused with a ``StorageError`` that says so (see ``failures``).
    """
    path = Path(path).expanduser().resolve()
    repair_log_files(path)  # left read-only by an earlier read-only opening
    logs_before = set(log_files(path))
    access = file_access(path)
    state = probe(path)
    _refuse_read_only(path, access, state)
    if state.revision is not None and state.revision != migrate.schema_head():
        backup_workspace(path, f"avant-migration-{state.revision}")
    if access.read_only:
        workspace = Workspace(path, make_engine(path, access=access), True, logs_before)
        atexit.register(workspace.close)  # the app may end without closing it
        return workspace
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(path)
    if state.revision != migrate.schema_head():
        migrate.upgrade_to_head(engine)
        with engine.begin() as connection:
            connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
    return Workspace(path, engine)


def _refuse_read_only(path: Path, access: FileAccess, state: FileState) -> None:
    """Refuse to open read-only a file that must be written first: a new one, an older one."""
    if not access.read_only:
        return
    if not state.exists:
        raise WorkspaceError.of(CANNOT_CREATE, path=path.name, folder=str(path.parent),
                                reason="read_only")
    if state.revision != migrate.schema_head():
        raise WorkspaceError.of(READ_ONLY_OLDER, path=path.name, reason="read_only")


def restore_workspace(path: Path | str, copy: Path | str, *, progress: Progress | None = None,
                      cancel: threading.Event | None = None) -> Path:
    """Put a backup copy back in place of the workspace file; the copy of the state replaced.

    The workspace must be closed (no open engine). The copy is checked first (a workspace this
    version can open), the current file is copied aside (``avant-restauration``) unless it is
    unreadable, then the copy is written over it with SQLite's online backup, which also
    clears the write-ahead log. The backup copy itself is left as it is.

    Both stages report on one ``progress(done, total)`` scale. ``Cancelled`` (``cancel`` set)
    leaves the workspace as it was; cancelled during the copy aside, that copy is not kept.
    """
    path, copy = Path(path).expanduser().resolve(), Path(copy).expanduser().resolve()
    check_copy(path, copy)
    try:
        probe(path)
    except WorkspaceError as error:
        if error.params.get("reason") == "unfinished_write":
            raise  # a change to undo first, in a read-only file: it is not damaged
        return _replace_damaged(path, copy, progress, cancel)
    if file_access(path).read_only:
        raise read_only_error(path)
    _check_writable(path)  # before the copy aside: the backup would wait for ever on a lock
    stages = StagedProgress(progress, [path.stat().st_size, copy.stat().st_size])
    safety = back_up_before_restore(path, progress=stages.stage(0), cancel=cancel)
    try:
        # one transaction: on failure or Cancel the file is left as it was
        write_over(copy, path, progress=stages.stage(1), cancel=cancel, at_rest=True)
    except sqlite3.Error as error:
        raise _not_replaced(path, error) from error
    return safety


def check_copy(path: Path | str, copy: Path | str) -> FileState:
    """Refuse (``WorkspaceError``) a file that cannot be put back in place of the workspace.

    The copy must be another file than the workspace, and a sound SRM Inclusif workspace
    (application id, quick check) of this version or an older one; an older one is migrated
    when the workspace is opened again, as any older workspace is. Nothing is written.
    """
    path, copy = Path(path).expanduser().resolve(), Path(copy).expanduser().resolve()
    if copy == path:
        raise WorkspaceError.of(OPEN_WORKSPACE, path=copy.name)
    try:
        state = probe(copy, at_rest=True)
    except WorkspaceError as error:
        if error.params.get("reason") != "corrupt":
            raise
        raise WorkspaceError.of(DAMAGED_COPY, path=copy.name, reason="damaged_copy",
                                detail=error.params.get("detail"), untouched=True) from error
    if state.revision is None:  # empty, or a database without any table
        raise WorkspaceError(f"« {copy.name} » est vide : ce n'est pas une sauvegarde.",
                             path=copy.name, reason="not_workspace")
    return state


def _replace_damaged(path: Path, copy: Path, progress: Progress | None,
                     cancel: threading.Event | None) -> Path:
    """Copy the backup beside a damaged file first; only a complete copy takes its place.

    Once the damaged file is moved aside, the copy takes its place whatever happens next: the
    user is never left without a workspace file (opening it would make an empty one).
    """
    incoming = path.with_name(path.name + ".restauration")
    copy_workspace(copy, incoming, progress=progress, cancel=cancel, at_rest=True)
    try:
        aside = _set_aside(path)  # a damaged file is kept as it is, beside its copies
    except BaseException:
        incoming.unlink(missing_ok=True)
        raise
    try:
        _set_aside_companions(path, aside)
    finally:
        _put_in_place(incoming, path, aside)
    return aside


def _put_in_place(incoming: Path, path: Path, aside: Path) -> None:
    """The complete copy takes the workspace's name; failing that, the damaged file goes back.

    Its journal and log, moved aside with it, go back too: they may hold its last changes.
    Should even that fail, the complete copy stays beside the workspace, under its own name.
    """
    try:
        incoming.replace(path)
    except OSError:
        with contextlib.suppress(OSError):
            aside.replace(path)
            for suffix in COMPANIONS:
                if companion(aside, suffix).is_file():
                    companion(aside, suffix).replace(companion(path, suffix))
        raise


def _not_replaced(path: Path, error: sqlite3.Error) -> SrmError:
    """Why the copy could not be written over the workspace, in the user's words.

    A full disk, a read-only file or an unreachable one is said as any change refused for it
    (``storage_error``); a lock, or a refusal SQLite does not explain, as a file in use.
    """
    failure = storage_error(error, path)
    if failure is None or failure.params["reason"] == "locked":
        return _busy(path, error)
    return failure


def _busy(path: Path, error: sqlite3.Error) -> WorkspaceError:
    """The file is in use elsewhere; SQLite's own words (English) only as the detail."""
    return WorkspaceError.of(BUSY, path=path.name, reason="busy", detail=str(error),
                             untouched=True)


def _check_writable(path: Path) -> None:
    """Refuse when another connection holds the file's write lock (``WorkspaceError``).

    Another refusal SQLite explains (read-only, unreachable) is a ``StorageError`` that says so.
    """
    connection = sqlite3.connect(path, timeout=2)
    try:
        connection.execute("BEGIN IMMEDIATE")
        connection.rollback()
    except sqlite3.Error as error:
        raise _not_replaced(path, error) from error
    finally:
        connection.close()


def _set_aside(path: Path) -> Path:
    """Move a damaged file into its backups folder, under a name that says it is damaged."""
    folder = backups_dir(path)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{path.stem}-endommage-{datetime.now():%Y%m%d-%H%M%S}{path.suffix}.bad"
    path.replace(target)
    return target


def _set_aside_companions(path: Path, aside: Path) -> None:
    """Move the journal and log of the damaged file beside it, as far as the system lets.

    They may hold its last changes: kept with it. None may stay beside the workspace, where
    SQLite would apply it to the copy put back: one that cannot be moved is removed; one that
    cannot even be removed is left, rather than leave the user without a workspace file.
    """
    for suffix in COMPANIONS:
        beside = companion(path, suffix)
        with contextlib.suppress(OSError):
            if suffix != "-shm" and beside.is_file() and beside.stat().st_size > 0:
                beside.replace(companion(aside, suffix))
        with contextlib.suppress(OSError):  # the log's index (rebuilt from the log), an empty
            beside.unlink(missing_ok=True)  # file, or one that could not be moved


def make_engine(path: Path, *, access: FileAccess | None = None) -> Engine:
    """The engine of a workspace file: WAL, foreign keys, busy timeout on every connection.

    Each connection runs ``PRAGMA optimize`` before it is closed, as SQLite advises: it
    analyses the tables the connection's queries would have planned better with statistics
    (never analysed, or grown much since), reading at most ``ANALYSIS_LIMIT`` entries an index.
    With a read-only ``access`` the file is opened read-only and ``query_only``: a change is
    refused before it writes anything, even for a user whom the system lets write anyway.
    SQLite's refusals reach the callers as ``StorageError`` (read-only, disk full, locked).
    """
    options: dict[str, object] = {}
    if access is not None and access.read_only:
        uri = access.uri(path)
        options["creator"] = lambda: sqlite3.connect(uri, uri=True, check_same_thread=False,
                                                     timeout=10)
    engine = create_engine(
        f"sqlite:///{path}", connect_args={"check_same_thread": False, "timeout": 10},
        **options,
    )
    read_only = access is not None and access.read_only
    event.listen(engine, "connect", _on_connect_read_only if read_only else _on_connect)
    event.listen(engine, "close", _optimize)
    translate_failures(engine, path)
    return engine


def _on_connect_read_only(dbapi_connection: sqlite3.Connection,
                          _record: ConnectionPoolEntry) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA query_only = 1")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA busy_timeout = 10000")
    cursor.close()


def _on_connect(dbapi_connection: sqlite3.Connection, _record: ConnectionPoolEntry) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA busy_timeout = 10000")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.execute(f"PRAGMA analysis_limit = {ANALYSIS_LIMIT}")
    cursor.close()


def _optimize(dbapi_connection: sqlite3.Connection, _record: ConnectionPoolEntry) -> None:
    """Statistics for the planner before a connection closes; a failure only skips them.

    Another connection writing (an import) would make it wait ``busy_timeout``: closing must
    not, so it waits little and leaves the statistics to the next close.
    """
    with contextlib.suppress(sqlite3.Error):
        dbapi_connection.execute("PRAGMA busy_timeout = 100")
        dbapi_connection.execute("PRAGMA optimize")


def integrity_report(workspace: Workspace) -> list[str]:
    """Problems found by a full integrity and foreign-key check (empty when sound)."""
    with workspace.engine.connect() as connection:
        problems = [r[0] for r in connection.exec_driver_sql("PRAGMA integrity_check")]
        problems = [p for p in problems if p != "ok"]
        fk = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    problems += [f"Clé étrangère rompue : table {r[0]}, ligne {r[1]} → {r[2]}" for r in fk]
    return problems
