"""SQLite's refusals in the user's words: a workspace read-only, on a full disk, locked, gone.

Every statement of a workspace's engine goes through ``translate_failures``: such an error
reaches the callers as a ``StorageError`` (a domain error, shown as it is by the UI and the
CLI) instead of a driver error that only a developer could read.
"""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import TypeVar

from sqlalchemy import event
from sqlalchemy.engine import Engine, ExceptionContext

from srm_inclusif.core.errors import StorageError
from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP

READ_ONLY = QT_TRANSLATE_NOOP(
    "Errors", "L'espace de travail « {path} » est en lecture seule : vous pouvez le consulter, "
    "pas le modifier. Pour le modifier, donnez-vous le droit d'écrire sur ce fichier et sur "
    "son dossier, puis rouvrez-le. Rien n'a été modifié.")
DISK_FULL = QT_TRANSLATE_NOOP(
    "Errors", "Le disque de l'espace de travail « {path} » est plein : libérez de la place "
    "puis recommencez. Rien n'a été modifié.")
LOCKED = QT_TRANSLATE_NOOP(
    "Errors", "L'espace de travail « {path} » est occupé par une autre fenêtre ou un autre "
    "programme qui y enregistre : attendez un instant puis recommencez. Rien n'a été modifié.")
UNREACHABLE = QT_TRANSLATE_NOOP(
    "Errors", "L'espace de travail « {path} » n'a pas pu être lu ou écrit ({detail}) : "
    "vérifiez que son dossier ou son lecteur réseau est toujours accessible, puis "
    "recommencez. Rien n'a été modifié.")
#: Why the system refused a file, by ``errno``, in words (the UI translates them, "Errors").
SYSTEM_REASONS = {
    errno.ENOSPC: QT_TRANSLATE_NOOP("Errors", "disque plein"),
    errno.EACCES: QT_TRANSLATE_NOOP("Errors", "droits insuffisants"),
    errno.EPERM: QT_TRANSLATE_NOOP("Errors", "droits insuffisants"),
    errno.EROFS: QT_TRANSLATE_NOOP("Errors", "disque en lecture seule"),
    errno.ENOENT: QT_TRANSLATE_NOOP("Errors", "introuvable"),
    errno.EISDIR: QT_TRANSLATE_NOOP("Errors", "c'est un dossier"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("Errors", "un élément du chemin n'est pas un dossier"),
}
#: SQLite's own failures in words, when no refusal of the system is known (its words are English).
_SQLITE_DETAILS = {
    sqlite3.SQLITE_CANTOPEN: QT_TRANSLATE_NOOP("Errors", "fichier impossible à ouvrir"),
    sqlite3.SQLITE_IOERR: QT_TRANSLATE_NOOP("Errors", "erreur de lecture ou d'écriture du disque"),
}
_FILE_FAILED = QT_TRANSLATE_NOOP("Errors", "le fichier a refusé l'opération")
#: The system's refusals SQLite reports with codes of its own.
_SQLITE_ERRNOS = {sqlite3.SQLITE_FULL: errno.ENOSPC, sqlite3.SQLITE_PERM: errno.EACCES,
                  sqlite3.SQLITE_READONLY: errno.EACCES}
#: SQLite's primary result codes (the low byte of an extended one) and what they mean here.
_REASONS = {
    sqlite3.SQLITE_READONLY: "read_only",
    sqlite3.SQLITE_FULL: "disk_full",
    sqlite3.SQLITE_BUSY: "locked",
    sqlite3.SQLITE_LOCKED: "locked",
    sqlite3.SQLITE_CANTOPEN: "unreachable",
    sqlite3.SQLITE_IOERR: "unreachable",
}
_Found = TypeVar("_Found", bound=BaseException)
#: What each reason tells the user.
_TEMPLATES = {"read_only": READ_ONLY, "disk_full": DISK_FULL, "locked": LOCKED,
              "unreachable": UNREACHABLE}


def storage_error(error: BaseException, path: Path | str) -> StorageError | None:
    """The ``StorageError`` an SQLite refusal of the workspace ``path`` means; None for others.

    ``error`` is the driver's error or one wrapping it (SQLAlchemy's). Others, such as a
    statement interrupted by Cancel or a constraint, are left to their callers.
    """
    found = _first(error, sqlite3.Error)
    code = getattr(found, "sqlite_errorcode", None)
    if found is None or code is None or (code & 0xFF) not in _REASONS:
        return None
    reason = _REASONS[code & 0xFF]
    failure = StorageError.of(_TEMPLATES[reason], path=Path(path).name, reason=reason,
                              detail=_detail(error, found))
    failure.__cause__ = error
    return failure


def system_reason(error: OSError | sqlite3.Error | int) -> str:
    """Why the system refused a file, in French (« disque plein »); else the system's words.

    An SQLite refusal is always said in French: its own words are English (« unable to open
    database file »). ``error`` is the refusal, or its ``errno``. This is the one place where a
    full disk, a permission or a missing file is worded for a message, by the CLI and the UI
    alike.
    """
    code = 0
    if isinstance(error, int):
        number = error
    elif isinstance(error, OSError):
        number = error.errno or 0
    else:
        code = getattr(error, "sqlite_errorcode", 0) & 0xFF
        number = _SQLITE_ERRNOS.get(code, 0)
    if number in SYSTEM_REASONS:
        return SYSTEM_REASONS[number]
    if isinstance(error, OSError):
        return error.strerror or str(error)
    if isinstance(error, int):
        return str(error)
    return _SQLITE_DETAILS.get(code, _FILE_FAILED)  # SQLite's own words are English


def _detail(error: BaseException, found: sqlite3.Error) -> str:
    """Why ``error`` happened, in French: the system's refusal if known, else SQLite's."""
    refused = _first(error, OSError)
    return system_reason(refused if refused is not None else found)


def read_only_error(path: Path | str) -> StorageError:
    """The refusal of a change to a workspace that was opened read-only."""
    return StorageError.of(READ_ONLY, path=Path(path).name, reason="read_only")


def translate_failures(engine: Engine, path: Path) -> None:
    """Make the engine raise a ``StorageError`` for the refusals ``storage_error`` knows."""
    def translate(context: ExceptionContext) -> BaseException | None:
        return storage_error(context.original_exception, path)

    event.listen(engine, "handle_error", translate, retval=True)


def check_writable(engine: Engine) -> None:
    """Refuse (``StorageError``) a change before it starts when the workspace is read-only.

    A workspace found read-only is opened so (see ``open_workspace``): its connections are
    ``query_only``, which is what is asked here, without trying a write.
    """
    if engine.dialect.name != "sqlite":
        return
    with engine.connect() as connection:
        read_only = connection.exec_driver_sql("PRAGMA query_only").scalar()
    if read_only:
        raise read_only_error(engine.url.database or "")


def _first(error: BaseException, kind: type[_Found]) -> _Found | None:
    """The first error of ``kind`` in ``error``'s chain (see ``_chain``)."""
    return next((seen for seen in _chain(error) if isinstance(seen, kind)), None)


def _chain(error: BaseException) -> Iterator[BaseException]:
    """``error`` and what it wraps: SQLAlchemy's ``orig``, else its cause (``raise … from``).

    A short chain (the error, its wrapper, their causes): four at most. Not an error met while
    handling another (``__context__``): a bug raised then must not read as a full disk.
    """
    seen: BaseException | None = error
    for _ in range(4):
        if seen is None:
            return
        yield seen
        original = getattr(seen, "orig", None)
        seen = original if isinstance(original, BaseException) else seen.__cause__
