"""A mistyped ``--db``: commands that only read refuse it and create nothing.

``suppliers search`` on a path where there is no workspace answered « Aucune structure ne
correspond. » and left an empty workspace there; ``check`` already refused. Commands that fill a
workspace (demo, import) still create it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from srm_inclusif.cli import main
from tests.support import IMPORT_FIXTURES

READING = [
    ["suppliers", "search", "lyon"],
    ["stats", "--year", "2026"],
    ["oeth", "--year", "2026", "--headcount", "30", "--boeth", "0"],
    ["export", "sheets", "--year", "2026", "--out", "{out}"],
    ["check"],
]


@pytest.mark.parametrize("argv", READING, ids=[" ".join(a[:2]) for a in READING])
def test_a_reading_command_refuses_a_missing_workspace_and_creates_nothing(
        capsys, tmp_path: Path, argv: list[str]) -> None:
    typo = tmp_path / "typo.sqlite3"
    out_dir = tmp_path / "fiches"
    code = main(["--db", str(typo), *[a.format(out=out_dir) for a in argv]])
    out, err = capsys.readouterr()
    assert code == 1
    assert out == ""
    assert err.startswith(f"Erreur : « {typo} » n'existe pas")
    assert sorted(tmp_path.iterdir()) == []  # no workspace, no log, no export folder


def test_the_refusal_names_the_option_to_check_and_answers_json(capsys, tmp_path: Path) -> None:
    typo = tmp_path / "typo.sqlite3"
    code = main(["--db", str(typo), "suppliers", "search", "lyon", "--json"])
    out, err = capsys.readouterr()
    assert code == 1
    assert json.loads(out) == {"error": (
        f"« {typo} » n'existe pas : vérifiez le chemin de l'espace de travail (--db, sinon "
        "$SRM_INCLUSIF_DB). Aucun fichier n'a été créé.")}
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


def test_an_import_still_creates_its_workspace(capsys, tmp_path: Path) -> None:
    new = tmp_path / "nouveau.sqlite3"
    code = main(["--db", str(new), "import", "suppliers",
                 str(IMPORT_FIXTURES / "annuaire_esat_ea_2024.csv")])
    capsys.readouterr()
    assert code == 0
    assert new.exists()
    assert main(["--db", str(new), "suppliers", "search", "--limit", "1"]) == 0
    assert capsys.readouterr().out.endswith("1 structure.\n")
