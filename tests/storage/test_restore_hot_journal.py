"""Restoring from a file whose writer died mid-change puts back its last complete state."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

from srm_inclusif.storage.backup import backup_now
from srm_inclusif.storage.workspace import open_workspace, restore_workspace

#: A program that renames every supplier, writes enough to spill those pages into the file
#: before its commit, and dies there: a ``-journal`` is left that SQLite must roll back.
_DIE_MID_CHANGE = """
import os, sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("PRAGMA journal_mode=DELETE")
connection.execute("PRAGMA cache_size=10")
connection.execute("CREATE TABLE filler (x BLOB)")
connection.execute("BEGIN")
connection.execute("UPDATE counterparty SET name = 'Nom à moitié écrit'")
connection.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                   "WHERE i < 400) INSERT INTO filler SELECT randomblob(2000) FROM n")
os._exit(1)
"""


def _half_written_copy(closed_workspace: Path, folder: Path) -> Path:
    copy = folder / "copie.sqlite3"
    shutil.copyfile(backup_now(closed_workspace), copy)
    subprocess.run([sys.executable, "-c", _DIE_MID_CHANGE, str(copy)], check=False)
    assert copy.with_name(copy.name + "-journal").exists()
    as_on_disk = sqlite3.connect(f"{copy.as_uri()}?mode=ro&immutable=1", uri=True)
    try:  # the file itself holds the unfinished change: only its journal undoes it
        assert as_on_disk.execute("SELECT name FROM counterparty").fetchall() == [
            ("Nom à moitié écrit",)]
    finally:
        as_on_disk.close()
    return copy


def _names(path: Path) -> list[str]:
    workspace = open_workspace(path)
    try:
        with workspace.engine.connect() as connection:
            rows = connection.exec_driver_sql("SELECT name FROM counterparty").fetchall()
    finally:
        workspace.close()
    return [row[0] for row in rows]


def test_restoring_a_file_left_mid_change_gives_its_last_complete_state(
        closed_workspace: Path, tmp_path: Path) -> None:
    copy = _half_written_copy(closed_workspace, tmp_path)

    restore_workspace(closed_workspace, copy)

    assert _names(closed_workspace) == ["Atelier Présent"]

