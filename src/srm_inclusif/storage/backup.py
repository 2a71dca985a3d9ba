"""Copies of a workspace file: before anything destructive, or when the user asks for one."""

from __future__ import annotations

import contextlib
import errno
import os
import re
import sqlite3
import threading
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Literal

from srm_inclusif.core.errors import ValidationError
from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP, translate
from srm_inclusif.core.progress import Progress
from srm_inclusif.storage.failures import system_reason
from srm_inclusif.storage.file_access import (
    COMPANIONS,
    companion,
    remove_companions,
)
from srm_inclusif.storage.file_header import looks_damaged
from srm_inclusif.storage.page_copy import BackupError, make_standalone, write_over

KEEP_PER_REASON = 10
#: Reason of a copy the user asked for (« Sauvegarder maintenant »); such copies are all kept.
MANUAL = "manuelle"
#: Suffix of a copy being written; it takes the target's name only once complete.
PARTIAL_SUFFIX = ".partiel"
#: A copy still being written after this long was abandoned (the app was closed or crashed).
STALE_PARTIAL_SECONDS = 3600
SAME_FILE = QT_TRANSLATE_NOOP(
    "Errors", "La copie ne peut pas remplacer l'espace de travail ouvert : choisissez un autre "
    "nom ou un autre dossier.")
NOT_A_COPY = QT_TRANSLATE_NOOP(
    "Errors", "« {path} » n'est pas une sauvegarde de cet espace de travail : il n'a pas été "
    "supprimé.")
COPY_GONE = QT_TRANSLATE_NOOP(
    "Errors", "La sauvegarde « {path} » n'est plus dans le dossier des sauvegardes (supprimée "
    "entre-temps ?).")
NOT_REMOVED = QT_TRANSLATE_NOOP(
    "Errors", "La sauvegarde « {path} » n'a pas pu être supprimée ({detail}) : fermez le "
    "programme qui l'utilise, ou vérifiez que vous pouvez modifier le dossier « {folder} », "
    "puis recommencez. La copie est toujours là.")
NOT_WRITTEN = QT_TRANSLATE_NOOP(
    "Errors", "Impossible d'écrire la copie de sauvegarde dans « {folder} » ({detail}) : "
    "vérifiez que vous pouvez écrire dans ce dossier et qu'il reste de la place sur le disque, "
    "puis recommencez. Aucune copie n'a été faite.")
NOT_RESTORED = QT_TRANSLATE_NOOP(
    "Errors", "Impossible d'écrire la copie de l'état actuel dans « {folder} » ({detail}) : "
    "vérifiez que vous pouvez écrire dans ce dossier et qu'il reste de la place sur le disque, "
    "puis recommencez. La restauration n'a pas été faite : l'espace de travail n'a pas été "
    "modifié.")
NO_IMPORT = QT_TRANSLATE_NOOP(
    "Errors", "Impossible d'écrire la copie de sauvegarde dans « {folder} » ({detail}) : "
    "vérifiez que vous pouvez écrire dans ce dossier et qu'il reste de la place sur le disque, "
    "puis recommencez. L'import n'a pas été fait.")
#: Why copies are taken, in words (the UI translates them, context "BackupReasons").
REASON_LABELS = {
    "avant-import": QT_TRANSLATE_NOOP("BackupReasons", "Avant un import"),
    "avant-restauration": QT_TRANSLATE_NOOP("BackupReasons", "Avant une restauration"),
    "avant-migration": QT_TRANSLATE_NOOP("BackupReasons",
                                         "Avant une mise à jour de l'application"),
    MANUAL: QT_TRANSLATE_NOOP("BackupReasons", "Sauvegarde manuelle"),
}
#: SQLite's result codes of a copy that could not be written (the source is only read).
_WRITE_FAILURES = {sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_READONLY, sqlite3.SQLITE_FULL,
                   sqlite3.SQLITE_IOERR, sqlite3.SQLITE_PERM}
_STAMP = re.compile(r"-(\d{8}-\d{6}-\d{6})\.sqlite3$")
#: What a copy was taken for: what its refusal says was not done when it cannot be written.
Refusal = Literal["copy", "restore", "import"]
REFUSALS: dict[Refusal, str] = {"copy": NOT_WRITTEN, "restore": NOT_RESTORED, "import": NO_IMPORT}


@dataclass(frozen=True)
class BackupCopy:
    """One copy of a workspace: its file, why it was taken (``avant-import``...), when."""

    path: Path
    reason: str
    taken_at: datetime
    size: int
    #: Visibly damaged (cut short): it cannot be restored (see ``looks_damaged``).
    damaged: bool = False


def backups_dir(db_path: Path) -> Path:
    """Folder holding the copies of one workspace: ``<file>.sauvegardes`` beside it."""
    return db_path.with_name(db_path.name + ".sauvegardes")


def backup_workspace(db_path: Path, reason: str, *, progress: Progress | None = None,
                     cancel: threading.Event | None = None, refusal: Refusal = "copy") -> Path:
    """Copy the workspace consistently (SQLite online backup); prune old copies of that reason.

    Cancelled (``Cancelled``), no copy is left and the old copies are all kept. A copy that
    cannot be written raises a ``BackupError`` that says what ``refusal`` names was not done
    (see ``take_backup``).
    """
    copy = take_backup(db_path, reason, progress=progress, cancel=cancel, refusal=refusal)
    prune_backups(db_path, reason)
    return copy


def take_backup(db_path: Path, reason: str, *, progress: Progress | None = None,
                cancel: threading.Event | None = None, refusal: Refusal = "copy") -> Path:
    """Copy the workspace as ``backup_workspace`` does, the older copies all kept.

    For work that may yet be undone: once it is kept, ``prune_backups``; once it is rolled
    back, ``discard_backup`` (its copy must not push out one worth keeping).
    A copy that cannot be written raises a ``BackupError`` (reason ``not_written``) that says
    what was not done: ``refusal`` is what the copy was taken for (a key of ``REFUSALS``).
    Copies left half-written by an earlier copy are removed first.
    """
    folder = backups_dir(db_path)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{db_path.stem}-{reason}-{stamp}.sqlite3"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        remove_abandoned(folder, db_path.stem)
        copy_workspace(db_path, target, progress=progress, cancel=cancel)
    except OSError as error:
        raise not_written(folder, error, refusal) from error
    except sqlite3.Error as error:
        if getattr(error, "sqlite_errorcode", 0) & 0xFF not in _WRITE_FAILURES:
            raise
        raise not_written(folder, error, refusal) from error
    return target


def not_written(folder: Path, error: OSError | sqlite3.Error,
                refusal: Refusal = "copy") -> BackupError:
    """The ``BackupError`` of a copy that could not be written in ``folder`` (reason, detail).

    SQLite says only « unable to open database file » of a folder it may not write in: the
    system's own words for it are given instead.
    """
    if not isinstance(error, OSError) and folder.is_dir() and not os.access(folder, os.W_OK):
        detail = system_reason(errno.EACCES)
    else:
        detail = system_reason(error)
    # ``untouched``: the refusal says nothing was done (no copy, no import, no restore)
    return BackupError.of(REFUSALS[refusal], folder=str(folder), detail=detail,
                          reason="not_written", untouched=True)


def back_up_before_restore(db_path: Path, *, progress: Progress | None = None,
                           cancel: threading.Event | None = None) -> Path:
    """The copy of the state a restore replaces; one not written says the restore is not done."""
    return backup_workspace(db_path, "avant-restauration", progress=progress, cancel=cancel,
                            refusal="restore")


def backup_now(db_path: Path, *, progress: Progress | None = None,
               cancel: threading.Event | None = None) -> Path:
    """Take a copy the user asked for; it stays until the user removes it.

    Copies are pruned by reason, so automatic copies never push a manual one out; nor is any
    pruned when the user takes more: each was taken on purpose, to come back to, and one gone
    without a word would fail the user the day it is needed.
    """
    return take_backup(db_path, MANUAL, progress=progress, cancel=cancel)


def prune_backups(db_path: Path, reason: str) -> None:
    """Keep the newest ``KEEP_PER_REASON`` copies of a reason; remove the older ones."""
    _prune(backups_dir(db_path), db_path.stem, reason)


def discard_backup(copy: Path) -> None:
    """Remove a copy taken for nothing (the work it guarded was rolled back)."""
    _remove_database(copy)


def delete_backup(db_path: Path, copy: Path) -> None:
    """Remove a copy of the workspace the user no longer wants; this cannot be undone.

    Manual copies are never pruned, so this is how they go. Only a copy listed for
    ``db_path`` is removed: a ``BackupError`` refuses any other file, one already gone, or one
    the system will not remove (left as it was).
    """
    if copy.resolve().parent != backups_dir(db_path).resolve():
        raise BackupError.of(NOT_A_COPY, path=copy.name)
    if not copy.is_file():
        raise BackupError.of(COPY_GONE, path=copy.name)
    if describe_copy(db_path, copy) is None:
        raise BackupError.of(NOT_A_COPY, path=copy.name)
    try:
        copy.unlink()
    except OSError as error:
        raise BackupError.of(NOT_REMOVED, path=copy.name, detail=system_reason(error),
                             folder=str(copy.parent)) from error
    with contextlib.suppress(OSError):  # the copy is gone; a leftover log goes at next pruning
        remove_companions(copy)


def reason_label(reason: str) -> str:
    """Why a copy was taken, in words (``avant-migration-0001`` reads as an update)."""
    key = "avant-migration" if reason.startswith("avant-migration") else reason
    return translate("BackupReasons", REASON_LABELS[key]) if key in REASON_LABELS else reason


def list_backups(db_path: Path) -> list[BackupCopy]:
    """The copies of a workspace, newest first (files of other names are ignored)."""
    folder = backups_dir(db_path)
    paths = folder.glob(f"{db_path.stem}-*.sqlite3") if folder.is_dir() else ()
    copies = [copy for path in paths if (copy := describe_copy(db_path, path)) is not None]
    return sorted(copies, key=lambda c: c.taken_at, reverse=True)


def describe_copy(db_path: Path, path: Path) -> BackupCopy | None:
    """What a copy's file name says (reason, moment); None for a file that is not a copy."""
    prefix = f"{db_path.stem}-"
    found = _STAMP.search(path.name)
    if found is None or not path.name.startswith(prefix) or not path.is_file():
        return None
    try:
        taken_at = datetime.strptime(found.group(1), "%Y%m%d-%H%M%S-%f")
    except ValueError:  # named like a copy, with a moment that cannot be: not one of ours
        return None
    return BackupCopy(path, path.name[len(prefix):found.start()], taken_at, path.stat().st_size,
                      looks_damaged(path))


def copy_workspace(db_path: Path, target: Path, *, progress: Progress | None = None,
                   cancel: threading.Event | None = None, at_rest: bool = False) -> None:
    """Write a consistent copy of the workspace to ``target`` (replaced if it exists).

    The copy is written beside the target under a temporary name and takes the target's place
    only once complete: a failed or cancelled copy leaves no partial file and an existing
    target as it was. ``at_rest``: ``db_path`` is a copy no program writes (see ``reading``).
    """
    if target.resolve() == db_path.resolve():
        raise ValidationError.of(SAME_FILE)
    partial = target.with_name(target.name + PARTIAL_SUFFIX)
    _remove_database(partial)
    try:
        write_over(db_path, partial, progress=progress, cancel=cancel, at_rest=at_rest)
        make_standalone(partial)
        remove_companions(target)  # a log left by the replaced file must not apply to the copy
        partial.replace(target)
    except BaseException:
        _remove_database(partial)
        raise


def _remove_database(path: Path) -> None:
    path.unlink(missing_ok=True)
    remove_companions(path)


def remove_abandoned(folder: Path, stem: str) -> None:
    """Remove the copies of ``stem`` left half-written (the app closed, crashed or killed).

    One whose writer died during its copy goes at once: SQLite's write lock on it is gone
    while its rollback journal is still there (see ``_abandoned``). Any other goes once it is
    old enough that no other window can still be writing it.
    """
    abandoned_before = time.time() - STALE_PARTIAL_SECONDS
    for partial in folder.glob(f"{stem}-*.sqlite3{PARTIAL_SUFFIX}"):
        try:
            old = partial.stat().st_mtime < abandoned_before
        except FileNotFoundError:  # another window finished or gave up its copy meanwhile
            continue
        if old or _abandoned(partial):
            # a leftover that cannot be removed must not block the copy, nor what waits on it
            with contextlib.suppress(OSError):
                _remove_database(partial)


def _abandoned(partial: Path) -> bool:
    """Whether no program is writing ``partial`` any more, known from SQLite's own locks.

    A copy is written in one transaction (see ``write_over``): its writer holds the file's
    write lock from before its journal is made until after the journal is deleted. A journal
    with no lock held is what SQLite calls hot, left by a writer that died: taking the write
    lock then succeeds (rolling that journal back). Held by a live writer, in this process or
    another, it is refused at once. Without a journal, the file may be between two moments of
    a live copy (just made, or complete and about to be renamed): it is left to its age.
    """
    if not companion(partial, "-journal").exists():
        return False
    try:
        # mode=rw: should the partial be gone meanwhile, an empty one must not be made
        connection = sqlite3.connect(f"{partial.resolve().as_uri()}?mode=rw", timeout=0,
                                     isolation_level=None, uri=True)
    except sqlite3.Error:
        return False
    try:
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("ROLLBACK")
    except sqlite3.Error:  # busy: being written; anything else: left to its age
        return False
    finally:
        connection.close()
    return True


def _prune(folder: Path, stem: str, reason: str) -> None:
    """Keep the newest copies of a reason; remove the others and any file they left behind.

    Copies left half-written are not looked for here: ``take_backup`` did, just before.
    """
    copies = sorted(folder.glob(f"{stem}-{reason}-*.sqlite3"))
    for old in copies[:-KEEP_PER_REASON]:
        _remove_database(old)
    for suffix in COMPANIONS:  # left by older versions beside copies pruned since
        for leftover in folder.glob(f"{stem}-*.sqlite3{suffix}"):
            if not leftover.with_name(leftover.name[:-len(suffix)]).exists():
                leftover.unlink(missing_ok=True)
