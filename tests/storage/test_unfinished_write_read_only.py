"""A workspace whose writer died mid-change, in a folder that has become read-only (a USB key
locked, a network share mounted read-only): not « endommagé », nothing to restore.

SQLite must undo the unfinished change from the ``-journal`` before reading the file, and that
needs the folder. It said « endommagé … restaurez une sauvegarde », and the app offered to put
the latest copy in its place: the work done since that copy would have been lost.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from srm_inclusif.storage.file_probe import WorkspaceError
from srm_inclusif.storage.workspace import open_workspace
from tests.read_only_support import not_writable
from tests.storage.test_restore_hot_journal import _DIE_MID_CHANGE, _names


def left_mid_change(path: Path) -> Path:
    """``path`` after a writer died mid-change: its ``-journal`` beside it, to be played back."""
    subprocess.run([sys.executable, "-c", _DIE_MID_CHANGE, str(path)], check=False)
    journal = path.with_name(path.name + "-journal")
    assert journal.exists()
    return journal


def test_it_is_refused_as_unfinished_not_damaged(closed_workspace, monkeypatch) -> None:  # noqa: ANN001
    journal = left_mid_change(closed_workspace)
    before = closed_workspace.read_bytes(), journal.read_bytes()
    not_writable(monkeypatch, closed_workspace.parent, closed_workspace, journal)

    with pytest.raises(WorkspaceError) as refused:
        open_workspace(closed_workspace)

    assert refused.value.params["reason"] == "unfinished_write"
    assert str(refused.value) == (
        "« espace.sqlite3 » n'a pas été fermé normalement : une modification interrompue doit "
        "être annulée avant de l'ouvrir, et son dossier est en lecture seule. Rendez ce dossier "
        "modifiable (ou copiez « espace.sqlite3 » avec « espace.sqlite3-journal » dans un "
        "dossier à vous), puis ouvrez-le : rien n'est perdu. Le fichier n'a pas été modifié.")
    assert (closed_workspace.read_bytes(), journal.read_bytes()) == before


def test_once_its_folder_is_writable_it_opens_as_it_was_before_the_change(
        closed_workspace, monkeypatch) -> None:  # noqa: ANN001
    journal = left_mid_change(closed_workspace)
    not_writable(monkeypatch, closed_workspace.parent, closed_workspace, journal)
    with pytest.raises(WorkspaceError):
        open_workspace(closed_workspace)
    monkeypatch.undo()  # the key unlocked

    assert _names(closed_workspace) == ["Atelier Présent"]


def test_a_read_only_file_in_a_writable_folder_is_named_not_its_folder(
        closed_workspace, monkeypatch) -> None:  # noqa: ANN001
    """« Rendez ce dossier modifiable » sent her to a folder that already was."""
    journal = left_mid_change(closed_workspace)
    not_writable(monkeypatch, closed_workspace, journal)

    with pytest.raises(WorkspaceError) as refused:
        open_workspace(closed_workspace)

    assert refused.value.params["reason"] == "unfinished_write"
    assert ("ce fichier (ou « espace.sqlite3-journal ») est en lecture seule. Rendez-les "
            "modifiables" in str(refused.value))


def test_a_restore_over_it_is_refused_and_sets_nothing_aside(
        closed_workspace, monkeypatch) -> None:  # noqa: ANN001
    """It was taken for a damaged file: moved aside as « …-endommage-….bad », copy in place."""
    from srm_inclusif.storage.backup import backup_now, backups_dir
    from srm_inclusif.storage.workspace import restore_workspace

    copy = backup_now(closed_workspace)
    journal = left_mid_change(closed_workspace)
    before = closed_workspace.read_bytes(), journal.read_bytes()
    not_writable(monkeypatch, closed_workspace, journal)

    with pytest.raises(WorkspaceError) as refused:
        restore_workspace(closed_workspace, copy)

    assert refused.value.params["reason"] == "unfinished_write"
    assert (closed_workspace.read_bytes(), journal.read_bytes()) == before
    assert [p.name for p in backups_dir(closed_workspace).iterdir()
            if "endommage" in p.name] == []


def test_a_folder_given_as_workspace_is_refused_in_french(tmp_path) -> None:  # noqa: ANN001
    """It ended in SQLite's « disk I/O error » (a traceback in the CLI)."""
    from srm_inclusif.core.errors import StorageError

    folder = tmp_path / "espace.sqlite3"
    folder.mkdir()

    with pytest.raises(StorageError) as refused:
        open_workspace(folder)

    assert "« espace.sqlite3 » n'a pas pu être lu ou écrit (c'est un dossier)" in str(
        refused.value)
