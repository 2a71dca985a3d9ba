"""Post codes with a CEDEX mention, a city that follows its post code on a re-import when the file
names one (else is kept and flagged), and a date cell where a spreadsheet should hold a SIRET."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from srm_inclusif.exchange.records import SIRET_IS_DATE, ReadOptions
from srm_inclusif.storage.services.supplier_merge import CITY_KEPT
from tests.exchange.import_support import hand_edit, run, stored, table_file

SIRET = "44306184100047"
PLACE = ["Raison sociale", "SIRET", "Code postal", "Ville"]


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_cedex_post_code_is_read_as_its_five_digits(workspace, tmp_path, suffix):
    path = table_file(tmp_path / f"cedex{suffix}", ["Raison sociale", "Code postal", "Ville"],
                      ["Atelier", "69003 CEDEX 03", "Lyon"], ["Jardins", "75008 Cedex", "Paris"])

    summary = run(workspace, path)

    assert stored(workspace, "post_code") == {"Atelier": "69003", "Jardins": "75008"}
    assert stored(workspace, "department_code") == {"Atelier": "69", "Jardins": "75"}
    assert summary.issues == []


@pytest.fixture
def in_lyon(workspace, tmp_path):
    """ESAT Alpha, imported from a plain table at 69003 Lyon."""
    run(workspace, table_file(tmp_path / "lyon.csv", PLACE, ["ESAT Alpha", SIRET, "69003", "Lyon"]))
    return workspace


def test_a_new_post_code_without_city_keeps_the_city_and_flags_it(in_lyon, tmp_path):
    summary = run(in_lyon, table_file(tmp_path / "deux_feuilles.xlsx", ["Raison sociale", "SIRET",
                                                                        "Code postal"],
                                      ["ESAT Alpha", int(SIRET), 75001]))

    assert stored(in_lyon, "post_code") == {"ESAT Alpha": "75001"}
    assert stored(in_lyon, "city") == {"ESAT Alpha": "Lyon"}
    assert [(i.line, i.field, i.value, i.reason, i.severity) for i in summary.issues] == [
        (2, "city", "Lyon", CITY_KEPT, "flagged")]


def test_an_empty_city_cell_keeps_the_city_too(in_lyon, tmp_path):
    summary = run(in_lyon, table_file(tmp_path / "paris.csv", PLACE,
                                      ["ESAT Alpha", SIRET, "75001", ""]))

    assert stored(in_lyon, "city") == {"ESAT Alpha": "Lyon"}
    assert [(i.field, i.reason) for i in summary.issues] == [("city", CITY_KEPT)]


def test_a_new_post_code_comes_with_the_files_city(in_lyon, tmp_path):
    run(in_lyon, table_file(tmp_path / "paris.csv", PLACE, ["ESAT Alpha", SIRET, "75001", "Paris"]))

    assert stored(in_lyon, "city") == {"ESAT Alpha": "Paris"}
    assert stored(in_lyon, "post_code") == {"ESAT Alpha": "75001"}


def test_a_hand_edited_city_stays_when_the_post_code_changes(in_lyon, tmp_path):
    hand_edit(in_lyon, "ESAT Alpha", "city", "Lyon 3e")

    run(in_lyon, table_file(tmp_path / "paris.xlsx", ["Raison sociale", "SIRET", "Code postal"],
                            ["ESAT Alpha", SIRET, "75001"]))

    assert stored(in_lyon, "city") == {"ESAT Alpha": "Lyon 3e"}


@pytest.mark.parametrize("cell", [date(2025, 1, 1), datetime(2025, 1, 1)])
def test_a_date_cell_in_the_siret_column_is_no_siret(workspace, tmp_path, cell):
    path = table_file(tmp_path / "titre.xlsx", ["Raison sociale", "SIRET", "Code postal"],
                      ["EA Date", cell, "69003"])

    summary = run(workspace, path)

    assert stored(workspace, "siret") == {"EA Date": None}
    assert [(i.field, i.value, i.reason) for i in summary.issues] == [
        ("siret", "2025-01-01", SIRET_IS_DATE)]
    assert SIRET_IS_DATE.startswith("Date à la place du SIRET")


def test_a_date_cell_in_the_siret_column_of_a_spend_file_is_no_siret(workspace, tmp_path):
    path = table_file(tmp_path / "achats.xlsx", ["Raison sociale du Fournisseur", "SIRET",
                                                 "Dépense achat (€)"],
                      ["EA Date", datetime(2025, 1, 1), 100])

    summary = run(workspace, path, target="spend", read=ReadOptions(
        default_spend_date=date(2025, 6, 30)))

    assert stored(workspace, "siret") == {"EA Date": None}
    assert ("siret", "2025-01-01", SIRET_IS_DATE) in [(i.field, i.value, i.reason)
                                                       for i in summary.issues]
