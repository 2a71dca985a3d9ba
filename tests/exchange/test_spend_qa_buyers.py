"""A buyer the file writes surname first or in capitals (« FONTAINE Claire ») is Claire Fontaine.

She was not found, and « --add-buyers » added a near-duplicate person.
"""

from __future__ import annotations

from sqlalchemy import text

from srm_inclusif.storage.services.buyer_names import PeopleByName
from srm_inclusif.storage.services.people import PersonInput, add_person, list_people
from tests.exchange.import_support import run

SPEND = ("Raison sociale;Facture;Montant;Date;Acheteur\n"
         "Atelier Solidaire;F-1;100,00;15/06/2026;FONTAINE Claire\n"
         "Atelier Solidaire;F-2;100,00;16/06/2026;Fontaine  Claire\n"
         "Atelier Solidaire;F-3;100,00;17/06/2026;CLAIRE FONTAINE\n"
         "Atelier Solidaire;F-4;100,00;18/06/2026;Claire Fontaine\n")


def import_spend(workspace, tmp_path, **settings):
    path = tmp_path / "achats.csv"
    path.write_text(SPEND, encoding="utf-8")
    return run(workspace, path, target="spend", format_key="spend", **settings)


def line_buyers(workspace) -> dict[str, str | None]:
    with workspace.engine.connect() as connection:
        return dict(connection.execute(text(
            "SELECT s.invoice_number, p.name FROM spend_line s "
            "LEFT JOIN person p ON p.id = s.person_id")).all())


def test_a_buyer_written_surname_first_is_found(workspace, tmp_path):
    add_person(workspace.engine, values=PersonInput(name="Claire Fontaine"))
    add_person(workspace.engine, values=PersonInput(name="Paul Martin"))

    summary = import_spend(workspace, tmp_path)

    assert set(line_buyers(workspace).values()) == {"Claire Fontaine"}
    assert [issue for issue in summary.issues if issue.field == "buyer"] == []


def test_add_buyers_adds_her_once(workspace, tmp_path):
    summary = import_spend(workspace, tmp_path, new_buyer_role="Acheteur")

    # written as the workspace's other people: first name, then surname (not in capitals)
    assert summary.people_added == ["Claire Fontaine"]
    assert [person.name for person in list_people(workspace.engine)] == ["Claire Fontaine"]
    assert set(line_buyers(workspace).values()) == {"Claire Fontaine"}


def test_the_name_as_written_wins_then_an_order_only_one_person_has():
    people = PeopleByName([(1, "Thomas Martin", None), (2, "Martin Thomas", None),
                           (3, "Anne Marie Dupont", None), (4, "Marie Anne Dupont", None),
                           (5, "Léa Roux", "lea.roux@exemple.fr"), (6, "Marie Dupont Anne", None)])

    assert people.find("MARTIN thomas") == (2, "Martin Thomas")
    assert people.find("DUPONT Anne Marie") is None  # two people: the lines are flagged
    assert people.find("ROUX Lea") == (5, "Léa Roux")
    assert people.find("Roux") is None
