"""Checking a workspace that is open in the app leaves SQLite's locks on it in place.

Closing any descriptor of a file drops every POSIX lock the process holds on it: a check that
opened the file itself unlocked the open workspace for the next program to take it as unused.
"""

from __future__ import annotations

import os
import sys

import pytest

from srm_inclusif.storage.file_probe import WorkspaceError, probe
from tests.file_locks import SHARED_FIRST_BYTE, SHM_DMS_BYTE, lock_on

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="POSIX record locks")


def test_probing_the_open_workspace_keeps_it_locked(workspace) -> None:  # noqa: ANN001
    shm = workspace.path.with_name(workspace.path.name + "-shm")
    with workspace.engine.connect() as reading:  # the app reading the workspace
        reading.exec_driver_sql("SELECT count(*) FROM counterparty").fetchall()

        state = probe(workspace.path)

        assert lock_on(workspace.path, SHARED_FIRST_BYTE) == ("read", os.getpid())
        assert lock_on(shm, SHM_DMS_BYTE) == ("read", os.getpid())
    assert state.revision is not None


@pytest.mark.parametrize(("content", "sentence"), [
    (b"nom;siret\nAtelier;123\n",
     "« choisi.sqlite3 » n'est pas un espace de travail SRM Inclusif. Le fichier n'a pas été "
     "modifié."),
    (b"SQLite format 3\x00" + b"\xff" * 200,  # a SQLite file, its header damaged
     "« choisi.sqlite3 » est endommagé et ne peut pas être ouvert. Le fichier n'a pas été "
     "modifié ; restaurez une sauvegarde."),
])
def test_a_file_sqlite_refuses_is_told_apart(tmp_path, content: bytes, sentence: str) -> None:  # noqa: ANN001
    path = tmp_path / "choisi.sqlite3"
    path.write_bytes(content)

    with pytest.raises(WorkspaceError) as refused:
        probe(path)

    # SQLite's own words may follow, as « Détail technique : … »
    assert str(refused.value).split(" Détail technique : ")[0] == sentence
