"""Files that cannot be written, for tests run as root (whom the system lets write anyway)."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest


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
