"""Copies of a workspace file taken before anything destructive (migration, import, merge)."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

KEEP_PER_REASON = 10


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


def copy_workspace(db_path: Path, target: Path) -> None:
    """Write a consistent copy of the workspace to ``target`` (replaced if it exists)."""
    if target.resolve() == db_path.resolve():
        raise ValueError("target is the workspace itself")
    target.unlink(missing_ok=True)
    source = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        destination = sqlite3.connect(target)
        try:
            source.backup(destination)
        finally:
            destination.close()
    finally:
        source.close()


def _prune(folder: Path, stem: str, reason: str) -> None:
    copies = sorted(folder.glob(f"{stem}-{reason}-*.sqlite3"))
    for old in copies[:-KEEP_PER_REASON]:
        old.unlink(missing_ok=True)
