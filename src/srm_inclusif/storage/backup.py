"""Copies of a workspace file taken before anything destructive (migration, import, merge)."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP, translate

KEEP_PER_REASON = 10
#: Why copies are taken, in words (the UI translates them, context "BackupReasons").
REASON_LABELS = {
    "avant-import": QT_TRANSLATE_NOOP("BackupReasons", "Avant un import"),
    "avant-restauration": QT_TRANSLATE_NOOP("BackupReasons", "Avant une restauration"),
    "avant-migration": QT_TRANSLATE_NOOP("BackupReasons",
                                         "Avant une mise à jour de l'application"),
}
_STAMP = re.compile(r"-(\d{8}-\d{6}-\d{6})\.sqlite3$")


@dataclass(frozen=True)
class BackupCopy:
    """One copy of a workspace: its file, why it was taken (``avant-import``...), when."""

    path: Path
    reason: str
    taken_at: datetime
    size: int


def backups_dir(db_path: Path) -> Path:
    """Folder holding the copies of one workspace: ``<file>.sauvegardes`` beside it."""
    return db_path.with_name(db_path.name + ".sauvegardes")


def backup_workspace(db_path: Path, reason: str) -> Path:
    """Copy the workspace consistently (SQLite online backup); prune old copies of that reason."""
    folder = backups_dir(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{db_path.stem}-{reason}-{stamp}.sqlite3"
    copy_workspace(db_path, target)
    _prune(folder, db_path.stem, reason)
    return target


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
    taken_at = datetime.strptime(found.group(1), "%Y%m%d-%H%M%S-%f")
    return BackupCopy(path, path.name[len(prefix):found.start()], taken_at, path.stat().st_size)


def copy_workspace(db_path: Path, target: Path) -> None:
    """Write a consistent copy of the workspace to ``target`` (replaced if it exists)."""
    if target.resolve() == db_path.resolve():
        raise ValueError("target is the workspace itself")
    target.unlink(missing_ok=True)
    write_over(db_path, target)


def write_over(source: Path, destination: Path) -> None:
    """Copy a database page by page into another (SQLite online backup; the source read-only).

    An existing destination is overwritten in place, its write-ahead log included.
    """
    reader = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        writer = sqlite3.connect(destination)
        try:
            reader.backup(writer)
        finally:
            writer.close()
    finally:
        reader.close()


def _prune(folder: Path, stem: str, reason: str) -> None:
    copies = sorted(folder.glob(f"{stem}-{reason}-*.sqlite3"))
    for old in copies[:-KEEP_PER_REASON]:
        old.unlink(missing_ok=True)
