"""Re-importing a corrected spend file: a line with a known invoice number is updated, not added."""

from __future__ import annotations

from sqlalchemy import text
from sqlmodel import Session

from srm_inclusif.storage.services.spend_merge import INVOICE_UPDATED, SAME_DAY_LINE_LEFT
from srm_inclusif.storage.tables import Contract, Relationship
from tests.exchange.import_support import run

HEADER = ("Raison sociale du Fournisseur;SIRET;Dépense achat (€);Date;N° de facture;"
          "Catégorie d'achat\n")
ATELIER, JARDINS = "Atelier du Lac;44306184100047", "Jardins de Loire;44306184100054"


def spend_file(tmp_path, name: str, *lines: str):
    """A spend file ``name`` of ``lines`` (``supplier;siret;amount;date;invoice;category``)."""
    path = tmp_path / name
    path.write_text(HEADER + "".join(f"{line}\n" for line in lines), encoding="utf-8")
    return path


def import_spend(workspace, path):
    return run(workspace, path, target="spend", format_key="spend")


def stored_lines(workspace) -> list[tuple]:
    """(invoice, amount in cents, date, category) of each stored line, in order of creation."""
    with workspace.engine.connect() as connection:
        return [tuple(row) for row in connection.execute(text(
            "SELECT invoice_number, amount_cents, spend_date, purchase_category FROM spend_line "
            "ORDER BY id"))]


def reported(summary) -> list[tuple]:
    return [(i.line, i.field, i.value, i.reason) for i in summary.issues if i.severity == "flagged"
            and i.reason in (INVOICE_UPDATED, SAME_DAY_LINE_LEFT)]


def test_a_corrected_invoice_replaces_the_stored_line(workspace, tmp_path):
    import_spend(workspace, spend_file(tmp_path, "janvier.csv", f"{ATELIER};100,00;15/01/2026;F1;",
                                       f"{JARDINS};200,00;15/01/2026;F2;"))

    summary = import_spend(workspace, spend_file(
        tmp_path, "janvier_corrige.csv", f"{ATELIER};100,00;15/01/2026;F1;",
        f"{JARDINS};250,00;15/01/2026;F2;Espaces verts"))

    assert (summary.inserted, summary.updated, summary.unchanged) == (0, 1, 1)
    assert stored_lines(workspace) == [("F1", 10_000, "2026-01-15", None),
                                       ("F2", 25_000, "2026-01-15", "Espaces verts")]
    assert [issue.reason for issue in summary.issues if issue.value == "F2"] == [
        "Facture déjà importée pour ce fournisseur : la ligne enregistrée à cette date passe de "
        "200,00\u00a0€ à 250,00\u00a0€ HT et prend les autres valeurs du fichier."]
    assert (summary.amount_added_cents, summary.amount_updated_cents) == (0, 25_000)


def test_one_order_number_in_two_monthly_files_keeps_both_months(workspace, tmp_path):
    header = "Fournisseur;SIRET;Montant HT;Date;N° BC\n"
    january, february = tmp_path / "janvier.csv", tmp_path / "fevrier.csv"
    january.write_text(header + f"{ATELIER};100,00;15/01/2026;BC-17\n", encoding="utf-8")
    february.write_text(header + f"{ATELIER};80,00;12/02/2026;BC-17\n", encoding="utf-8")
    import_spend(workspace, january)

    summary = import_spend(workspace, february)

    assert (summary.inserted, summary.updated, reported(summary)) == (1, 0, [])
    assert stored_lines(workspace) == [("BC-17", 10_000, "2026-01-15", None),
                                       ("BC-17", 8_000, "2026-02-12", None)]
    assert sum(amount for _i, amount, _d, _c in stored_lines(workspace)) == 18_000


def test_an_invoice_of_another_supplier_is_another_line(workspace, tmp_path):
    import_spend(workspace, spend_file(tmp_path, "a.csv", f"{ATELIER};100,00;15/01/2026;F1;"))

    summary = import_spend(workspace, spend_file(tmp_path, "b.csv",
                                                 f"{JARDINS};300,00;15/01/2026;F1;"))

    assert (summary.inserted, summary.updated) == (1, 0)
    assert [amount for _i, amount, _d, _c in stored_lines(workspace)] == [10_000, 30_000]


def test_an_invoice_split_over_two_lines_is_matched_line_by_line(workspace, tmp_path):
    lines = (f"{ATELIER};100,00;15/01/2026;F7;Espaces verts",
             f"{ATELIER};40,00;15/01/2026;F7;Nettoyage")
    import_spend(workspace, spend_file(tmp_path, "f7.csv", *lines))

    again = import_spend(workspace, spend_file(tmp_path, "f7.csv", *lines))
    corrected = import_spend(workspace, spend_file(
        tmp_path, "f7_corrige.csv", f"{ATELIER};45,00;15/01/2026;F7;Nettoyage", lines[0]))

    assert (again.inserted, again.updated, again.unchanged) == (0, 0, 2)
    assert (corrected.inserted, corrected.updated, corrected.unchanged) == (0, 1, 1)
    assert stored_lines(workspace) == [("F7", 10_000, "2026-01-15", "Espaces verts"),
                                       ("F7", 4_500, "2026-01-15", "Nettoyage")]


def link_to_a_contract(workspace) -> int:
    """Link every stored line to a new contract with its supplier, as the user does."""
    with Session(workspace.engine) as session:
        counterparty_id = session.execute(text("SELECT counterparty_id FROM spend_line")).scalar()
        relationship = Relationship(counterparty_id=counterparty_id)
        session.add(relationship)
        session.flush()
        contract = Contract(relationship_id=relationship.id, title="Marché test")
        session.add(contract)
        session.flush()
        session.execute(text("UPDATE spend_line SET contract_id = :id"), {"id": contract.id})
        session.commit()
        return contract.id


def test_an_updated_line_keeps_the_contract_the_user_linked(workspace, tmp_path):
    import_spend(workspace, spend_file(tmp_path, "a.csv", f"{ATELIER};100,00;15/01/2026;F1;"))
    contract_id = link_to_a_contract(workspace)

    import_spend(workspace, spend_file(tmp_path, "b.csv", f"{ATELIER};120,00;15/01/2026;F1;"))

    with workspace.engine.connect() as connection:
        assert connection.execute(text(
            "SELECT amount_cents, contract_id FROM spend_line")).one() == (12_000, contract_id)


def test_a_changed_line_without_invoice_is_added_and_reported(workspace, tmp_path):
    import_spend(workspace, spend_file(tmp_path, "janvier.csv", f"{ATELIER};100,00;15/01/2026;;",
                                       f"{ATELIER};100,00;15/01/2026;;",
                                       f"{JARDINS};200,00;15/01/2026;;"))

    summary = import_spend(workspace, spend_file(
        tmp_path, "janvier_corrige.csv", f"{JARDINS};250,00;15/01/2026;;",
        f"{ATELIER};100,00;15/01/2026;;", f"{ATELIER};100,00;15/01/2026;;"))

    assert (summary.inserted, summary.updated, summary.unchanged) == (1, 0, 2)
    assert reported(summary) == [(2, "amount", "250,00\u00a0€", SAME_DAY_LINE_LEFT)]
    assert sum(amount for _i, amount, _d, _c in stored_lines(workspace)) == 65_000


def test_a_new_purchase_on_another_day_is_added_without_a_word(workspace, tmp_path):
    first = spend_file(tmp_path, "janvier.csv", f"{ATELIER};100,00;15/01/2026;;")
    import_spend(workspace, first)

    again = import_spend(workspace, first)
    more = import_spend(workspace, spend_file(tmp_path, "fevrier.csv",
                                              f"{ATELIER};100,00;15/01/2026;;",
                                              f"{ATELIER};80,00;03/02/2026;;"))

    assert (again.unchanged, reported(again)) == (1, [])
    assert (more.inserted, more.unchanged, reported(more)) == (1, 1, [])
