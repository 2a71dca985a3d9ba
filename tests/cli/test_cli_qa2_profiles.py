"""``srm-inclusif import`` and the saved mapping profiles: chosen as the wizard chooses them.

QA imported a spreadsheet whose saved profile the wizard applies by itself: the command line
ignored it without ``--profile``, and 7 of its 11 columns went unread without a word. Typed
« annuaire commande publique », the saved « Annuaire commande publique » was unknown.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from srm_inclusif.cli import main
from srm_inclusif.storage.services.imports import save_mapping_profile
from srm_inclusif.storage.workspace import open_workspace
from tests.exchange.import_support import table_file
from tests.support import executed

#: Headers the app does not know but « Dénomination » and « Rue »: a buyer's own directory.
HEADER = ["Dénomination", "Rue", "Identifiant établissement", "Commune d'implantation", "Site"]
ROW = ["Atelier Vert", "2 rue Neuve", "443 061 841 00047", "Lyon", "atelier-vert.fr"]
PROFILE = "Réseau Établissements"
APPLIED = f"Profil « {PROFILE} » appliqué (il correspond aux colonnes du fichier)."


def _with_profile(db: Path) -> None:
    workspace = open_workspace(db)
    try:
        save_mapping_profile(workspace.engine, name=PROFILE, target="suppliers", mapping={
            "Dénomination": "name", "Identifiant établissement": "siret",
            "Commune d'implantation": "city"})
    finally:
        workspace.close()


def _import(capsys, db: Path, table: Path, *options: str) -> tuple[int, list[str]]:  # noqa: ANN001
    code = main(["--db", str(db), "import", "suppliers", str(table), *options])
    out, _err = capsys.readouterr()
    return code, out.splitlines()


def _cards(db: Path) -> list[tuple[str, str | None, str | None]]:
    return [tuple(row) for row in executed(db, "SELECT name, siret, city FROM counterparty")]


@pytest.mark.parametrize("street", [True, False], ids=["columns known", "one column known"])
def test_a_fitting_profile_is_applied_and_said(capsys, tmp_path, street):
    """A file with one known column only is read with the profile too, as the wizard does."""
    db = tmp_path / "e.sqlite3"
    _with_profile(db)
    kept = [index for index, title in enumerate(HEADER) if street or title != "Rue"]
    table = table_file(tmp_path / "annuaire.csv", [HEADER[i] for i in kept],
                       [ROW[i] for i in kept])

    code, lines = _import(capsys, db, table)

    assert code == 0
    assert APPLIED in lines
    assert "Colonnes non importées : « Site »." in lines
    assert _cards(db) == [("Atelier Vert", "44306184100047", "Lyon")]


def test_without_a_profile_the_columns_left_unread_are_named(capsys, tmp_path):
    db = tmp_path / "e.sqlite3"
    table = table_file(tmp_path / "annuaire.csv", HEADER, ROW)

    code, lines = _import(capsys, db, table)

    assert code == 0
    assert not any(line.startswith("Profil ") for line in lines)
    assert ("Colonnes non importées : « Identifiant établissement », « Commune d'implantation », "
            "« Site ».") in lines


def test_the_profile_is_named_case_and_accents_aside(capsys, tmp_path):
    db = tmp_path / "e.sqlite3"
    _with_profile(db)
    table = table_file(tmp_path / "annuaire.csv", HEADER, ROW)

    code, lines = _import(capsys, db, table, "--profile", "reseau etablissements")

    assert code == 0
    assert APPLIED not in lines  # the user named it
    assert _cards(db) == [("Atelier Vert", "44306184100047", "Lyon")]
