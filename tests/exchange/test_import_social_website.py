"""A structure's social network page (LinkedIn, Facebook...) read from the Marché de l'inclusion
files and from any spreadsheet, merged like every other field."""

from __future__ import annotations

import json

import pytest

from srm_inclusif.exchange.columns import match_columns
from tests.exchange.import_support import hand_edit, run, stored
from tests.support import IMPORT_FIXTURES

MARCHE_CSV = IMPORT_FIXTURES / "liste_structures_2026-03-11.csv"
MARCHE_XLS = IMPORT_FIXTURES / "liste_structures_2026-03-11.xls"
API_PAGES = (IMPORT_FIXTURES / "marche_api_page1.json", IMPORT_FIXTURES / "marche_api_page2.json")
LAC = "https://www.linkedin.com/company/ateliers-du-lac/"
PROPRETE = "https://www.linkedin.com/company/proprete-solidaire/"


def conflicts(summary) -> list[tuple[int | None, str, str, str]]:
    return [(i.line, i.field, i.value, i.reason) for i in summary.issues
            if i.severity == "conflict"]


def test_marche_csv_keeps_each_structure_page(workspace):
    summary = run(workspace, MARCHE_CSV)

    assert (summary.rows, summary.inserted, summary.merged_duplicates, summary.rejected,
            summary.conflicts) == (7, 5, 1, 1, 0)
    # the duplicate row repeats the LinkedIn page padded with spaces: read trimmed, once
    assert stored(workspace, "social_website") == {
        "Les Ateliers du Lac": LAC,
        "Jardins de Cocagne Nantes": None,
        "ESAT Les Genêts": "https://www.facebook.com/esat.lesgenets",
        "Intérim Solidaire Corse": None,
        "Traiteur du Port": "https://www.facebook.com/traiteurduport974"}


def test_marche_xls_exported_from_a_need_keeps_the_pages(workspace):
    summary = run(workspace, MARCHE_XLS)

    assert (summary.format, summary.rows, summary.inserted, summary.merged_duplicates) == (
        "marche-xls", 4, 3, 1)
    assert stored(workspace, "social_website") == {
        "Les Ateliers du Lac": LAC,
        "Recyclerie de l'Ouest": "https://fr.linkedin.com/company/recyclerie-de-l-ouest",
        "Net Plus Insertion": None}


def test_api_pages_keep_contact_social_website(workspace):
    summary = run(workspace, *API_PAGES)

    assert (summary.rows, summary.inserted, summary.skipped_closed) == (6, 4, 1)
    assert stored(workspace, "social_website") == {
        "Propreté Solidaire": PROPRETE,
        "ESAT du Parc": "https://www.facebook.com/esatduparc",
        "AI Services Plus": None,  # blank in the page
        "EA Logistique": None}


@pytest.mark.parametrize("paths", [(MARCHE_CSV,), (MARCHE_XLS,), API_PAGES],
                         ids=["csv", "xls", "api"])
def test_reimport_leaves_every_structure_unchanged(workspace, paths):
    first = run(workspace, *paths)
    before = stored(workspace, "social_website")

    again = run(workspace, *paths)

    assert (again.inserted, again.updated, again.conflicts) == (0, 0, 0)
    assert again.unchanged == first.inserted
    assert stored(workspace, "social_website") == before


def test_hand_edited_page_survives_a_reimport_as_a_conflict(workspace):
    run(workspace, MARCHE_CSV)
    mine = "https://www.linkedin.com/company/les-ateliers-du-lac-ea/"
    hand_edit(workspace, "Les Ateliers du Lac", "social_website", mine)

    summary = run(workspace, MARCHE_CSV)

    assert stored(workspace, "social_website")["Les Ateliers du Lac"] == mine
    reason = f"Champ modifié à la main (« {mine} ») : valeur du fichier ignorée."
    # line 6 repeats the structure of lines 2-3 (its address spans two lines), same page: the
    # hand edit is one conflict
    assert conflicts(summary) == [(2, "social_website", LAC, reason)]
    assert (summary.conflicts, summary.updated) == (1, 0)


def test_same_source_refreshes_the_page_another_source_only_fills_it(workspace, tmp_path):
    run(workspace, *API_PAGES)
    page = json.loads(API_PAGES[0].read_text(encoding="utf-8"))
    page["results"] = page["results"][:1]
    page["results"][0]["contact_social_website"] = "https://www.facebook.com/propretesolidaire"
    newer = tmp_path / "page_mise_a_jour.json"
    newer.write_text(json.dumps(page, ensure_ascii=False), encoding="utf-8")
    members = tmp_path / "membres_reseau.csv"
    members.write_text(
        "Nom de la structure;Code postal;LinkedIn\n"
        "Propreté Solidaire;69002;https://www.linkedin.com/company/autre-page/\n"
        "AI Services Plus;69002;https://www.linkedin.com/company/ai-services-plus/\n",
        encoding="utf-8")

    refreshed = run(workspace, newer)  # the Marché again: its newer page replaces the old one
    other_source = run(workspace, members)  # a network's list: fills the empty page only

    assert refreshed.updated == 1
    assert (other_source.format, other_source.updated, other_source.unchanged,
            other_source.conflicts) == ("generic", 1, 1, 0)
    pages = stored(workspace, "social_website")
    assert pages["Propreté Solidaire"] == "https://www.facebook.com/propretesolidaire"
    assert pages["AI Services Plus"] == "https://www.linkedin.com/company/ai-services-plus/"


@pytest.mark.parametrize("header", ["Réseau social", "Réseaux sociaux", "LinkedIn",
                                    "Page LinkedIn", "RESEAUX SOCIAUX", "page  linkedin"])
def test_generic_headers_name_the_social_page(header):
    assert match_columns(["Raison sociale", header], "suppliers") == {
        0: "name", 1: "social_website"}


def test_a_network_column_still_names_the_networks():
    assert match_columns(["Raison sociale", "Réseau", "Réseau social"], "suppliers") == {
        0: "name", 1: "networks", 2: "social_website"}


@pytest.mark.parametrize("contact", [False, True], ids=["column-path", "row-path"])
def test_generic_spreadsheet_column_is_imported(workspace, tmp_path, contact):
    """Both ways of reading a text file (a contact column takes the row-by-row one)."""
    header = ["Nom de la structure", "CP", "Page LinkedIn"]
    rows = [["Régie de Quartier Est", "67000", " https://www.linkedin.com/company/rqe/ "],
            ["Jardin d'Insertion Sud", "67100", ""]]
    if contact:
        header.append("Prénom")
        rows = [[*row, "Léa"] for row in rows]
    path = tmp_path / "annuaire.csv"
    path.write_text("\n".join(";".join(cells) for cells in [header, *rows]) + "\n",
                    encoding="utf-8")

    summary = run(workspace, path)

    assert (summary.format, summary.inserted) == ("generic", 2)
    assert stored(workspace, "social_website") == {
        "Régie de Quartier Est": "https://www.linkedin.com/company/rqe/",
        "Jardin d'Insertion Sud": None}
