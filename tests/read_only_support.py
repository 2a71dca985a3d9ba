"""Files that cannot be written, for tests run as root (whom the system lets write anyway).

Also the read-only workspace and its main window the UI tests open (Qt imported only there:
the storage and CLI tests use this module without it).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from srm_inclusif.storage.workspace import Workspace
    from srm_inclusif.ui.context import WorkspaceContext
    from srm_inclusif.ui.main_window import MainWindow

#: How a control that would change a read-only workspace says why it is off.
READ_ONLY_WHY = "Lecture seule : rien ne peut être modifié dans cet espace de travail."
#: How every button or action that only adds to a read-only workspace says why it is off.
REFUSED_TO_ADD = "Impossible d'ajouter quoi que ce soit : l'espace de travail est en lecture seule."
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


@contextmanager
def opened_read_only(monkeypatch: pytest.MonkeyPatch, path: Path) -> Iterator[WorkspaceContext]:
    """The workspace at ``path`` opened read-only (its file not writable), on DEMO_TODAY."""
    from srm_inclusif.storage.workspace import open_workspace
    from srm_inclusif.ui.context import WorkspaceContext
    from tests.conftest import DEMO_TODAY

    not_writable(monkeypatch, path)
    opened = open_workspace(path)
    assert opened.read_only
    try:
        yield WorkspaceContext(opened, today=lambda: DEMO_TODAY)
    finally:
        opened.close()


@contextmanager
def reopened_read_only(monkeypatch: pytest.MonkeyPatch,
                       workspace: Workspace) -> Iterator[WorkspaceContext]:
    """``workspace`` closed, then opened again read-only with what it holds, on DEMO_TODAY."""
    workspace.close()
    with opened_read_only(monkeypatch, workspace.path) as ctx:
        yield ctx


def demo_copy(demo_file: Path, tmp_path: Path) -> Path:
    """A copy of the demo workspace in ``tmp_path``, to open read-only."""
    path = tmp_path / "demo.sqlite3"
    shutil.copy(demo_file, path)
    return path


def shown_window(qtbot: Any, ctx: WorkspaceContext) -> MainWindow:  # noqa: ANN401 — pytest-qt
    """The main window on ``ctx``, shown (closed with the test)."""
    from srm_inclusif.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    return window
