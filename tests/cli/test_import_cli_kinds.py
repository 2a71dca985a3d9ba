"""``srm-inclusif import suppliers``: a file without a type never turns an ESAT into a classic
supplier, and an inclusive directory's new structure without a type is reported."""

from __future__ import annotations

import json
from pathlib import Path

from srm_inclusif.cli import main
from tests.exchange.import_support import table_file
from tests.support import executed


def import_json(capsys, db: Path, path: Path) -> dict:
    assert main(["--db", str(db), "import", "suppliers", str(path), "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_a_file_without_type_leaves_the_esat_an_esat(capsys, tmp_path):
    db = tmp_path / "espace.sqlite3"
    import_json(capsys, db, table_file(tmp_path / "k1.csv", [
        "Raison sociale", "SIRET", "Code postal", "Ville", "Type de structure"], [
        "ESAT Alpha", "44306184100047", "69003", "Lyon", "ESAT"]))

    again = import_json(capsys, db, table_file(tmp_path / "k2.csv", ["Raison sociale", "SIRET"],
                                               ["ESAT Alpha", "44306184100047"]))

    assert (again["updated"], again["unchanged"], again["conflicts"]) == (0, 1, 0)
    assert executed(db, "SELECT name, kind FROM counterparty") == [("ESAT Alpha", "ESAT")]


def test_a_marche_row_without_type_is_flagged_on_its_line(capsys, tmp_path):
    db = tmp_path / "espace.sqlite3"
    path = table_file(tmp_path / "liste_structures.csv", [
        "Raison sociale", "Enseigne", "Type de structure", "Code postal", "Ville",
        "Référence client 1"], ["Sans Type", "", "", "75001", "Paris", ""])

    assert main(["--db", str(db), "import", "suppliers", str(path)]) == 0

    shown = capsys.readouterr().out
    assert ("liste_structures.csv:2, « Type de structure » : Type de structure absent : nouvelle "
            "fiche enregistrée en « Classique », à corriger sur la fiche.") in shown
    assert executed(db, "SELECT kind FROM counterparty") == [("CLASSIC",)]
