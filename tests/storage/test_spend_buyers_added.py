"""On request, a spend import adds to the organisation the buyers its file names that it lacks."""

from __future__ import annotations

from sqlalchemy import text

from srm_inclusif.storage.services.people import PersonInput, add_person, list_people
from tests.exchange.import_support import run

SPEND = ("Raison sociale;Facture;Montant;Date;Acheteur\n"
         "Atelier Solidaire;F-1;1 000,00 €;15/06/2026;Alice Durand\n"
         "Atelier Solidaire;F-2;500,00 €;16/06/2026;ALICE DURAND\n"
         "Atelier Solidaire;F-3;250,00 €;17/06/2026;p.roux@bellerive.fr\n"
         "Atelier Solidaire;F-4;100,00 €;18/06/2026;Camille Martin\n"
         "Atelier Solidaire;F-5;50,00 €;19/06/2026;\n")


def import_spend(workspace, tmp_path, **settings):
    path = tmp_path / "achats.csv"
    path.write_text(SPEND, encoding="utf-8")
    return run(workspace, path, target="spend", **settings)


def line_buyers(workspace) -> dict[str, str | None]:
    with workspace.engine.connect() as connection:
        return dict(connection.execute(text(
            "SELECT s.invoice_number, p.name FROM spend_line s "
            "LEFT JOIN person p ON p.id = s.person_id")).all())


def test_each_missing_buyer_is_added_once_and_gets_her_lines(workspace, tmp_path) -> None:
    add_person(workspace.engine, values=PersonInput(name="Camille Martin"))
    add_person(workspace.engine, values=PersonInput(name="Zoé Bernard"))

    summary = import_spend(workspace, tmp_path, new_buyer_role="Acheteur")

    assert summary.people_added == ["Alice Durand", "p.roux@bellerive.fr"]
    assert [issue for issue in summary.issues if issue.field == "buyer"] == []
    assert line_buyers(workspace) == {"F-1": "Alice Durand", "F-2": "Alice Durand",
                                      "F-3": "p.roux@bellerive.fr", "F-4": "Camille Martin",
                                      "F-5": None}
    added = {person.name: person for person in list_people(workspace.engine)}
    assert (added["Alice Durand"].role, added["Alice Durand"].email) == ("Acheteur", None)
    assert added["p.roux@bellerive.fr"].email == "p.roux@bellerive.fr"
    assert summary.counts()["people_added"] == 2


def test_a_simulation_names_them_and_adds_nobody(workspace, tmp_path) -> None:
    summary = import_spend(workspace, tmp_path, new_buyer_role="Acheteur", dry_run=True)

    assert summary.people_added == ["Alice Durand", "p.roux@bellerive.fr", "Camille Martin"]
    assert list_people(workspace.engine) == []


def test_without_the_request_nobody_is_added_and_the_lines_are_flagged(workspace,
                                                                       tmp_path) -> None:
    summary = import_spend(workspace, tmp_path)

    assert summary.people_added == []
    # each unknown buyer said once, on her first line (« ALICE DURAND » is Alice Durand)
    assert [(issue.line, issue.value) for issue in summary.issues if issue.field == "buyer"] == [
        (2, "Alice Durand"), (4, "p.roux@bellerive.fr"), (5, "Camille Martin")]
    assert list_people(workspace.engine) == []
