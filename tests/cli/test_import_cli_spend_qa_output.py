"""What `srm-inclusif import spend` prints for the QA round's spend files.

The same file given twice, a repeated or re-dated invoice, a date of another century, a supplier
absent from the workspace, a buyer written surname first: each said once, on its line.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from srm_inclusif.cli import main
from srm_inclusif.storage.services.people import PersonInput, add_person
from srm_inclusif.storage.workspace import open_workspace

SPEND = ("Raison sociale du Fournisseur;SIRET;Dépense achat (€);Date;N° de facture;Acheteur\n"
         "Atelier du Lac;44306184100047;100,00;15/01/2026;F1;FONTAINE Claire\n"
         "Atelier du Lac;44306184100047;100,00;15/01/2026;F1;\n"
         "ATELIER DU LAC;;50,00;16/01/2026;;\n"
         "Atelier du Lac;44306184100047;100,00;20/01/2026;F1;\n"
         "Bureau Express;;12,00;15/01/1025;;\n")


def spend_import(capsys, tmp_path: Path, *options: str, times: int = 1,
                 errors: list[str] | None = None) -> list[str]:
    db = tmp_path / "espace.sqlite3"
    workspace = open_workspace(db)
    add_person(workspace.engine, values=PersonInput(name="Claire Fontaine"))
    add_person(workspace.engine, values=PersonInput(name="Paul Martin"))
    workspace.close()
    path = tmp_path / "achats.csv"
    path.write_text(SPEND, encoding="utf-8")
    assert main(["--db", str(db), "import", "spend", *[str(path)] * times, *options]) == 0
    captured = capsys.readouterr()
    if errors is not None:
        errors += captured.err.splitlines()
    return captured.out.splitlines()


def test_each_problem_is_said_once_on_its_line(capsys, tmp_path):
    lines = spend_import(capsys, tmp_path)

    assert lines[1] == ("5 lignes lues : 3 ajoutées, 0 mise à jour, 0 inchangée, "
                        "1 doublon fusionné.")
    assert lines[3] == ("0 ligne rattachée, 4 non rattachées (1 fournisseur classique créé) ; "
                        "total 250,00\u00a0€ HT.")
    assert lines[4] == "Montant des lignes nouvelles : 250,00\u00a0€ HT."
    assert [line for line in lines if line.startswith("  ")][:4] == [
        "  achats.csv:6, « Date » : Date invraisemblable : 15/01/1025, avant 1990. Une faute "
        "de frappe dans l'année ? Le montant compterait dans un autre exercice. (15/01/1025)",
        "  achats.csv:2, « SIRET » : Fournisseur absent de l'espace : fournisseur classique créé "
        "pour l'occasion, auquel sont rattachées ses 4 lignes de l'import (remarque sur la "
        "première seulement). (44306184100047)",
        "  achats.csv:3, « N° de facture » : Même achat que la ligne 2 (même facture, "
        "même date, même montant) : compté une fois. (F1)",
        "  achats.csv:5, « N° de facture » : Facture déjà comptée pour ce fournisseur, "
        "au même montant, à la date du 15/01/2026 : cette ligne la compte une deuxième fois. Si "
        "elle a été réexportée à une autre date, retirez l'une des deux lignes. (F1)"]
    assert not [line for line in lines if "Acheteur inconnu" in line]


def test_the_same_file_given_twice_is_read_once_and_said(capsys, tmp_path):
    errors: list[str] = []
    document = json.loads(spend_import(capsys, tmp_path, "--json", times=2, errors=errors)[0])

    assert (document["inserted"], document["merged_duplicates"]) == (3, 1)
    assert document["amount_total"] == 250.0
    assert [read["name"] for read in document["files"]] == ["achats.csv"]
    assert document["notes"] == ["« achats.csv » donné plusieurs fois : lu une seule fois."]
    assert errors == []


def test_a_file_given_under_another_name_of_its_own_is_read_once(capsys, tmp_path):
    """A hard link to the file is the same file (as ``--rejects`` tells it): read once."""
    path = tmp_path / "achats.csv"
    path.write_text(SPEND, encoding="utf-8")
    os.link(path, tmp_path / "achats - copie.csv")

    code = main(["--db", str(tmp_path / "espace.sqlite3"), "import", "spend", str(path),
                 str(tmp_path / "achats - copie.csv"), "--json"])

    document = json.loads(capsys.readouterr().out)
    assert (code, document["amount_total"]) == (0, 250.0)
    assert [read["name"] for read in document["files"]] == ["achats.csv"]
    assert document["notes"] == ["« achats.csv » donné plusieurs fois : lu une seule fois."]
