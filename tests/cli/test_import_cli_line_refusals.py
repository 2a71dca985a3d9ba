"""``import spend --json --rejects``: a line refused for two reasons is one rejected line, and
the rejects CSV gives both reasons."""

from __future__ import annotations

import csv
import json

from srm_inclusif.cli import main


def test_a_line_refused_twice_is_one_rejected_line_with_two_reasons(capsys, tmp_path):
    path = tmp_path / "achats.csv"
    path.write_text("Raison sociale du Fournisseur;SIRET;Dépense achat (€);Date\n"
                    "Atelier du Lac;;100;31/12/2025\nAtelier du Lac;;12,5 € TTC;31/13/2025\n",
                    encoding="utf-8")
    rejects = tmp_path / "rejets.csv"

    code = main(["--db", str(tmp_path / "e.sqlite3"), "import", "spend", str(path), "--json",
                 "--rejects", str(rejects)])

    document = json.loads(capsys.readouterr().out)
    assert code == 0
    assert (document["rows"], document["rejected"]) == (2, 1)
    with rejects.open(encoding="utf-8-sig", newline="") as handle:
        rows = [row for row in csv.DictReader(handle, delimiter=";")
                if row["Gravité"] == "Rejetée"]
    assert [(row["Ligne"], row["Structure"], row["Champ"], row["Valeur"]) for row in rows] == [
        ("3", "Atelier du Lac", "Dépense achat (€)", "12,5 € TTC"),
        ("3", "Atelier du Lac", "Date", "31/13/2025")]
