"""A Corsican commune code (INSEE « 2A004 ») in a post-code column is named for what it is.

It looks like a post code, and a user who mapped the wrong column would otherwise read only
« Code postal illisible » for a value that seems right to her.
"""

from __future__ import annotations

from srm_inclusif.core.geo import BAD_POST_CODE, COMMUNE_CODE, MONACO_POST_CODE
from srm_inclusif.core.sectors import SectorIndex
from srm_inclusif.exchange.records import ReadOptions, RecordBuilder
from srm_inclusif.exchange.records_batch import build_suppliers
from tests.exchange.import_support import run, stored, table_file

HEADER = ["Raison sociale", "Code postal", "Ville"]


def test_a_directory_names_the_commune_code_and_still_imports_the_row(workspace, tmp_path):
    path = table_file(tmp_path / "corse.csv", HEADER, ["Atelier Ajaccio", "2A004", "Ajaccio"],
                      ["Jardins", "ABCDE", "Bastia"], ["ESAT Corte", "20250", "Corte"])

    summary = run(workspace, path)

    assert [(i.line, i.field, i.value, i.reason) for i in summary.issues] == [
        (2, "post_code", "2A004", COMMUNE_CODE), (3, "post_code", "ABCDE", BAD_POST_CODE)]
    assert stored(workspace, "post_code") == {"Atelier Ajaccio": None, "Jardins": None,
                                              "ESAT Corte": "20250"}


def test_the_column_by_column_path_of_big_files_names_it_too():
    builder = RecordBuilder("annuaire.csv", SectorIndex([]), ReadOptions())
    rows = [(2, ["Atelier Ajaccio", " 2b033 "]), (3, ["Jardins", "ABCDE"])]

    records = build_suppliers(builder, rows, {0: "name", 1: "post_code"})

    assert [[issue.reason for issue in record.flags] for record in records] == [
        [COMMUNE_CODE], [BAD_POST_CODE]]


def test_a_spend_line_names_it_too(workspace, tmp_path):
    path = tmp_path / "achats.csv"
    path.write_text("Raison sociale du Fournisseur;SIRET;Dépense achat (€);Code postal\n"
                    "Atelier Ajaccio;;1 200,00;2A004\n", encoding="utf-8")

    summary = run(workspace, path, target="spend", format_key="spend")

    assert [(i.field, i.value, i.reason) for i in summary.issues
            if i.field == "post_code"] == [("post_code", "2A004", COMMUNE_CODE)]


def test_monaco_is_said_to_be_outside_france(workspace, tmp_path):
    path = table_file(tmp_path / "monaco.csv", HEADER, ["Atelier Monaco", "98000", "Monaco"])

    summary = run(workspace, path)

    assert [(i.field, i.reason) for i in summary.issues] == [("post_code", MONACO_POST_CODE)]
