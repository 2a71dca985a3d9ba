"""`srm-inclusif import spend` says the amount a month overlapping the last one adds (QA round 3).

« total 34 445,40 € HT » counted the lines found unchanged: the amount added and the new amount of
the corrected invoices are given apart, in the text and in ``--json`` (``amount_total`` kept).
"""

from __future__ import annotations

import json
from pathlib import Path

from srm_inclusif.cli import main
from srm_inclusif.storage.workspace import open_workspace

HEADER = "Fournisseur;SIRET;Montant HT;Date;N° facture\n"
JANUARY = ("Atelier du Lac;44306184100047;100,00;15/01/2026;F1\n"
           "Atelier du Lac;44306184100047;200,00;16/01/2026;F2\n")


def import_spend(capsys, tmp_path: Path, name: str, body: str, *options: str) -> str:
    db = tmp_path / "espace.sqlite3"
    if not db.exists():
        open_workspace(db).close()
    path = tmp_path / name
    path.write_text(HEADER + body, encoding="utf-8")
    assert main(["--db", str(db), "import", "spend", str(path), *options]) == 0
    return capsys.readouterr().out


def test_the_text_gives_the_amount_added_and_updated(capsys, tmp_path):
    import_spend(capsys, tmp_path, "janvier.csv", JANUARY)

    out = import_spend(capsys, tmp_path, "fevrier.csv", JANUARY.replace("200,00", "250,00")
                       + "Atelier du Lac;44306184100047;40,00;03/02/2026;F3\n")

    assert ("Montant des lignes nouvelles : 40,00\u00a0€ HT ; des lignes mises à jour : "
            "250,00\u00a0€ HT.") in out.splitlines()


def test_json_gives_the_amount_added_beside_the_total(capsys, tmp_path):
    import_spend(capsys, tmp_path, "janvier.csv", JANUARY)

    document = json.loads(import_spend(
        capsys, tmp_path, "fevrier.csv", JANUARY + "Atelier du Lac;44306184100047;40,00;"
        "03/02/2026;F3\n", "--json"))

    assert (document["amount_total"], document["amount_added"], document["amount_updated"]) == (
        340.0, 40.0, 0.0)
