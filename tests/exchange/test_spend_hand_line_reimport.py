"""A purchase typed by hand that a spend import meets (same supplier, invoice and date): the import
report says it was a hand purchase, replaced by the file's line, not « Facture déjà importée »."""

from __future__ import annotations

from datetime import date

from sqlalchemy import text

from srm_inclusif.storage.services.imports import list_import_batches, list_import_issues
from srm_inclusif.storage.services.spend_entry import SpendValues, add_spend_line
from srm_inclusif.storage.services.spend_merge import HAND_LINE_REPLACED, INVOICE_UPDATED
from tests.exchange.test_spend_reimport import (
    ATELIER,
    import_spend,
    link_to_a_contract,
    spend_file,
)

TODAY = date(2026, 11, 23)


def _typed_by_hand(workspace, invoice: str, day: date, cents: int) -> int:  # noqa: ANN001
    """A purchase of the Atelier du Lac typed on its card (« Achats… »); its id."""
    with workspace.engine.connect() as connection:
        atelier = connection.execute(text(
            "SELECT id FROM counterparty WHERE name = 'Atelier du Lac'")).scalar_one()
    values = SpendValues(day, cents, invoice_number=invoice)
    return add_spend_line(workspace.engine, counterparty_id=atelier, values=values,
                          today=TODAY).id


def _report(workspace) -> list[tuple[int, str, str]]:  # noqa: ANN001
    """(line, invoice, reason) of the newest import's remarks, as the Imports page lists them."""
    newest = max(batch.id for batch in list_import_batches(workspace.engine))
    return [(issue.line, issue.value, issue.reason)
            for issue in list_import_issues(workspace.engine, batch_id=newest)]


def test_a_hand_purchase_met_by_an_import_is_reported_as_replaced(workspace, tmp_path) -> None:  # noqa: ANN001
    import_spend(workspace, spend_file(tmp_path, "janvier.csv", f"{ATELIER};100,00;15/01/2026;F1;"))
    hand = _typed_by_hand(workspace, "F9", date(2026, 1, 20), 20_000)

    summary = import_spend(workspace, spend_file(
        tmp_path, "janvier_corrige.csv", f"{ATELIER};120,00;15/01/2026;F1;",
        f"{ATELIER};250,00;20/01/2026;F9;Espaces verts"))

    assert (summary.inserted, summary.updated) == (0, 2)
    assert _report(workspace) == [  # imported twice: its old and new amounts said
        (2, "F1", "Facture déjà importée pour ce fournisseur : la ligne enregistrée à cette date "
                  "passe de 100,00\u00a0€ à 120,00\u00a0€ HT et prend les autres valeurs du "
                  "fichier."),
        (3, "F9", HAND_LINE_REPLACED)]
    assert INVOICE_UPDATED.startswith("Facture déjà importée pour ce fournisseur")
    assert HAND_LINE_REPLACED == (
        "Achat saisi à la main remplacé par la ligne du fichier (même n° de facture, même date) : "
        "il en prend le montant et les autres valeurs et compte désormais comme importé ; son "
        "contrat est gardé.")
    with workspace.engine.connect() as connection:
        line = connection.execute(text(
            "SELECT amount_cents, purchase_category, source, import_batch_id FROM spend_line "
            "WHERE id = :id"), {"id": hand}).one()
    # what the remark says: the file's amount and values; a line of this import now
    assert tuple(line) == (25_000, "Espaces verts", "spend", summary.batch_id)


def test_the_hand_purchase_keeps_its_contract(workspace, tmp_path) -> None:  # noqa: ANN001
    import_spend(workspace, spend_file(tmp_path, "janvier.csv", f"{ATELIER};100,00;15/01/2026;F1;"))
    hand = _typed_by_hand(workspace, "F9", date(2026, 1, 20), 20_000)
    contract_id = link_to_a_contract(workspace)

    import_spend(workspace, spend_file(tmp_path, "b.csv", f"{ATELIER};250,00;20/01/2026;F9;"))

    with workspace.engine.connect() as connection:
        assert connection.execute(text(
            "SELECT contract_id FROM spend_line WHERE id = :id"), {"id": hand}).scalar_one() \
            == contract_id


def test_a_hand_purchase_of_another_day_is_left_alone(workspace, tmp_path) -> None:  # noqa: ANN001
    import_spend(workspace, spend_file(tmp_path, "janvier.csv", f"{ATELIER};100,00;15/01/2026;F1;"))
    _typed_by_hand(workspace, "F9", date(2026, 1, 21), 20_000)

    summary = import_spend(workspace, spend_file(tmp_path, "b.csv",
                                                 f"{ATELIER};250,00;20/01/2026;F9;"))

    assert (summary.inserted, summary.updated) == (1, 0)
    assert HAND_LINE_REPLACED not in [reason for _line, _value, reason in _report(workspace)]
