"""A file dialog showing the workspace's folder leaves SQLite's locks on the workspace in place.

The dialog's file list used to read ``x.sqlite3-shm`` to guess its type; closing that file
dropped the app's read lock on it (POSIX), so the next program opening the workspace thought
it was alone, shrank that file, and the app died of a bus error in its next big write.
No window uses Qt's file dialog itself: ruff's banned-api rule (TID251, pyproject.toml) allows
it in ``ui/file_dialogs.py`` only.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QFileSystemModel, QMainWindow

from srm_inclusif.ui import file_dialogs, workspace_files
from tests.file_locks import SHM_DMS_BYTE, lock_on

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="POSIX record locks")


def _look_then_cancel(qtbot, folder: Path, seen: list[set[str]]) -> None:  # noqa: ANN001
    """Wait until the shown dialog lists ``folder``'s files (what it shows them with), cancel."""
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, QFileDialog)
    model = dialog.findChild(QFileSystemModel)
    root = model.index(str(folder))
    names = {"espace.sqlite3", "espace.sqlite3-shm", "espace.sqlite3-wal"}
    model.setNameFilters([])  # also list the files the filter hides, as « Tous les fichiers »
    qtbot.waitUntil(lambda: names <= {model.index(row, 0, root).data()
                                      for row in range(model.rowCount(root))})
    seen.append({model.index(row, 2, root).data() for row in range(model.rowCount(root))})
    dialog.reject()


def test_saving_a_copy_keeps_the_workspace_locked(qtbot, workspace) -> None:  # noqa: ANN001
    window = QMainWindow()
    qtbot.addWidget(window)
    shm = workspace.path.with_name(workspace.path.name + "-shm")
    seen: list[set[str]] = []
    with workspace.engine.connect() as reading:  # the app reading the workspace
        reading.exec_driver_sql("SELECT count(*) FROM counterparty").fetchall()
        before = lock_on(shm, SHM_DMS_BYTE)
        QTimer.singleShot(0, lambda: _look_then_cancel(qtbot, workspace.path.parent, seen))

        assert workspace_files.save_workspace_copy(window, workspace.path) is None  # cancelled

        after = lock_on(shm, SHM_DMS_BYTE)
    assert len(seen) == 1  # the dialog did list the files...
    assert all(seen[0])  # ...each with a type
    assert before == ("read", os.getpid())
    assert after == ("read", os.getpid())


def test_the_type_column_names_files_by_their_name(qtbot, tmp_path) -> None:  # noqa: ANN001
    (tmp_path / "liste.csv").write_text("a;b\n", encoding="utf-8")
    dialog = file_dialogs.file_dialog(None, "", str(tmp_path), "")
    qtbot.addWidget(dialog)
    dialog.show()
    model = dialog.findChild(QFileSystemModel)
    root = model.index(str(tmp_path))

    qtbot.waitUntil(lambda: model.rowCount(root) == 1)

    assert model.index(0, 2, root).data() == "CSV document"  # the MIME type's own name
