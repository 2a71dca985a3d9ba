"""Every command on a read-only workspace: reading ones work, writing ones refuse in French.

The workspace is made read-only as in ``tests/storage/test_read_only_workspace.py`` (``os.access``
answering as for the file's owner); no command may end with a traceback.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from srm_inclusif.cli import main
from tests.read_only_support import not_writable, row_count

READ_ONLY = "L'espace de travail « {name} » est en lecture seule"

#: Commands that only read, and a line each prints.
READING = [
    (["check"], "Espace de travail sain"),
    (["suppliers", "search", "nett", "--limit", "2"], "2 structures."),
    (["stats", "--year", "2026"], "Indicateurs 2026"),
    (["oeth", "--year", "2026", "--headcount", "100", "--boeth", "2"], "Estimation OETH 2026"),
    (["export", "sheets", "--year", "2026", "--format", "xlsx", "--provisoire", "--out", "{out}"],
     "fiches-objectifs-2026-resultats.xlsx"),
    (["restore"], "Aucune sauvegarde"),
]


@pytest.fixture
def read_only_demo(demo_workspace, monkeypatch) -> Path:
    """The demo workspace's file, closed and read-only."""
    demo_workspace.close()
    not_writable(monkeypatch, demo_workspace.path)
    return demo_workspace.path


def _run(capsys: pytest.CaptureFixture[str], path: Path, *argv: str) -> tuple[int, str, str]:
    code = main(["--db", str(path), *argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(("argv", "printed"), READING, ids=[a[0] for a, _p in READING])
def test_a_command_that_only_reads_works_on_a_read_only_workspace(
        capsys, read_only_demo, tmp_path, argv, printed):
    before = read_only_demo.read_bytes()
    files = _files(read_only_demo.parent)
    argv = [arg.format(out=tmp_path / "fiches") for arg in argv]
    code, out, err = _run(capsys, read_only_demo, *argv)
    assert (code, err) == (0, "")
    assert printed in out
    assert read_only_demo.read_bytes() == before
    assert _files(read_only_demo.parent) == files  # no log file left beside it


def _files(folder: Path) -> set[str]:
    return {path.name for path in folder.iterdir() if path.is_file()}


def test_the_demo_in_a_read_only_empty_workspace_is_refused_in_french(
        capsys, workspace, monkeypatch):
    workspace.close()
    not_writable(monkeypatch, workspace.path)
    code, out, err = _run(capsys, workspace.path, "demo")
    assert (code, out) == (1, "")
    assert err.startswith("Erreur : " + READ_ONLY.format(name="espace.sqlite3"))
    assert err.rstrip().endswith("Rien n'a été modifié.")
    assert row_count(workspace.path, "counterparty") == 0


def test_a_restore_over_a_read_only_workspace_says_once_that_nothing_changed(
        capsys, closed_workspace, monkeypatch):
    copy = closed_workspace.with_name("ailleurs.sqlite3")
    copy.write_bytes(closed_workspace.read_bytes())
    not_writable(monkeypatch, closed_workspace)
    code, _out, err = _run(capsys, closed_workspace, "restore", "--file", str(copy))
    assert code == 1
    assert READ_ONLY.format(name="espace.sqlite3") in err
    assert err.count("modifié.") == 1  # « Rien n'a été modifié. », not said twice


@pytest.mark.parametrize("as_json", [False, True])
def test_sheets_exported_beside_a_read_only_workspace_are_refused_before_any_work(
        capsys, read_only_demo, monkeypatch, as_json):
    """The folder of a read-only workspace is often read-only too: --out there is refused."""
    not_writable(monkeypatch, read_only_demo, read_only_demo.parent)
    out = read_only_demo.parent / "fiches"
    code, printed, err = _run(capsys, read_only_demo, "export", "sheets", "--year", "2026",
                              "--provisoire", "--out", str(out), *(["--json"] if as_json else []))
    assert code == 1
    assert err.startswith(f"Erreur : --out : impossible d'écrire dans le dossier "
                          f"« {read_only_demo.parent} » (droits insuffisants)")
    assert "Aucun fichier n'a été écrit." in err
    assert not out.exists()
    if as_json:
        assert "lecture" not in json.loads(printed)["error"]
        assert json.loads(printed)["error"].startswith("--out : impossible d'écrire")


def test_a_file_the_system_refuses_ends_with_a_french_message_not_a_traceback(
        capsys, read_only_demo, tmp_path):
    """The workbook's name taken by a folder: the system refuses to write it."""
    (tmp_path / "fiches-objectifs-2026-resultats.xlsx").mkdir()
    code, out, err = _run(capsys, read_only_demo, "export", "sheets", "--year", "2026",
                          "--format", "xlsx", "--provisoire", "--out", str(tmp_path))
    assert (code, out) == (1, "")
    assert err == (f"Erreur : « {tmp_path / 'fiches-objectifs-2026-resultats.xlsx'} » n'a pas "
                   "pu être utilisé (c'est un dossier) : vérifiez ce chemin et vos droits sur "
                   "lui et sur son dossier, puis recommencez.\n")
