"""What ``srm-inclusif import`` names: formats by their French names, a ZIP's table inside its
archive, the file's own columns in the remarks, counts grouped, files given to the other import.

It printed « Format : spend », « StockEtablissement_utf8.csv » for a table of « sirene.zip »,
« [SIRET] » for a column titled « N° SIRET », « 50000 lignes lues », and ended a refusal on
« Indiquez-les dans la correspondance des colonnes. », a step of the wizard.
"""

from __future__ import annotations

import csv
import json
import zipfile
from pathlib import Path

from srm_inclusif.cli import main
from srm_inclusif.storage.services.imports import list_import_batches, list_import_issues
from srm_inclusif.storage.workspace import open_workspace
from tests.exchange.import_support import table_file
from tests.support import IMPORT_FIXTURES

#: « N° SIRET » and « Fournisseur »: not the app's « SIRET » and « Raison sociale du fournisseur ».
ERP_HEADER = ["Fournisseur", "N° SIRET", "Montant HT", "Date facture"]
DIRECTORY_HEADER = ["Raison sociale", "SIRET", "Code postal", "Ville"]
PROFILE_HINT = ("avec --profile NOM (un profil de correspondance des colonnes enregistré dans "
                "l'assistant d'import de l'application), ou importez ce fichier avec l'assistant.")


def _run(capsys, db: Path, *argv: str) -> tuple[int, str, str]:  # noqa: ANN001
    code = main(["--db", str(db), "import", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def _rejects(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle, delimiter=";"))


def _history(db: Path) -> tuple[str, list[tuple[str, str]]]:
    """The files the last import's history line names, and its remarks' (file, field shown)."""
    workspace = open_workspace(db)
    try:
        batch = list_import_batches(workspace.engine)[0]
        issues = list_import_issues(workspace.engine, batch_id=batch.id)
        return batch.file_names, [(issue.file_name, issue.column) for issue in issues]
    finally:
        workspace.close()


def test_the_format_is_named_as_the_wizard_names_it(capsys, tmp_path):
    code, out, _err = _run(capsys, tmp_path / "e.sqlite3", "spend",
                           str(IMPORT_FIXTURES / "achats_2025.csv"), "--dry-run")
    assert code == 0
    assert out.splitlines()[0] == ("Fichier « achats_2025.csv » — format : Modèle d'achats — "
                                   "encodage : UTF-8")

    code, out, _err = _run(capsys, tmp_path / "e.sqlite3", "suppliers",
                           str(IMPORT_FIXTURES / "sirene_extrait.zip"), "--dry-run", "--json")
    document = json.loads(out)
    assert (document["format"], document["format_label"]) == ("sirene", "SIRENE")


def test_a_table_of_an_archive_is_named_inside_it_everywhere(capsys, tmp_path):
    table = table_file(tmp_path / "annuaire.csv", DIRECTORY_HEADER,
                       ["Atelier Vert", "", "69001", "Lyon"], ["", "", "75011", "Paris"])
    archive = tmp_path / "annuaires_2026.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.write(table, "annuaire.csv")
    db, rejects = tmp_path / "e.sqlite3", tmp_path / "rejets.csv"

    code, out, _err = _run(capsys, db, "suppliers", str(archive), "--rejects", str(rejects))

    named = "annuaires_2026.zip — annuaire.csv"
    assert code == 0
    assert out.splitlines()[0] == f"Fichier « {named} » — format : Tableau libre — encodage : UTF-8"
    assert f"  {named}:3, « Raison sociale » : Raison sociale manquante." in out.splitlines()
    assert [row["Fichier"] for row in _rejects(rejects)] == [named]
    assert _history(db) == (named, [(named, "Raison sociale")])


def test_remarks_name_the_file_s_own_columns(capsys, tmp_path):
    spend = table_file(tmp_path / "erp.csv", ERP_HEADER,
                       ["Imprimerie Martin", "443 061 841 00047", "1 200,00", "15/01/2026"],
                       ["Atelier Vert", "", "n/a", "16/01/2026"])
    db, rejects = tmp_path / "e.sqlite3", tmp_path / "rejets.csv"

    code, out, _err = _run(capsys, db, "spend", str(spend), "--rejects", str(rejects))

    assert code == 0
    printed = [line for line in out.splitlines() if line.startswith("  erp.csv:")]
    assert any(line.startswith("  erp.csv:2, « N° SIRET » : ") for line in printed)
    assert any(line.startswith("  erp.csv:3, « Montant HT » : Montant manquant")
               for line in printed)
    shown = {row["Champ"] for row in _rejects(rejects)}
    assert shown <= {"Fournisseur", "N° SIRET", "Montant HT", "Date facture"}
    assert {"N° SIRET", "Montant HT"} <= shown
    assert {column for _file, column in _history(db)[1]} == shown  # the imports page's « Champ »


def test_json_gives_the_field_code_and_the_column(capsys, tmp_path):
    spend = table_file(tmp_path / "erp.csv", ERP_HEADER, ["Atelier Vert", "", "n/a", "16/01/2026"])
    code, out, _err = _run(capsys, tmp_path / "e.sqlite3", "spend", str(spend), "--json")
    [issue] = [i for i in json.loads(out)["issues"] if i["severity"] == "rejected"]
    # its only line rejected: nothing importable (code 1), the remark given all the same
    assert (code, issue["field"], issue["column"]) == (1, "amount", "Montant HT")


def test_counts_are_grouped_by_thousands(capsys, tmp_path):
    rows = [[f"Structure {number}", "", "69001", "Lyon"] for number in range(1200)]
    directory = table_file(tmp_path / "grand_annuaire.csv", DIRECTORY_HEADER, *rows)

    code, out, _err = _run(capsys, tmp_path / "e.sqlite3", "suppliers", str(directory),
                           "--dry-run")

    assert code == 0
    assert out.splitlines()[1].startswith(
        "1\u202f200 lignes lues ; rien n'est enregistré, l'import aurait donné : 1\u202f200 "
        "ajoutées")


def _given_to_the_other_import(capsys, tmp_path: Path, target: str, name: str,  # noqa: ANN001
                               header: list[str], row: list[str]) -> tuple[int, dict, str]:
    """Import a one-row table ``name`` with ``import target --json``: code, document, stderr."""
    table = table_file(tmp_path / name, header, row)
    code, out, err = _run(capsys, tmp_path / "e.sqlite3", target, str(table), "--json")
    return code, json.loads(out), err


def test_a_directory_given_to_import_spend_says_how_to_go_on_here(capsys, tmp_path):
    code, document, err = _given_to_the_other_import(
        capsys, tmp_path, "spend", "structures.csv", DIRECTORY_HEADER,
        ["Atelier Vert", "", "69001", "Lyon"])

    warning = ("Attention : « structures.csv » ressemble à un annuaire de structures (aucune "
               "colonne de montant), pas à un fichier de dépenses. Pour l'importer, utilisez "
               "« import suppliers ».")
    assert code == 1
    assert err.splitlines()[0] == warning
    assert "correspondance des colonnes." not in err
    assert err.rstrip().endswith(f"Indiquez-les {PROFILE_HINT}")
    assert document["notes"] == [warning]
    assert document["error"].endswith(PROFILE_HINT)


def test_spend_given_to_import_suppliers_is_refused(capsys, tmp_path):
    code, document, err = _given_to_the_other_import(
        capsys, tmp_path, "suppliers", "erp.csv", ERP_HEADER,
        ["Imprimerie Martin", "443 061 841 00047", "1 200,00", "15/01/2026"])

    refusal = ("« erp.csv » ressemble à un fichier d'achats (un montant et un fournisseur par "
               "ligne), pas à un annuaire de structures. Rien n'a été importé : pour ses "
               "montants, utilisez « import spend » ; pour l'importer quand même comme "
               "annuaire, ajoutez --format generic.")
    assert (code, err) == (1, f"Erreur : {refusal}\n")
    assert document == {"error": refusal}


def test_a_directory_given_to_import_suppliers_says_nothing_more(capsys, tmp_path):
    code, _out, err = _run(capsys, tmp_path / "e.sqlite3", "suppliers",
                           str(IMPORT_FIXTURES / "annuaire_esat_ea_2024.csv"))
    assert (code, err) == (0, "")
