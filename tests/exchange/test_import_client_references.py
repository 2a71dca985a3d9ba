"""Client references read from the Marché de l'inclusion files and from any spreadsheet."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import text

from srm_inclusif.core.search_query import CounterpartyFilter
from srm_inclusif.core.sectors import SectorIndex
from srm_inclusif.exchange.columns import match_columns
from srm_inclusif.exchange.plan import plan_file
from srm_inclusif.exchange.preview import normalised_preview, preview_columns
from srm_inclusif.storage.services.counterparties import search_counterparties
from srm_inclusif.storage.services.importing import sector_reference
from tests.exchange.import_support import run
from tests.support import IMPORT_FIXTURES

MARCHE_CSV = IMPORT_FIXTURES / "liste_structures_2026-03-11.csv"
MARCHE_XLS = IMPORT_FIXTURES / "liste_structures_2026-03-11.xls"
API_PAGES = (IMPORT_FIXTURES / "marche_api_page1.json", IMPORT_FIXTURES / "marche_api_page2.json")


def references(workspace, name: str) -> list[dict]:
    with workspace.engine.connect() as connection:
        stored = connection.execute(text(
            "SELECT client_references FROM counterparty WHERE name = :n"), {"n": name}).scalar_one()
    return json.loads(stored)


def names(workspace, name: str) -> list[str]:
    return [reference["name"] for reference in references(workspace, name)]


def found(workspace, words: str) -> list[str]:
    rows = search_counterparties(workspace.engine, flt=CounterpartyFilter(text=words),
                                 today=date(2026, 11, 22))
    return [row.name for row in rows]


def test_marche_csv_keeps_up_to_three_references_in_order(workspace):
    run(workspace, MARCHE_CSV)

    # trimmed; the duplicate row (« LES ATELIERS DU LAC ») adds « Orange », not its
    # « mairie de bourg » again
    assert references(workspace, "Les Ateliers du Lac") == [
        {"name": "Mairie de Bourg", "description": None},
        {"name": "SNCF Voyageurs", "description": None},
        {"name": "Orange", "description": None}]
    # a comma stays inside a name; « Région sud » repeats « Région Sud »
    assert names(workspace, "ESAT Les Genêts") == ["AP-HM, hôpital de la Timone", "Région Sud"]
    assert references(workspace, "Jardins de Cocagne Nantes") == []


def test_marche_xls_skips_the_blank_middle_reference(workspace):
    run(workspace, MARCHE_XLS)

    assert names(workspace, "Recyclerie de l'Ouest") == ["Brest Métropole",
                                                         "Crédit Mutuel Arkéa"]


def test_api_keeps_names_and_descriptions_without_logos(workspace):
    run(workspace, *API_PAGES)

    assert references(workspace, "Propreté Solidaire") == [
        {"name": "SNCF Gares & Connexions", "description": "Nettoyage de 3 gares"},
        {"name": "Métropole de Lyon", "description": None}]  # the entry without a name skipped
    assert references(workspace, "ESAT du Parc") == []


def test_reimport_reports_every_row_unchanged(workspace):
    for paths in ((MARCHE_CSV,), (MARCHE_XLS,), API_PAGES):
        first = run(workspace, *paths)
        again = run(workspace, *paths)
        assert (again.inserted, again.updated, again.conflicts) == (0, 0, 0)
        assert again.unchanged == first.inserted + first.updated + first.unchanged


def test_hand_edited_references_survive_a_reimport_as_a_conflict(workspace):
    run(workspace, MARCHE_CSV)
    with workspace.engine.begin() as connection:
        connection.execute(text(
            "UPDATE counterparty SET client_references = :refs, "
            "edited_fields = '[\"client_references\"]' WHERE name = 'Les Ateliers du Lac'"),
            {"refs": json.dumps([{"name": "Ville de Bourg", "description": "Espaces verts"}])})

    summary = run(workspace, MARCHE_CSV)

    assert references(workspace, "Les Ateliers du Lac") == [
        {"name": "Ville de Bourg", "description": "Espaces verts"}]
    conflicts = [(i.line, i.field, i.value, i.reason) for i in summary.issues
                 if i.severity == "conflict"]
    reason = "Champ modifié à la main (« Ville de Bourg ») : valeur du fichier ignorée."
    # each row names what it would have added; line 6 repeats the structure of lines 2-3
    # (its address spans two lines)
    assert conflicts == [
        (2, "client_references", "Ville de Bourg; Mairie de Bourg; SNCF Voyageurs", reason),
        (6, "client_references", "Ville de Bourg; mairie de bourg; Orange", reason)]
    assert (summary.conflicts, summary.updated) == (2, 0)


def test_csv_after_api_keeps_the_descriptions_and_adds_new_names(workspace, tmp_path):
    export = tmp_path / "liste_structures_2026-04-01.csv"
    export.write_text(
        "Raison sociale,Enseigne,Type de structure,Adresse,Code postal,Ville,"
        "Référence client 1,Référence client 2,Référence client 3\r\n"
        "Propreté Solidaire,,Entreprise d'insertion (EI),1 rue de la Paix,69002,Lyon,"
        "Keolis Lyon,SNCF GARES & CONNEXIONS,\r\n", encoding="utf-8")
    run(workspace, *API_PAGES)

    summary = run(workspace, export)

    assert (summary.format, summary.updated) == ("marche-csv", 1)
    assert references(workspace, "Propreté Solidaire") == [
        {"name": "SNCF Gares & Connexions", "description": "Nettoyage de 3 gares"},
        {"name": "Métropole de Lyon", "description": None},
        {"name": "Keolis Lyon", "description": None}]


def test_same_source_refreshes_a_description_other_source_only_fills(workspace, tmp_path):
    page = json.loads(API_PAGES[0].read_text(encoding="utf-8"))
    page["results"] = page["results"][:1]
    page["results"][0]["client_references"] = [
        {"name": "sncf gares & connexions", "description": "Nettoyage de 5 gares",
         "logo_url": ""},
        {"name": "Métropole de Lyon", "description": "Voirie", "logo_url": ""}]
    newer = tmp_path / "page_mise_a_jour.json"
    newer.write_text(json.dumps(page, ensure_ascii=False), encoding="utf-8")
    run(workspace, *API_PAGES)

    summary = run(workspace, newer)

    assert summary.updated == 1
    assert references(workspace, "Propreté Solidaire") == [
        {"name": "SNCF Gares & Connexions", "description": "Nettoyage de 5 gares"},
        {"name": "Métropole de Lyon", "description": "Voirie"}]


@pytest.mark.parametrize("header", ["Références clients", "Référence client",
                                    "Clients de référence", "REFERENCES CLIENTS"])
def test_generic_headers_name_the_client_references(header):
    assert match_columns(["Raison sociale", header], "suppliers") == {
        0: "name", 1: "client_references"}


CELL = "SNCF ;  Orange\nVille de Lyon, direction des sports;;sncf"


@pytest.mark.parametrize("contact", [False, True], ids=["column-path", "row-path"])
def test_generic_cell_splits_on_semicolons_and_line_breaks(workspace, tmp_path, contact):
    """Both ways of reading a text file (a contact column takes the row-by-row one)."""
    header = ["Raison sociale", "Code postal", "Références clients"]
    row = ["Régie de Quartier Est", "67000", CELL]
    if contact:
        header, row = [*header, "Prénom"], [*row, "Léa"]
    path = tmp_path / "annuaire.csv"
    lines = [";".join(header), ";".join(f'"{cell}"' for cell in row)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")

    summary = run(workspace, path)

    assert summary.inserted == 1
    assert names(workspace, "Régie de Quartier Est") == [
        "SNCF", "Orange", "Ville de Lyon, direction des sports"]


def test_search_finds_a_structure_by_its_client_reference(workspace):
    run(workspace, MARCHE_CSV)
    run(workspace, *API_PAGES)

    assert sorted(found(workspace, "SNCF")) == ["Les Ateliers du Lac", "Propreté Solidaire"]
    assert found(workspace, "Timone") == ["ESAT Les Genêts"]  # accents folded
    assert found(workspace, "gares") == ["Propreté Solidaire"]  # a description


def test_search_finds_references_added_to_an_existing_structure(workspace):
    run(workspace, MARCHE_XLS)  # « Les Ateliers du Lac » without references
    assert found(workspace, "Orange") == []

    run(workspace, MARCHE_CSV)  # the same structure, now with references (reindexed)

    assert found(workspace, "Orange") == ["Les Ateliers du Lac"]


def test_preview_shows_the_references_joined(workspace):
    plan = plan_file(MARCHE_CSV)
    preview = normalised_preview(plan, SectorIndex(sector_reference(workspace.engine)))

    column = [key for key, _label in preview_columns("suppliers")].index("client_references")
    assert [row.cells[column] for row in preview if row.cells][:3] == [
        "Mairie de Bourg; SNCF Voyageurs", "", "AP-HM, hôpital de la Timone; Région Sud"]
