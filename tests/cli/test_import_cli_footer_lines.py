"""``srm-inclusif import``: a report's total or page line is rejected, never imported."""

from __future__ import annotations

import json
from pathlib import Path

from srm_inclusif.cli import main
from tests.exchange.import_support import table_file
from tests.support import executed


def import_json(capsys, db: Path, *args: str) -> dict:
    assert main(["--db", str(db), "import", *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_the_total_line_of_a_spend_extract_is_not_counted_twice(capsys, tmp_path):
    path = tmp_path / "total.csv"
    path.write_text("Extraction ERP achats 2025\n\n"
                    "Raison sociale du Fournisseur;SIRET;Dépense achat (€)\n"
                    "Avec points;44306184100054;1 000,00\n"
                    "Classique;55210055400013;3 000,00\n"
                    ";;\n"
                    "Total;;4 000,00\n", encoding="utf-8")

    document = import_json(capsys, tmp_path / "espace.sqlite3", "spend", str(path),
                           "--date", "2025-06-30")

    assert (document["amount_total_cents"], document["rejected"]) == (400_000, 1)


def test_total_and_page_lines_of_a_directory_are_no_structures(capsys, tmp_path):
    db = tmp_path / "espace.sqlite3"
    path = table_file(tmp_path / "annuaire.csv", ["Raison sociale", "SIRET", "Type de structure"],
                      ["Un", "44306184100047", "ESAT"], ["Page 2/3", "", ""],
                      ["Deux", "44306184100054", "EA"], ["Total : 2 structures", "", ""])

    document = import_json(capsys, db, "suppliers", str(path))

    assert (document["inserted"], document["rejected"]) == (2, 2)
    assert executed(db, "SELECT name FROM counterparty ORDER BY name") == [("Deux",), ("Un",)]
