"""``restore`` and ``backup`` from the command line: a damaged copy, a folder, no stray file."""

from __future__ import annotations

from pathlib import Path

import pytest

from srm_inclusif.cli import main
from srm_inclusif.storage.backup import backup_now
from tests.restore_files import cut_short


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_the_list_marks_a_damaged_copy(closed_workspace, capsys):
    cut_short(backup_now(closed_workspace))
    backup_now(closed_workspace)

    code, out, _err = _run(capsys, "--db", str(closed_workspace), "restore")

    lines = out.splitlines()[1:]
    assert code == 0
    assert lines[0].endswith(" Mo")
    assert lines[1].endswith(" Mo  endommagée : ne peut pas être restaurée")


def test_restoring_a_damaged_listed_copy_says_to_choose_another(closed_workspace, capsys):
    damaged = cut_short(backup_now(closed_workspace))

    code, _out, err = _run(capsys, "--db", str(closed_workspace), "restore", "1")

    assert code == 1
    assert err == (f"Erreur : La copie « {damaged.name} » est endommagée et ne peut pas être "
                   "restaurée. L'espace de travail n'a pas été modifié : choisissez une autre "
                   "copie.\n")


def test_restoring_a_damaged_file_says_once_that_nothing_changed(closed_workspace, tmp_path,
                                                                 capsys):
    chosen = tmp_path / "tr.sqlite3"
    chosen.write_bytes(closed_workspace.read_bytes())
    cut_short(chosen)

    code, _out, err = _run(capsys, "--db", str(closed_workspace), "restore", "--file",
                           str(chosen))

    assert code == 1
    assert "malformed" not in err
    assert err.count("n'a pas été modifié") == 1
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("tr.")) == [
        "tr.sqlite3"]


def test_restoring_a_folder_says_it_is_a_folder(closed_workspace, tmp_path, capsys):
    code, _out, err = _run(capsys, "--db", str(closed_workspace), "restore", "--file",
                           str(tmp_path))

    assert code == 1
    assert err == (f"Erreur : « {tmp_path} » est un dossier : donnez le chemin d'un fichier de "
                   "sauvegarde (.sqlite3). L'espace de travail n'a pas été modifié.\n")


def test_backup_leaves_no_log_file_beside_the_workspace(closed_workspace, capsys):
    code, _out, _err = _run(capsys, "--db", str(closed_workspace), "backup")

    assert code == 0
    assert [p.name for p in Path(closed_workspace).parent.iterdir()
            if p.name.startswith(closed_workspace.name + "-")] == []
