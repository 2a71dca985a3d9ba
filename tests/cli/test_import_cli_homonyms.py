"""``import spend``: a line naming two structures of the same name is rejected, not guessed.

« Les Jardins des Deux Rives 63 » is an EA in Bordeaux and an AI in Lille. Her line of
21 351,74 € without SIRET went to the EA: the insertion spend read 0, the handicap spend (and the
OETH deduction) 21 351,74 €, and the import said « 0 ligne signalée ».
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

from srm_inclusif.cli import main

NAME = "Les Jardins des Deux Rives 63"
DIRECTORY = ("Raison sociale;SIRET;Type de structure;Code postal;Ville\n"
             f"{NAME};;EA;33000;Bordeaux\n{NAME};;AI;59000;Lille\n")
HEADER = "Raison sociale du Fournisseur;SIRET;Dépense achat (€);Date;Code postal\n"


def _written(tmp_path: Path, name: str, content: str) -> Path:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return path


def _json(capsys, db: Path, *args: str) -> tuple[int, dict]:  # noqa: ANN001
    code = main(["--db", str(db), *args, "--json"])
    return code, json.loads(capsys.readouterr().out)


def _spend_file(tmp_path: Path, post_code: str) -> Path:
    return _written(tmp_path, "achats.csv", HEADER + f"{NAME};;21 351,74;15/03/2026;{post_code}\n"
                    "Bureau Express;;100;15/03/2026;\n")


def test_the_line_is_rejected_then_the_fixed_file_goes_to_insertion(capsys, tmp_path) -> None:
    db = tmp_path / "espace.sqlite3"
    assert main(["--db", str(db), "import", "suppliers",
                 str(_written(tmp_path, "annuaire.csv", DIRECTORY))]) == 0
    capsys.readouterr()
    rejects = tmp_path / "rejets.csv"

    code, document = _json(capsys, db, "import", "spend", str(_spend_file(tmp_path, "")),
                           "--rejects", str(rejects))

    assert code == 0
    assert {key: document[key] for key in ("rows", "inserted", "rejected", "matched")} == {
        "rows": 2, "inserted": 1, "rejected": 1, "matched": 0}
    assert document["amount_total"] == 100.0
    with rejects.open(encoding="utf-8-sig", newline="") as handle:
        [row] = [row for row in csv.DictReader(handle, delimiter=";")
                 if row["Gravité"] == "Rejetée"]
    assert (row["Ligne"], row["Valeur"]) == ("2", NAME)
    assert row["Motif"] == (f"Plusieurs structures portent ce nom : {NAME} (33000 Bordeaux), "
                            f"{NAME} (59000 Lille). Ajoutez le SIRET ou le code postal sur la "
                            "ligne.")

    code, document = _json(capsys, db, "import", "spend", str(_spend_file(tmp_path, "59000")))

    assert (code, document["rejected"], document["inserted"], document["matched"]) == (0, 0, 1, 2)
    code, stats = _json(capsys, db, "stats", "--year", "2026")
    assert (stats["achats_insertion"], stats["achats_handicap"]) == ("21351.74", "0.00")


def test_all_or_nothing_refuses_the_file(capsys, tmp_path) -> None:
    db = tmp_path / "espace.sqlite3"
    main(["--db", str(db), "import", "suppliers", str(_written(tmp_path, "a.csv", DIRECTORY))])
    capsys.readouterr()

    code, document = _json(capsys, db, "import", "spend", str(_spend_file(tmp_path, "")),
                           "--all-or-nothing")

    assert (code, document["applied"], document["rejected"]) == (1, False, 1)
    code, stats = _json(capsys, db, "stats", "--year", "2026")
    assert stats["achats_totaux"] == "0.00"
