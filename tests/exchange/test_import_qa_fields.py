"""QA round on directory fields: every mapped field lands on the card, notes never overwrite the
user's, « Site » is a place, line breaks in names, hand-edit conflicts said once per file value."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select, text, update

from srm_inclusif.exchange.records import BAD_WEBSITE
from srm_inclusif.storage.services.supplier_reasons import HAND_EDITED
from tests.exchange.import_support import STRUCTURES, hand_edit, run, stored, table_file

#: Every supplier field a column may fill, with its header.
HEADER = ["Raison sociale", "Enseigne", "SIRET", "Type de structure", "Siège ou antenne",
          "Adresse", "Complément d'adresse", "Code postal", "Ville", "Téléphone", "E-mail",
          "Site web", "Réseau social", "Secteurs", "Types de prestation", "Réseaux",
          "Référence client 1", "Référence client 2", "Effectif en insertion",
          "Effectif permanent", "Forme juridique", "Identifiant", "Notes", "Commentaire"]
ROW = ["Atelier Bleu", "AB Services", "73282932000074", "Entreprise adaptée (EA)", "Siège",
       "3 rue Haute", "Bâtiment B", "69003", "Lyon", "04 72 00 00 00", "Contact@Bleu.fr",
       "www.atelier-bleu.fr", "https://www.linkedin.com/company/atelier-bleu", "Horticulture",
       "PREST", "Gesat", "Ville de Lyon", "SNCF", "12,5", "4", "SAS", "AB-17",
       "Livre le samedi.\nDemander Paul.", "Client depuis 2019"]
#: What the card then shows of each field.
EXPECTED = {
    "name": "Atelier Bleu", "brand": "AB Services", "siret": "73282932000074", "kind": "EA",
    "nature": "HEAD_OFFICE", "address": "3 rue Haute, Bâtiment B", "post_code": "69003",
    "city": "Lyon", "department_code": "69", "phone": "+33472000000", "email": "contact@bleu.fr",
    "website": "www.atelier-bleu.fr",
    "social_website": "https://www.linkedin.com/company/atelier-bleu",
    "service_types": '["PREST"]', "networks": '["Gesat"]', "headcount_insertion": 12.5,
    "headcount_permanent": 4.0, "legal_form": "SAS", "source_id": "AB-17",
    "notes": "Livre le samedi.\nDemander Paul.\nClient depuis 2019",
}


def card(workspace, name: str) -> dict:
    with workspace.engine.connect() as connection:
        row = connection.execute(select(STRUCTURES).where(STRUCTURES.c.name == name)).one()
    return dict(row._mapping)


def contacts(workspace) -> list[tuple]:
    with workspace.engine.connect() as connection:
        return connection.execute(text("SELECT first_name, last_name FROM contact")).all()


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])  # column by column; row by row
def test_every_mapped_field_is_stored(workspace, tmp_path: Path, suffix: str):
    path = table_file(tmp_path / f"annuaire{suffix}", HEADER, ROW)

    summary = run(workspace, path)

    assert (summary.inserted, summary.rejected, summary.issues) == (1, 0, [])
    stored_card = card(workspace, "Atelier Bleu")
    assert {key: stored_card[key] for key in EXPECTED} | {
        "service_types": json.dumps(stored_card["service_types"]),
        "networks": json.dumps(stored_card["networks"])} == EXPECTED
    assert [ref["name"] for ref in stored_card["client_references"]] == ["Ville de Lyon", "SNCF"]
    with workspace.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM counterparty_sector")).scalar() == 1


def test_contact_columns_give_a_contact(workspace, tmp_path: Path):
    path = table_file(tmp_path / "clients.xlsx",
                      ["Nom de l'entreprise", "Code postal", "Interlocuteur", "Notes"],
                      ["Airbus Atlantic", "44000", "Mme Leroy - achats", "contrat espaces verts"])

    run(workspace, path)

    assert contacts(workspace) == [(None, "Mme Leroy - achats")]
    assert stored(workspace, "notes") == {"Airbus Atlantic": "contrat espaces verts"}


def test_notes_join_the_users_own_without_overwriting_them(workspace, tmp_path: Path):
    header = ["Raison sociale", "Code postal", "Notes"]
    run(workspace, table_file(tmp_path / "a.csv", header, ["Atelier Bleu", "69003", ""],
                              ["Atelier Vert", "69003", "à relancer"]))
    hand_edit(workspace, "Atelier Bleu", "notes", "Très réactifs.")
    again = table_file(tmp_path / "b.csv", header, ["Atelier Bleu", "69003", "Devis envoyé"],
                       ["Atelier Vert", "69003", "à relancer"])

    first = run(workspace, again)
    second = run(workspace, again)

    assert stored(workspace, "notes") == {"Atelier Bleu": "Très réactifs.\n\nDevis envoyé",
                                          "Atelier Vert": "à relancer"}
    assert (first.updated, first.unchanged, first.conflicts) == (1, 1, 0)
    assert (second.updated, second.unchanged) == (0, 2)


def test_a_site_column_is_no_website(workspace, tmp_path: Path):
    path = table_file(tmp_path / "sites.csv", ["Raison sociale", "Code postal", "Site"],
                      ["Menuiserie Solidaire", "69003", "Lyon Part-Dieu"])

    summary = run(workspace, path)

    assert (summary.inserted, summary.flagged) == (1, 0)
    assert stored(workspace, "website") == {"Menuiserie Solidaire": None}


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_website_that_is_no_address_is_flagged_not_stored(workspace, tmp_path: Path,
                                                             suffix: str):
    path = table_file(tmp_path / f"web{suffix}", ["Raison sociale", "Code postal", "Site web"],
                      ["Menuiserie Solidaire", "69003", "en construction"],
                      ["Atelier Bleu", "69003", "https://atelier-bleu.fr"])

    summary = run(workspace, path)

    assert [(i.line, i.field, i.value, i.reason) for i in summary.issues] == [
        (2, "website", "en construction", BAD_WEBSITE)]
    assert stored(workspace, "website") == {"Menuiserie Solidaire": None,
                                            "Atelier Bleu": "https://atelier-bleu.fr"}


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_line_breaks_and_tabs_in_a_name_are_one_space(workspace, tmp_path: Path, suffix: str):
    path = table_file(tmp_path / f"noms{suffix}", ["Raison sociale", "Code postal", "Ville"],
                      ['Chantier "Multi\nservices" du Lot', "46000", "Cahors\tCentre"],
                      ["Ateliers   du\r\n Bocage", "49300", "Cholet"])

    run(workspace, path)

    assert stored(workspace, "city") == {'Chantier "Multi services" du Lot': "Cahors Centre",
                                         "Ateliers du Bocage": "Cholet"}


def test_a_hand_edit_conflict_is_said_once_per_file_value(workspace, tmp_path: Path):
    header = ["Raison sociale", "Code postal", "Ville"]
    run(workspace, table_file(tmp_path / "a.csv", header, ["Atelier Bleu", "49300", "Cholet"]))
    hand_edit(workspace, "Atelier Bleu", "city", "CHOLET CEDEX")
    same = table_file(tmp_path / "b.csv", header, ["Atelier Bleu", "49300", "Cholet"])

    first, again = run(workspace, same), run(workspace, same)
    moved = run(workspace, table_file(tmp_path / "c.csv", header,
                                      ["Atelier Bleu", "49300", "Cholet Nord"]))

    assert [i.value for i in first.issues if i.severity == "conflict"] == ["Cholet"]
    assert (again.conflicts, again.unchanged, again.updated) == (0, 1, 0)
    assert [i.value for i in moved.issues if i.severity == "conflict"] == ["Cholet Nord"]
    assert stored(workspace, "city") == {"Atelier Bleu": "CHOLET CEDEX"}


def test_finess_names_and_streets_read_in_normal_case(workspace, tmp_path: Path):
    from tests.exchange.test_workbook_finess_csv import establishment, finess_file

    lines = [establishment("440000001", "ESAT L'ENVOL - ADAPEI DE L'AIN"),
             establishment("440000002", "ESAT Les Genêts")]
    lines[1][8:10] = ["CHE", "DES MANGUIERS"]  # typvoie, voie
    summary = run(workspace, finess_file(tmp_path / "etalab.csv", *lines))

    assert (summary.inserted, summary.rejected) == (2, 0)
    assert stored(workspace, "address") == {"ESAT L'Envol - ADAPEI de l'Ain": "12 rue du Port",
                                            "ESAT Les Genêts": "12 chemin des Manguiers"}


def test_a_conflict_said_on_one_card_is_said_on_its_namesake_too(workspace, tmp_path: Path):
    """Two « Atelier Bleu » (Cholet, Lyon), each with its own e-mail typed by hand: the group's
    address a later file gives the second one is a conflict of its own, said."""
    header = ["Raison sociale", "Code postal", "E-mail"]
    run(workspace, table_file(tmp_path / "a.csv", header, ["Atelier Bleu", "49300", ""],
                              ["Atelier Bleu", "69003", ""]))
    for post_code, email in (("49300", "cholet@bleu.fr"), ("69003", "lyon@bleu.fr")):
        with workspace.engine.begin() as connection:
            connection.execute(update(STRUCTURES).where(STRUCTURES.c.post_code == post_code)
                               .values(email=email, edited_fields=["email"]))

    cholet = run(workspace, table_file(tmp_path / "b.csv", header,
                                       ["Atelier Bleu", "49300", "contact@bleu.fr"]))
    lyon = run(workspace, table_file(tmp_path / "c.csv", header,
                                     ["Atelier Bleu", "69003", "contact@bleu.fr"]))

    assert [(i.line, i.value, i.reason) for i in cholet.issues] == [
        (2, "contact@bleu.fr", HAND_EDITED.format(current="cholet@bleu.fr"))]
    assert [(i.line, i.value, i.reason) for i in lyon.issues] == [
        (2, "contact@bleu.fr", HAND_EDITED.format(current="lyon@bleu.fr"))]
    assert sorted(stored_emails(workspace)) == ["cholet@bleu.fr", "lyon@bleu.fr"]


def stored_emails(workspace) -> list[str]:
    with workspace.engine.connect() as connection:
        return list(connection.execute(select(STRUCTURES.c.email)).scalars())
