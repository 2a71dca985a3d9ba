"""A spend file may name its buyer by e-mail address: the login an ERP exports as the buyer."""

from __future__ import annotations

from sqlalchemy import text

from srm_inclusif.storage.services.people import PersonInput, add_person
from tests.exchange.import_support import run

SPEND = ("Raison sociale;Facture;Montant;Date;Acheteur\n"
         "Atelier Solidaire;F-1;1 000,00 €;15/06/2026;S.Lefevre@Bellerive.fr \n"
         "Atelier Solidaire;F-2;500,00 €;16/06/2026;sophie lefèvre\n"
         "Atelier Solidaire;F-3;250,00 €;17/06/2026;p.roux@bellerive.fr\n")


def test_a_buyer_named_by_her_e_mail_address_gets_her_lines(workspace, tmp_path) -> None:
    add_person(workspace.engine, values=PersonInput(name="Sophie Lefèvre",
                                                    email="s.lefevre@bellerive.fr"))
    path = tmp_path / "achats.csv"
    path.write_text(SPEND, encoding="utf-8")

    summary = run(workspace, path, target="spend")

    with workspace.engine.connect() as connection:
        buyers = dict(connection.execute(text(
            "SELECT s.invoice_number, p.name FROM spend_line s "
            "LEFT JOIN person p ON p.id = s.person_id")).all())
    assert buyers == {"F-1": "Sophie Lefèvre", "F-2": "Sophie Lefèvre", "F-3": None}
    assert [issue.value for issue in summary.issues if issue.field == "buyer"] == [
        "p.roux@bellerive.fr"]
