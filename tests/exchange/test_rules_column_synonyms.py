"""Common header spellings name their field, and the strongest header of a field wins.

A user's own spreadsheet says « Num. SIRET », « Mél », « N° de téléphone », « Code post. »,
« Domaine d'activité », « Web »; a member list says « Nom » and « Prénom » for its contact beside
the structure's « Raison sociale ».
"""

from __future__ import annotations

import pytest
from sqlalchemy import text

from srm_inclusif.exchange.columns import match_columns
from tests.exchange.import_support import run, stored, table_file

DIAG_HEADER = ["Raison sociale", "Nom de l'établissement", "Num. SIRET", "Mél", "Portable",
               "Domaine d'activité", "N° de téléphone", "Code post.", "Web"]


def test_the_usual_french_spellings_are_imported(workspace, tmp_path):
    path = table_file(tmp_path / "entetes.csv", DIAG_HEADER, [
        "Alpha", "Etab Alpha", "291 417 772 00014", "a@b.fr", "06 12 34 56 78",
        "Nettoyage de locaux", "04 78 00 00 00", "69001", "https://a.fr"])

    run(workspace, path)

    assert {field: stored(workspace, field) for field in (
        "siret", "email", "post_code", "department_code", "website")} == {
        "siret": {"Alpha": "29141777200014"}, "email": {"Alpha": "a@b.fr"},
        "post_code": {"Alpha": "69001"}, "department_code": {"Alpha": "69"},
        "website": {"Alpha": "https://a.fr"}}
    with workspace.engine.connect() as connection:
        assert connection.execute(text(
            "SELECT s.name FROM counterparty_sector l JOIN sector s ON s.id = l.sector_id"
        )).scalars().all() == ["Nettoyage de locaux"]


def test_each_of_those_headers_names_its_field():
    mapping = match_columns(DIAG_HEADER, "suppliers")

    assert mapping == {0: "name", 2: "siret", 3: "email", 5: "sectors", 6: "phone",
                       7: "post_code", 8: "website"}


@pytest.mark.parametrize("header", [
    ["Nom de l'établissement", "Raison sociale", "SIRET"],
    ["Nom", "SIRET", "Raison sociale"],
    ["Structure", "Raison sociale"],
])
def test_raison_sociale_names_the_structure_wherever_it_stands(header):
    mapping = match_columns(header, "suppliers")

    assert mapping[header.index("Raison sociale")] == "name"
    assert list(mapping.values()).count("name") == 1


def test_nom_beside_prenom_is_the_contacts_surname():
    mapping = match_columns(["Nom", "Prénom", "Raison sociale", "SIRET", "Code postal", "Ville"],
                            "suppliers")

    assert mapping == {0: "contact_last_name", 1: "contact_first_name", 2: "name", 3: "siret",
                       4: "post_code", 5: "city"}


def test_nom_stays_the_name_when_no_other_column_gives_it():
    """A list of independent workers (TIH) names each of them by « Nom » and « Prénom »."""
    assert match_columns(["Nom", "Prénom", "SIRET"], "suppliers") == {
        0: "name", 1: "contact_first_name", 2: "siret"}


def test_a_profile_and_a_formats_own_names_beat_the_synonyms():
    headers = ["Raison sociale", "Nom commercial", "Nom", "Prénom"]

    assert match_columns(headers, "suppliers", {"Nom commercial": "name"}) == {
        1: "name", 2: "contact_last_name", 3: "contact_first_name"}
    assert match_columns(["Nom", "Raison sociale"], "suppliers",
                         overrides={"nom": "contact_last_name"}) == {
        0: "contact_last_name", 1: "name"}


def test_a_member_list_imports_the_structure_with_its_contact(workspace, tmp_path):
    path = table_file(tmp_path / "contacts_membres.csv",
                      ["Nom", "Prénom", "Raison sociale", "SIRET", "Code postal", "Ville"],
                      ["Dupont", "Jean", "ESAT Les Tilleuls", "40000009700016", "44000", "Nantes"])

    run(workspace, path)

    assert list(stored(workspace, "city")) == ["ESAT Les Tilleuls"]
    with workspace.engine.connect() as connection:
        assert connection.execute(text("SELECT first_name, last_name FROM contact")).all() == [
            ("Jean", "Dupont")]
