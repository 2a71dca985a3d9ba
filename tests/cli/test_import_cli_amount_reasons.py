"""``import spend --json --rejects``: each refused amount is listed with its own reason."""

from __future__ import annotations

import csv
import json

from srm_inclusif.cli import main


def test_ttc_and_ambiguous_amounts_are_rejected_each_with_its_reason(capsys, tmp_path):
    path = tmp_path / "achats.csv"
    path.write_text("Raison sociale du Fournisseur;SIRET;Dépense achat (€)\n"
                    "Atelier du Lac;;100\nAtelier du Lac;;120,00 € TTC\n"
                    "Atelier du Lac;;1,234\n", encoding="utf-8")
    rejects = tmp_path / "rejets.csv"

    code = main(["--db", str(tmp_path / "e.sqlite3"), "import", "spend", str(path),
                 "--date", "2025-12-31", "--json", "--rejects", str(rejects)])

    document = json.loads(capsys.readouterr().out)
    assert code == 0
    assert (document["rows"], document["rejected"], document["amount_total_cents"]) == (
        3, 2, 10_000)
    with rejects.open(encoding="utf-8-sig", newline="") as handle:
        rows = [row for row in csv.DictReader(handle, delimiter=";")
                if row["Gravité"] == "Rejetée"]
    assert [(row["Ligne"], row["Valeur"], row["Motif"]) for row in rows] == [
        ("3", "120,00 € TTC",
         "Montant TTC : les achats se comptent hors taxes ; indiquez le montant HT."),
        ("4", "1,234", "Montant ambigu : trois chiffres après la virgule ou le point, milliers "
         "ou décimales ? Écrivez-le sans séparateur de milliers, ou avec deux décimales.")]
