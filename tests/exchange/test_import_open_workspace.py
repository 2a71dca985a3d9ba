"""Importing the open workspace itself (or its -shm / -wal) is refused before it is read.

Reading it with ``open()`` would drop SQLite's locks on it when the file is closed (POSIX locks
belong to the process): another program would then take the workspace as unused.
"""

from __future__ import annotations

import os
import sys

import pytest

from srm_inclusif.exchange.importer import ImportSettings, import_files
from srm_inclusif.exchange.sniff import ImportFormatError
from srm_inclusif.storage.workspace import open_workspace
from tests.file_locks import SHM_DMS_BYTE, lock_on

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="POSIX record locks")


@pytest.mark.parametrize("suffix", ["", "-shm", "-wal"])
def test_the_open_workspace_is_not_imported_and_stays_locked(workspace, suffix) -> None:  # noqa: ANN001
    chosen = workspace.path.with_name(workspace.path.name + suffix)
    shm = workspace.path.with_name(workspace.path.name + "-shm")
    with workspace.engine.connect() as reading:  # the app reading the workspace
        reading.exec_driver_sql("SELECT count(*) FROM counterparty").fetchall()
        assert chosen.exists()

        with pytest.raises(ImportFormatError) as refused:
            import_files(workspace.engine, [chosen], ImportSettings())

        assert lock_on(shm, SHM_DMS_BYTE) == ("read", os.getpid())
    assert str(refused.value).startswith(
        f"« {chosen.name} » est l'espace de travail ouvert (ou l'un de ses fichiers)")


def test_a_closed_workspace_file_is_read_as_any_other(tmp_path) -> None:  # noqa: ANN001
    """Once closed, the file is no longer held: it is refused as what it is (not a table)."""
    path = tmp_path / "ancien.sqlite3"
    open_workspace(path).close()
    other = open_workspace(tmp_path / "espace.sqlite3")
    try:
        with pytest.raises(ImportFormatError) as refused:
            import_files(other.engine, [path], ImportSettings())
    finally:
        other.close()
    assert str(refused.value) == (
        "« ancien.sqlite3 » n'est pas un fichier texte, ni un classeur reconnu (CSV, XLSX, XLS, "
        "ODS, JSON ou ZIP attendu).")
