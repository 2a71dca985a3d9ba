"""An invoice re-exported at another date (same supplier, number and amount) is flagged.

It is added (an order number read as the invoice number covers several months, each a line),
but its line names the date it was already counted at: counted twice, the buyer must see it.
"""

from __future__ import annotations

from tests.exchange.test_spend_qa_repeats import ATELIER, JARDINS, import_spend, spend_file
from tests.exchange.test_spend_qa_repeats import stored_total as stored_lines_total


def other_date_remarks(summary) -> list[tuple]:
    return [(issue.line, issue.field, issue.value, issue.reason) for issue in summary.issues
            if issue.severity == "flagged" and issue.field == "invoice_number"]


def test_an_invoice_already_imported_at_another_date_is_flagged(workspace, tmp_path):
    import_spend(workspace, spend_file(tmp_path, "janvier.csv", f"{ATELIER};100,00;15/01/2026;F1"))

    summary = import_spend(workspace, spend_file(tmp_path, "export.csv",
                                                 f"{ATELIER};100,00;20/01/2026;F1"))

    assert summary.inserted == 1
    assert stored_lines_total(workspace) == (2, 20_000)
    assert other_date_remarks(summary) == [(
        2, "invoice_number", "F1",
        "Facture déjà comptée pour ce fournisseur, au même montant, à la date du 15/01/2026 : "
        "cette ligne la compte une deuxième fois. Si elle a été réexportée à une autre date, "
        "retirez l'une des deux lignes.")]


def test_an_invoice_earlier_in_the_file_at_another_date_is_flagged(workspace, tmp_path):
    summary = import_spend(workspace, spend_file(
        tmp_path, "export.csv", f"{ATELIER};100,00;15/01/2026;F1",
        f"{JARDINS};100,00;20/01/2026;F1", f"{ATELIER};100,00;20/01/2026;F1"))

    assert summary.inserted == 3
    assert [(line, "15/01/2026" in reason) for line, _f, _v, reason
            in other_date_remarks(summary)] == [(4, True)]


def test_another_amount_on_the_same_number_is_not_flagged(workspace, tmp_path):
    summary = import_spend(workspace, spend_file(
        tmp_path, "export.csv", f"{ATELIER};100,00;15/01/2026;BC-17",
        f"{ATELIER};80,00;12/02/2026;BC-17"))

    assert (summary.inserted, other_date_remarks(summary)) == (2, [])
