"""The command line: version, demo, check and exit codes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from srm_inclusif import __version__
from srm_inclusif.cli import main
from tests.support import IMPORT_FIXTURES


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "srm_inclusif", *args], capture_output=True,
                          text=True, timeout=300, env={**os.environ, **(env or {})})


def test_version(capsys) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_demo_then_check(tmp_path: Path) -> None:
    db = tmp_path / "w.sqlite3"
    demo = run_cli("--db", str(db), "demo")
    assert demo.returncode == 0, demo.stderr
    assert "360 structures" in demo.stdout
    check = run_cli("--db", str(db), "check")
    assert check.returncode == 0, check.stderr
    assert "Espace de travail sain" in check.stdout
    assert "Version du schéma : 0" in check.stdout


def test_environment_variable_names_the_workspace(tmp_path: Path, capsys) -> None:
    db = tmp_path / "env.sqlite3"
    os.environ["SRM_INCLUSIF_DB"] = str(db)
    try:
        assert main(["check"]) == 1  # does not exist yet
        assert "n'existe pas" in capsys.readouterr().err
    finally:
        del os.environ["SRM_INCLUSIF_DB"]


@pytest.mark.parametrize("content", [b"", b"\x00\xff" * 5000])
def test_check_refuses_broken_files(tmp_path: Path, content: bytes, capsys) -> None:
    db = tmp_path / "broken.sqlite3"
    db.write_bytes(content or b"not sqlite at all")
    assert main(["--db", str(db), "check"]) == 1
    assert "n'est pas un espace de travail" in capsys.readouterr().err
    assert db.read_bytes() == (content or b"not sqlite at all")


def test_demo_refuses_a_workspace_with_data(demo_workspace, capsys) -> None:
    assert main(["--db", str(demo_workspace.path), "demo"]) == 1
    assert "contient déjà des données" in capsys.readouterr().err


def test_usage_error_exits_2(capsys) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--no-such-option"])
    assert exit_info.value.code == 2
    assert capsys.readouterr().err.splitlines()[-1] == (
        "srm-inclusif : erreur : arguments non reconnus : --no-such-option")


@pytest.mark.parametrize(("argv", "said"), [
    (["export", "sheets"],
     "srm-inclusif export sheets : erreur : arguments obligatoires manquants : --out"),
    (["stats", "--year", "2026", "--basis", "livré"],
     "srm-inclusif stats : erreur : argument --basis : base inconnue : « livré » "
     "(choisissez commandé, facturé ou payé)"),
    (["stats", "--year"],
     "srm-inclusif stats : erreur : argument --year : une valeur est attendue"),
])
def test_usage_errors_are_said_in_french(capsys, argv, said) -> None:
    with pytest.raises(SystemExit):
        main(["--db", "inutile.sqlite3", *argv])
    assert capsys.readouterr().err.splitlines()[-1] == said


def test_restore_lists_the_copies_and_puts_one_back(tmp_path: Path) -> None:
    db = tmp_path / "w.sqlite3"
    assert run_cli("--db", str(db), "demo").returncode == 0
    imported = run_cli("--db", str(db), "import", "suppliers",
                       str(IMPORT_FIXTURES / "export_hosmoz.csv"))
    assert imported.returncode == 0, imported.stderr

    listed = run_cli("--db", str(db), "restore")
    restored = run_cli("--db", str(db), "restore", "1")
    check = run_cli("--db", str(db), "check")
    again = run_cli("--db", str(db), "restore")
    wrong = run_cli("--db", str(db), "restore", "9")

    assert listed.returncode == 0
    assert " 1. " in listed.stdout
    assert "Avant un import" in listed.stdout
    assert restored.returncode == 0, restored.stderr
    assert "L'état remplacé est gardé" in restored.stdout
    assert "360 structures" in check.stdout  # the three imported ones are gone
    assert "Avant une restauration" in again.stdout.splitlines()[1]
    assert wrong.returncode == 1
    assert "pas de sauvegarde numéro 9" in wrong.stderr
