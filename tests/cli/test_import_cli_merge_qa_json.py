"""``import --json`` lists each remark on a row, as the rejects file does, beside the counts."""

from __future__ import annotations

import json

from srm_inclusif.cli import main
from tests.exchange.import_support import table_file
from tests.support import IMPORT_FIXTURES

COUNTS = {"format", "encoding", "rows", "inserted", "updated", "unchanged", "merged_duplicates",
          "rejected", "flagged", "conflicts", "seconds"}


def imported(capsys, db, *args: str) -> tuple[int, dict]:
    code = main(["--db", str(db), "import", *args, "--json"])
    return code, json.loads(capsys.readouterr().out)


def test_json_lists_the_remarks_on_supplier_rows(capsys, tmp_path):
    path = table_file(tmp_path / "annuaire.csv", ["Raison sociale", "SIRET", "E-mail"],
                      ["Avenir", "", "contact@"], ["", "", "x@y.fr"])

    code, document = imported(capsys, tmp_path / "e.sqlite3", "suppliers", str(path))

    assert code == 0
    assert document.keys() >= COUNTS
    assert (document["inserted"], document["rejected"], document["flagged"]) == (1, 1, 1)
    assert sorted(document["issues"], key=lambda issue: issue["line"]) == [
        {"severity": "flagged", "file": "annuaire.csv", "line": 2, "structure": "Avenir",
         "field": "email", "column": "E-mail", "value": "contact@",
         "reason": "Adresse e-mail invalide (gardée telle quelle)."},
        {"severity": "rejected", "file": "annuaire.csv", "line": 3, "structure": "",
         "field": "name", "column": "Raison sociale", "value": "",
         "reason": "Raison sociale manquante."}]


def test_json_lists_the_remarks_on_spend_lines(capsys, tmp_path):
    db = tmp_path / "e.sqlite3"
    imported(capsys, db, "suppliers", str(IMPORT_FIXTURES / "annuaire_esat_ea_2024.csv"))

    code, document = imported(capsys, db, "spend", str(IMPORT_FIXTURES / "achats_2025.csv"),
                              "--date", "2025-12-31")

    assert code == 0
    assert {"matched", "unmatched", "amount_total"} <= document.keys()
    refused = [issue for issue in document["issues"] if issue["severity"] == "rejected"]
    assert [(i["file"], i["line"], i["structure"], i["field"], i["value"]) for i in refused] == [
        ("achats_2025.csv", 7, "Traiteur Inconnu", "amount", "n/a")]
    assert len(document["issues"]) == document["flag_remarks"] + document["rejected"]
    assert "Bureau Express" in {issue["structure"] for issue in document["issues"]}  # unmatched


def test_json_of_an_import_without_remarks_has_an_empty_list(capsys, tmp_path):
    path = table_file(tmp_path / "annuaire.csv", ["Raison sociale", "E-mail"],
                      ["Avenir", "contact@avenir.fr"])

    code, document = imported(capsys, tmp_path / "e.sqlite3", "suppliers", str(path))

    assert (code, document["issues"]) == (0, [])
