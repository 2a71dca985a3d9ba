"""Whether a structure is a head office or an antenna (the API's ``nature``), read from the
Marché de l'inclusion API pages and from any spreadsheet, merged like every other field."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from srm_inclusif.exchange.columns import match_columns
from tests.exchange.import_support import hand_edit, run, stored
from tests.support import IMPORT_FIXTURES

API_PAGES = (IMPORT_FIXTURES / "marche_api_page1.json", IMPORT_FIXTURES / "marche_api_page2.json")
IMPORTED = {"Propreté Solidaire": "HEAD_OFFICE", "ESAT du Parc": "ANTENNA",
            "AI Services Plus": None, "EA Logistique": "ANTENNA"}


def issues(summary, severity: str) -> list[tuple[str, int | None, str, str, str]]:
    return [(i.file_name, i.line, i.field, i.value, i.reason) for i in summary.issues
            if i.severity == severity and i.field == "nature"]


def api_page(tmp_path: Path, name: str, **changes: object) -> Path:
    """The first saved page cut to one structure (Propreté Solidaire, then ESAT du Parc...)."""
    page = json.loads(API_PAGES[0].read_text(encoding="utf-8"))
    page["results"] = [item | changes for item in page["results"] if item["name"] == name]
    path = tmp_path / "page_mise_a_jour.json"
    path.write_text(json.dumps(page, ensure_ascii=False), encoding="utf-8")
    return path


def write_csv(path: Path, lines: list[list[str]]) -> Path:
    path.write_text("\n".join(";".join(cells) for cells in lines) + "\n", encoding="utf-8")
    return path


def test_api_pages_keep_each_structure_nature(workspace):
    summary = run(workspace, *API_PAGES)

    # Propreté Solidaire is on both pages (a head office each time), the inactive structure is
    # skipped; AI Services Plus says null: not known
    assert (summary.rows, summary.inserted, summary.merged_duplicates, summary.skipped_closed,
            summary.conflicts) == (6, 4, 1, 1, 0)
    assert issues(summary, "flagged") == []
    assert stored(workspace, "nature") == IMPORTED


def test_reimport_leaves_every_nature_unchanged(workspace):
    run(workspace, *API_PAGES)

    again = run(workspace, *API_PAGES)

    assert (again.inserted, again.updated, again.unchanged, again.conflicts) == (0, 0, 4, 0)
    assert stored(workspace, "nature") == IMPORTED


def test_hand_edited_nature_survives_a_reimport_as_a_conflict(workspace):
    run(workspace, *API_PAGES)
    hand_edit(workspace, "ESAT du Parc", "nature", "HEAD_OFFICE")

    summary = run(workspace, *API_PAGES)

    assert stored(workspace, "nature")["ESAT du Parc"] == "HEAD_OFFICE"
    # the report names both values as buyers read them, not by their codes
    assert issues(summary, "conflict") == [(
        "marche_api_page1.json", 2, "nature", "Antenne",
        "Champ modifié à la main (« Siège ») : valeur du fichier ignorée.")]
    assert (summary.conflicts, summary.updated, summary.unchanged) == (1, 0, 4)


def test_same_source_refreshes_the_nature_another_source_only_fills_it(workspace, tmp_path):
    run(workspace, *API_PAGES)
    newer = api_page(tmp_path, "ESAT du Parc", nature="HEAD_OFFICE")
    members = write_csv(tmp_path / "membres_reseau.csv", [
        ["Nom de la structure", "Code postal", "Siège ou antenne"],
        ["AI Services Plus", "69002", "Antenne"],
        ["EA Logistique", "69002", "Siège"]])

    refreshed = run(workspace, newer)  # the Marché again: its newer nature replaces the old one
    other_source = run(workspace, members)  # a network's list: fills the unknown nature only

    assert refreshed.updated == 1
    assert (other_source.format, other_source.updated, other_source.unchanged,
            other_source.conflicts) == ("generic", 1, 1, 0)
    assert stored(workspace, "nature") == IMPORTED | {"ESAT du Parc": "HEAD_OFFICE",
                                             "AI Services Plus": "ANTENNA"}


def test_a_page_without_nature_keeps_the_known_one(workspace, tmp_path):
    run(workspace, *API_PAGES)

    summary = run(workspace, api_page(tmp_path, "ESAT du Parc", nature=None))

    assert (summary.updated, summary.unchanged) == (0, 1)
    assert stored(workspace, "nature")["ESAT du Parc"] == "ANTENNA"


def test_an_unknown_nature_is_flagged_and_left_unknown(workspace, tmp_path):
    summary = run(workspace, api_page(tmp_path, "ESAT du Parc", nature="BRANCH_OFFICE"))

    # one line flagged, twice: its nature and the 999xx NIC of its SIRET
    assert (summary.inserted, summary.flagged, summary.flag_remarks) == (1, 1, 2)
    assert issues(summary, "flagged") == [("page_mise_a_jour.json", 1, "nature", "BRANCH_OFFICE",
                                           "Ni siège ni antenne : valeur ignorée.")]
    assert stored(workspace, "nature") == {"ESAT du Parc": None}


@pytest.mark.parametrize("header", ["Nature", "Siège ou antenne", "Siège / Antenne",
                                    "SIEGE OU ANTENNE", "Nature de l'établissement"])
def test_generic_headers_name_the_nature(header):
    assert match_columns(["Raison sociale", header], "suppliers") == {0: "name", 1: "nature"}


def test_a_legal_nature_column_still_names_the_kind():
    assert match_columns(["Raison sociale", "Nature juridique", "Nature"], "suppliers") == {
        0: "name", 1: "kind", 2: "nature"}


@pytest.mark.parametrize("contact", [False, True], ids=["column-path", "row-path"])
def test_generic_spreadsheet_column_is_imported(workspace, tmp_path, contact):
    """Both ways of reading a text file (a contact column takes the row-by-row one)."""
    header = ["Nom de la structure", "CP", "Siège ou antenne"]
    rows = [["Régie de Quartier Est", "67000", " Siège social "],
            ["Régie de Quartier Est - Sélestat", "67600", "antenne"],
            ["Jardin d'Insertion Sud", "67100", ""],
            ["Atelier Bois Nord", "67200", "Succursale ?"]]
    if contact:
        header.append("Prénom")
        rows = [[*row, "Léa"] for row in rows]

    summary = run(workspace, write_csv(tmp_path / "annuaire.csv", [header, *rows]))

    assert (summary.format, summary.inserted, summary.flagged) == ("generic", 4, 1)
    assert issues(summary, "flagged") == [("annuaire.csv", 5, "nature", "Succursale ?",
                                           "Ni siège ni antenne : valeur ignorée.")]
    assert stored(workspace, "nature") == {
        "Régie de Quartier Est": "HEAD_OFFICE", "Régie de Quartier Est - Sélestat": "ANTENNA",
        "Jardin d'Insertion Sud": None, "Atelier Bois Nord": None}
