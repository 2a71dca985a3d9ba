"""SQLite's refusals in the user's words: a workspace read-only, on a full disk, locked, gone.

Every statement of a workspace's engine goes through ``translate_failures``: such an error
reaches the callers as a ``StorageError`` (a domain error, shown as it is by the UI and the
CLI) instead of a driver error that only a developer could read.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

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
#: SQLite's primary result codes (the low byte of an extended one) and what they mean here.
_REASONS = {
    sqlite3.SQLITE_READONLY: "read_only",
    sqlite3.SQLITE_FULL: "disk_full",
    sqlite3.SQLITE_BUSY: "locked",
    sqlite3.SQLITE_LOCKED: "locked",
    sqlite3.SQLITE_CANTOPEN: "unreachable",
    sqlite3.SQLITE_IOERR: "unreachable",
}
#: What each reason tells the user.
_TEMPLATES = {"read_only": READ_ONLY, "disk_full": DISK_FULL, "locked": LOCKED,
              "unreachable": UNREACHABLE}


def storage_error(error: BaseException, path: Path | str) -> StorageError | None:
    """The ``StorageError`` an SQLite refusal of the workspace ``path`` means; None for others.

    ``error`` is the driver's error or one wrapping it (SQLAlchemy's). Others, such as a
    statement interrupted by Cancel or a constraint, are left to their callers.
    """
    found = _sqlite_error(error)
    code = getattr(found, "sqlite_errorcode", None)
    if found is None or code is None or (code & 0xFF) not in _REASONS:
        return None
    reason = _REASONS[code & 0xFF]
    failure = StorageError.of(_TEMPLATES[reason], path=Path(path).name, reason=reason,
                              detail=str(found))
    failure.__cause__ = error
    return failure


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


def _sqlite_error(error: BaseException) -> sqlite3.Error | None:
    """The driver's error within ``error`` (itself, SQLAlchemy's ``orig``, or a cause)."""
    seen: BaseException | None = error
    for _ in range(4):  # a short chain: the error, its wrapper, their causes
        if seen is None or isinstance(seen, sqlite3.Error):
            return seen
        original = getattr(seen, "orig", None)
        seen = original if isinstance(original, BaseException) else seen.__cause__
    return None
