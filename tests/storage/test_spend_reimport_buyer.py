"""A re-import fills a stored line's missing buyer, and never replaces its buyer.

A corrected re-export without a buyer column keeps each stored line's buyer; a buyer unknown at
the first import gets her lines once she is added to the workspace.
"""

from __future__ import annotations

from sqlalchemy import text

from srm_inclusif.storage.services.people import PersonInput, add_person
from tests.exchange.import_support import run

HEADER = "Raison sociale;Facture;Montant;Date\n"
PAUL_LINE = "Atelier Solidaire;F-1;1 000,00 €;15/06/2026\n"
UNOWNED_LINE = "Atelier Solidaire;F-2;500,00 €;16/06/2026\n"
#: The accounting's corrected export: both invoices' amounts changed, still no buyer column.
CORRECTED = (HEADER + "Atelier Solidaire;F-1;1 200,00 €;15/06/2026\n"
             "Atelier Solidaire;F-2;550,00 €;16/06/2026\n")


def import_text(workspace, tmp_path, content: str, **settings):
    path = tmp_path / "achats.csv"
    path.write_text(content, encoding="utf-8")
    return run(workspace, path, target="spend", **settings)


def lines(workspace) -> dict[str, tuple[int, str | None]]:
    """Invoice number → amount in cents and buyer's name."""
    with workspace.engine.connect() as connection:
        rows = connection.execute(text(
            "SELECT s.invoice_number, s.amount_cents, p.name FROM spend_line s "
            "LEFT JOIN person p ON p.id = s.person_id"))
        return {invoice: (amount, name) for invoice, amount, name in rows}


def test_corrected_re_import_leaves_pauls_line_his_and_gives_marie_the_unowned_one(
        workspace, tmp_path):
    paul = add_person(workspace.engine, values=PersonInput(name="Paul Durand")).id
    marie = add_person(workspace.engine, values=PersonInput(name="Marie Leroy")).id
    import_text(workspace, tmp_path, HEADER + PAUL_LINE, default_buyer_id=paul)
    import_text(workspace, tmp_path, HEADER + UNOWNED_LINE)  # two people: no buyer
    assert lines(workspace) == {"F-1": (100000, "Paul Durand"), "F-2": (50000, None)}

    summary = import_text(workspace, tmp_path, CORRECTED, default_buyer_id=marie)

    assert lines(workspace) == {"F-1": (120000, "Paul Durand"), "F-2": (55000, "Marie Leroy")}
    assert (summary.updated, summary.default_buyer_lines) == (2, 1)


def test_corrected_re_import_without_a_default_buyer_keeps_the_stored_one(workspace, tmp_path):
    paul = add_person(workspace.engine, values=PersonInput(name="Paul Durand")).id
    add_person(workspace.engine, values=PersonInput(name="Marie Leroy"))
    import_text(workspace, tmp_path, HEADER + PAUL_LINE, default_buyer_id=paul)

    import_text(workspace, tmp_path, CORRECTED)

    assert lines(workspace)["F-1"] == (120000, "Paul Durand")


BUYER_HEADER = "Raison sociale;Facture;Montant;Date;Acheteur\n"
NAMED_LINES = (BUYER_HEADER + "Atelier Solidaire;F-1;1 000,00 €;15/06/2026;Alice DURAND\n"
               "Atelier Solidaire;F-2;500,00 €;16/06/2026;Paul Durand\n")


def test_a_buyer_unknown_at_the_first_import_gets_her_lines_once_added(workspace, tmp_path):
    add_person(workspace.engine, values=PersonInput(name="Paul Durand"))
    first = import_text(workspace, tmp_path, NAMED_LINES)
    assert lines(workspace) == {"F-1": (100000, None), "F-2": (50000, "Paul Durand")}
    assert [issue.value for issue in first.issues if issue.field == "buyer"] == ["Alice DURAND"]
    add_person(workspace.engine, values=PersonInput(name="Alice Durand"))

    again = import_text(workspace, tmp_path, NAMED_LINES)

    assert lines(workspace) == {"F-1": (100000, "Alice Durand"), "F-2": (50000, "Paul Durand")}
    assert (again.inserted, again.updated, again.unchanged) == (0, 1, 1)


def test_a_re_import_naming_another_buyer_leaves_the_line_to_its_own(workspace, tmp_path):
    add_person(workspace.engine, values=PersonInput(name="Paul Durand"))
    add_person(workspace.engine, values=PersonInput(name="Alice Durand"))
    import_text(workspace, tmp_path, NAMED_LINES)

    again = import_text(workspace, tmp_path, NAMED_LINES.replace("Paul Durand", "Alice Durand"))

    assert lines(workspace)["F-2"] == (50000, "Paul Durand")
    assert again.unchanged == 2


def test_re_imported_while_still_unknown_the_line_says_it_again(workspace, tmp_path):
    add_person(workspace.engine, values=PersonInput(name="Paul Durand"))
    import_text(workspace, tmp_path, NAMED_LINES)

    again = import_text(workspace, tmp_path, NAMED_LINES)

    assert (again.inserted, again.updated, again.unchanged) == (0, 0, 2)
    assert [issue.value for issue in again.issues if issue.field == "buyer"] == ["Alice DURAND"]
    assert lines(workspace)["F-1"] == (100000, None)
