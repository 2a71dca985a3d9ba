"""Files that cannot be written, for tests run as root (whom the system lets write anyway)."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

#: Runs a command without root's power to write any file (``setpriv``): the rights then apply.
DROP = ["setpriv", "--bounding-set", "-dac_override,-dac_read_search", "--"]


def rights_prefix() -> list[str] | None:
    """The prefix that runs a command with the files' rights applied; None if none can.

    Nothing for a user; ``DROP`` for root where ``setpriv`` works (not in every container).
    """
    if os.geteuid() != 0:
        return []
    if shutil.which("setpriv") is None:
        return None
    probe = subprocess.run([*DROP, "true"], capture_output=True, check=False)
    return DROP if probe.returncode == 0 else None


def not_writable(monkeypatch: pytest.MonkeyPatch, *paths: Path) -> None:
    """Make ``os.access`` say these files cannot be written, as it says to their owner.

    The workspace is then opened read-only, and SQLite itself refuses every change to it,
    root or not.
    """
    real = os.access
    names = {str(path) for path in paths}

    def access(path: object, mode: int, **kwargs: object) -> bool:
        if mode & os.W_OK and str(path) in names:
            return False
        return real(path, mode, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "access", access)


def row_count(path: Path, table: str) -> int:
    """How many rows ``table`` of the workspace file holds, read without writing anything."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        connection.close()
