"""Probing a file, read-only, before it is opened: is it a workspace this version can open?

The probe reads the file through SQLite only (see ``probe``) and writes nothing: a file that
is not a workspace, is damaged, or was made by a newer version is refused, left as it was.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from srm_inclusif.core.errors import SrmError, StorageError
from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP
from srm_inclusif.storage import migrate
from srm_inclusif.storage.failures import UNREACHABLE, storage_error, system_reason
from srm_inclusif.storage.file_access import FileAccess, reading
from srm_inclusif.storage.file_header import MAGIC

#: ``PRAGMA application_id`` of our files ("SRMI"), so another SQLite file is never mistaken.
APPLICATION_ID = 0x53524D49
QUICK_CHECK_MAX_BYTES = 256 * 1024 * 1024
#: A file whose writer died mid-change, in a folder that cannot be written: its journal must be
#: played back (by SQLite, on opening) before it is read, and that needs the folder. It is not
#: damaged: putting a copy back in its place would lose the work done since that copy.
UNFINISHED_WRITE = QT_TRANSLATE_NOOP(
    "Errors", "« {path} » n'a pas été fermé normalement : une modification interrompue doit "
    "être annulée avant de l'ouvrir, et son dossier est en lecture seule. Rendez ce dossier "
    "modifiable (ou copiez « {path} » avec « {journal} » dans un dossier à vous), puis "
    "ouvrez-le : rien n'est perdu. Le fichier n'a pas été modifié.")
#: The same when the folder can be written but the file itself (or its journal) cannot.
UNFINISHED_WRITE_FILE = QT_TRANSLATE_NOOP(
    "Errors", "« {path} » n'a pas été fermé normalement : une modification interrompue doit "
    "être annulée avant de l'ouvrir, et ce fichier (ou « {journal} ») est en lecture seule. "
    "Rendez-les modifiables (ou copiez-les dans un dossier à vous), puis ouvrez « {path} » : "
    "rien n'est perdu. Le fichier n'a pas été modifié.")


class WorkspaceError(SrmError):
    """A file cannot be opened as a workspace; it has been left untouched."""

    code = "workspace"


@dataclass(frozen=True)
class FileState:
    """What probing a file found, before any write."""

    exists: bool
    revision: str | None


def probe(path: Path, *, at_rest: bool = False) -> FileState:
    """Check, read-only, that a file is an SRM Inclusif workspace this version can open.

    ``at_rest``: a copy no program writes, read as it is on disk (see ``reading``).

    Even its header is read through SQLite: the file may be open in this process (a workspace
    opened again), and closing any other descriptor of a file drops every lock the process
    holds on it (POSIX), SQLite's included; SQLite keeps its own descriptor open while its locks
    are held.
    """
    if not path.exists() or path.stat().st_size == 0:
        return FileState(exists=False, revision=None)
    if path.is_dir():
        raise StorageError.of(UNREACHABLE, path=path.name, reason="unreachable",
                              detail=system_reason(errno.EISDIR))
    try:
        if not _reads_as_sqlite(path):
            raise WorkspaceError(
                f"« {path.name} » n'est pas un espace de travail SRM Inclusif. "
                "Le fichier n'a pas été modifié.", path=path.name, reason="not_workspace",
            )
        return _probe_sqlite(path, at_rest)
    except sqlite3.DatabaseError as error:
        if getattr(error, "sqlite_errorcode", None) == sqlite3.SQLITE_READONLY_ROLLBACK:
            said = {"path": path.name, "journal": f"{path.name}-journal",
                    "reason": "unfinished_write"}
            if os.access(path.parent, os.W_OK):  # the folder can be written: the file cannot
                raise WorkspaceError.of(UNFINISHED_WRITE_FILE, **said) from error
            raise WorkspaceError.of(UNFINISHED_WRITE, **said) from error
        # the file could not be read (gone, no rights, a share dropped, locked): not damaged
        refusal = storage_error(error, path)
        if refusal is not None:
            raise refusal from error
        raise WorkspaceError(
            f"« {path.name} » est endommagé et ne peut pas être ouvert. Le fichier n'a pas été "
            f"modifié ; restaurez une sauvegarde. Détail technique : {error}", path=path.name,
            reason="corrupt", detail=str(error),
        ) from error


def _reads_as_sqlite(path: Path) -> bool:
    """Whether SQLite takes the file for one of its own, reading only its header.

    Read as it is on disk (immutable): no lock, and no look at a log beside a file that is not
    an SQLite one, which SQLite would otherwise remove. Only a header SQLite refuses is read
    again here, to tell a damaged SQLite file from another file: no connection of this process
    can hold locks on it.
    """
    connection = sqlite3.connect(FileAccess(read_only=True, immutable=True).uri(path), uri=True)
    try:
        connection.execute("PRAGMA application_id").fetchone()
    except sqlite3.DatabaseError as error:
        if getattr(error, "sqlite_errorcode", None) != sqlite3.SQLITE_NOTADB:
            return True  # a damaged page further on: told by the full probe
        with path.open("rb") as handle:
            return handle.read(len(MAGIC)) == MAGIC
    finally:
        connection.close()
    return True


def _probe_sqlite(path: Path, at_rest: bool) -> FileState:
    with reading(path, at_rest=at_rest) as access:
        return _read_state(path, sqlite3.connect(access.uri(path), uri=True))


def _read_state(path: Path, connection: sqlite3.Connection) -> FileState:
    try:
        app_id = connection.execute("PRAGMA application_id").fetchone()[0]
        tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master")}
        if not tables:
            return FileState(exists=True, revision=None)
        if app_id != APPLICATION_ID or "alembic_version" not in tables:
            raise WorkspaceError(
                f"« {path.name} » est une base SQLite qui n'est pas un espace de travail "
                "SRM Inclusif. Le fichier n'a pas été modifié.", path=path.name,
                reason="other_database",
            )
        if path.stat().st_size <= QUICK_CHECK_MAX_BYTES:
            _quick_check(connection)
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        connection.close()
    if revision not in migrate.known_revisions():
        raise WorkspaceError(
            f"« {path.name} » a été créé par une version plus récente de SRM Inclusif "
            f"(schéma {revision}). Mettez l'application à jour pour l'ouvrir ; "
            "le fichier n'a pas été modifié.", path=path.name, revision=revision,
            reason="newer_schema",
        )
    return FileState(exists=True, revision=revision)


def _quick_check(connection: sqlite3.Connection) -> None:
    result = connection.execute("PRAGMA quick_check(1)").fetchone()[0]
    if result != "ok":
        raise sqlite3.DatabaseError(result)
