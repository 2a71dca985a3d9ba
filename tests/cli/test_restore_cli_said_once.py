"""``restore --file`` refused: the workspace left as it was is said once, whatever the cause."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import pytest

from srm_inclusif.cli import main

UNTOUCHED = ("n'a pas été modifié", "Rien n'a été modifié")


def _chosen(closed_workspace: Path, tmp_path: Path) -> Path:
    chosen = tmp_path / "ailleurs.sqlite3"
    chosen.write_bytes(closed_workspace.read_bytes())
    return chosen


def _restore(capsys: pytest.CaptureFixture[str], workspace: Path, chosen: Path) -> str:
    code = main(["--db", str(workspace), "restore", "--file", str(chosen)])
    assert code == 1
    return capsys.readouterr().err


def _said(err: str) -> int:
    return sum(err.count(words) for words in UNTOUCHED)


def test_a_workspace_in_use_says_once_that_it_was_not_changed(closed_workspace, tmp_path,
                                                              capsys):
    chosen = _chosen(closed_workspace, tmp_path)
    other = sqlite3.connect(closed_workspace, timeout=0.1)  # another program writing to it
    other.execute("BEGIN IMMEDIATE")
    try:
        err = _restore(capsys, closed_workspace, chosen)
    finally:
        other.rollback()
        other.close()

    assert "fermez les autres fenêtres" in err
    assert "locked" not in err
    assert _said(err) == 1


def test_a_full_disk_for_the_copy_aside_says_once_that_nothing_changed(
        closed_workspace, tmp_path, capsys, monkeypatch):
    chosen = _chosen(closed_workspace, tmp_path)

    def full(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("srm_inclusif.storage.backup.copy_workspace", full)
    err = _restore(capsys, closed_workspace, chosen)

    assert "(disque plein)" in err
    assert "La restauration n'a pas été faite" in err
    assert _said(err) == 1


def test_a_disk_error_says_once_that_nothing_changed(closed_workspace, tmp_path, capsys,
                                                     monkeypatch):
    chosen = _chosen(closed_workspace, tmp_path)

    def failing(*_args: object, **_kwargs: object) -> None:
        error = sqlite3.OperationalError("disk I/O error")
        error.sqlite_errorcode = sqlite3.SQLITE_IOERR_WRITE  # type: ignore[attr-defined]
        raise error

    monkeypatch.setattr("srm_inclusif.storage.workspace.write_over", failing)
    err = _restore(capsys, closed_workspace, chosen)

    assert "(erreur de lecture ou d'écriture du disque)" in err
    assert "disk I/O" not in err
    assert _said(err) == 1


def test_a_file_that_is_no_workspace_says_it_after_what_to_choose(closed_workspace, tmp_path,
                                                                  capsys):
    chosen = tmp_path / "notes.sqlite3"
    chosen.write_bytes(b"quelques notes, pas une base")

    err = _restore(capsys, closed_workspace, chosen)

    assert err.rstrip().endswith("(fichier .sqlite3). L'espace de travail n'a pas été modifié.")
    assert err.count("L'espace de travail n'a pas été modifié") == 1
