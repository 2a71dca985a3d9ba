"""A mistyped ``--db``: every command but ``demo`` refuses it and creates nothing.

``suppliers search`` on a path where there is no workspace answered « Aucune structure ne
correspond. » and left an empty workspace there. ``import`` created a workspace without a profile
(no folder checked, « 10 ajoutées », even « rien n'a été enregistré » with ``--dry-run``) that the
application then refused to open: the lines were stranded. Only ``demo``, which configures what it
creates, still creates one.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from srm_inclusif.cli import main
from tests.support import IMPORT_FIXTURES

MISSING = ("L'espace de travail « {path} » n'existe pas. Vérifiez le chemin, ou ouvrez "
           "l'application pour en créer un.")
SUPPLIERS = str(IMPORT_FIXTURES / "annuaire_esat_ea_2024.csv")
READING = [
    ["import", "suppliers", SUPPLIERS],
    ["import", "spend", str(IMPORT_FIXTURES / "achats_2025.csv"), "--dry-run"],
    ["backup"],
    ["restore"],
    ["restore", "1"],
    ["suppliers", "search", "lyon"],
    ["stats", "--year", "2026"],
    ["oeth", "--year", "2026", "--headcount", "30", "--boeth", "0"],
    ["export", "sheets", "--year", "2026", "--out", "{out}"],
    ["check"],
]


@pytest.mark.parametrize("argv", READING, ids=[" ".join(a[:2]) for a in READING])
def test_a_reading_command_refuses_a_missing_workspace_and_creates_nothing(
        capsys, tmp_path: Path, argv: list[str]) -> None:
    typo = tmp_path / "typo" / "nope.sqlite3"
    out_dir = tmp_path / "fiches"
    before = sorted(tmp_path.iterdir())  # the workspaces made (conftest)
    code = main(["--db", str(typo), *[a.format(out=out_dir) for a in argv]])
    out, err = capsys.readouterr()
    assert code == 1
    assert out == ""
    assert err.startswith(f"Erreur : {MISSING.format(path=typo)}")
    assert sorted(tmp_path.iterdir()) == before  # no workspace, no folder, no log, no export


def test_the_refusal_names_the_option_to_check_and_answers_json(capsys, tmp_path: Path) -> None:
    typo = tmp_path / "typo.sqlite3"
    code = main(["--db", str(typo), "suppliers", "search", "lyon", "--json"])
    out, err = capsys.readouterr()
    assert code == 1
    assert json.loads(out) == {"error": MISSING.format(path=typo)}
    assert not typo.exists()


def test_an_empty_file_is_not_read_as_an_empty_workspace(capsys, tmp_path: Path) -> None:
    empty = tmp_path / "vide.sqlite3"
    empty.touch()
    code = main(["--db", str(empty), "stats", "--year", "2026"])
    _, err = capsys.readouterr()
    assert code == 1
    assert err == (f"Erreur : « {empty} » est vide : ce n'est pas un espace de travail. "
                   "Le fichier n'a pas été modifié.\n")
    assert empty.stat().st_size == 0


def test_demo_still_creates_its_workspace_which_the_import_then_fills(
        capsys, tmp_path: Path) -> None:
    new = tmp_path / "nouveau" / "demo.sqlite3"
    assert main(["--db", str(new), "demo"]) == 0
    assert main(["--db", str(new), "import", "suppliers", SUPPLIERS]) == 0
    assert "3 ajoutées" in capsys.readouterr().out
