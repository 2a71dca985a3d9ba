"""Lines of « Atelier Bleu » without SIRET, then one with the SIRET of the stored card
« ESAT Atelier Bleu », which holds invoice F1: the early lines move to the stored card.

An invoice among them that the card holds at that date updates its line (never a second
purchase), and a dry run says the move as what the import would do.
"""

from __future__ import annotations

import pytest
from sqlalchemy import text

from srm_inclusif.core.vocabulary import Profile
from srm_inclusif.storage.services import importing
from srm_inclusif.storage.services.settings import update_settings
from tests.exchange.import_support import cards_with_lines, import_spend_lines, run

SIRET = "44306184100047"
STORED = "ESAT Atelier Bleu"
HEADER = "Fournisseur;SIRET;Montant HT;Date;N° facture\n"
#: F1 corrected (111 € instead of 100 €) and F2, without SIRET, then F3 with it.
LINES = ("Atelier Bleu;;111,00;15/03/2026;F1", "Atelier Bleu;;120,00;16/03/2026;F2",
         f"Atelier Bleu;{SIRET};30,00;18/03/2026;F3")
UPDATED = ("Facture F1 du 15/03/2026, parmi ces lignes sans SIRET, déjà importée sur « ESAT "
           "Atelier Bleu » : la ligne enregistrée passe de 100,00\u00a0€ à 111,00\u00a0€ HT et "
           "prend les autres valeurs du fichier.")


@pytest.fixture
def stored_card(workspace, tmp_path, monkeypatch):
    """The workspace's card of the supplier, with its SIRET and invoice F1 of 100 €."""
    import_spend_lines(workspace, tmp_path, f"{STORED};{SIRET};100,00;15/03/2026;F1",
                       header=HEADER)
    monkeypatch.setattr(importing, "CHUNK_SIZE", 2)  # the SIRET comes in the second chunk
    return workspace


def _amounts(workspace) -> dict[str, int]:
    with workspace.engine.connect() as connection:
        return dict(connection.execute(text(
            "SELECT invoice_number, amount_cents FROM spend_line ORDER BY invoice_number")).all())


def test_a_stored_invoice_among_the_moved_lines_is_updated_not_doubled(stored_card, tmp_path):
    summary = import_spend_lines(stored_card, tmp_path, *LINES, header=HEADER)

    assert cards_with_lines(stored_card) == [(STORED, SIRET, 3)]
    assert _amounts(stored_card) == {"F1": 11_100, "F2": 12_000, "F3": 3_000}
    assert (summary.inserted, summary.updated, summary.unchanged) == (2, 1, 0)
    assert (summary.amount_added_cents, summary.amount_updated_cents) == (15_000, 11_100)
    assert (2, "invoice_number", "F1", UPDATED) in [
        (issue.line, issue.field, issue.value, issue.reason) for issue in summary.issues]


def test_the_file_imported_again_adds_nothing(stored_card, tmp_path):
    import_spend_lines(stored_card, tmp_path, *LINES, header=HEADER)

    summary = import_spend_lines(stored_card, tmp_path, *LINES, header=HEADER)

    assert cards_with_lines(stored_card) == [(STORED, SIRET, 3)]
    assert (summary.inserted, summary.updated, summary.unchanged) == (0, 0, 3)
    assert summary.amount_added_cents == 0


def test_a_dry_run_says_the_lines_would_move_and_changes_nothing(stored_card, tmp_path):
    summary = import_spend_lines(stored_card, tmp_path, *LINES, header=HEADER, dry_run=True)

    reasons = [issue.reason for issue in summary.issues]
    assert reasons[0] == (
        f"Fournisseur reconnu par son SIRET à la ligne 4 de « achats.csv » : « {STORED} » de "
        "l'espace. Ses lignes sans SIRET lui seraient rattachées : 2 dans l'import (remarque "
        "sur la première seulement).")
    assert "la ligne enregistrée passerait de 100,00\u00a0€ à 111,00\u00a0€ HT" in reasons[1]
    assert cards_with_lines(stored_card) == [(STORED, SIRET, 1)]
    assert _amounts(stored_card) == {"F1": 10_000}


def test_a_dry_run_says_a_client_s_sales_would_move(stored_card, tmp_path):
    update_settings(stored_card.engine, profile=Profile.STRUCTURE_INCLUSIVE)

    summary = import_spend_lines(stored_card, tmp_path, *LINES, header=HEADER, dry_run=True)

    assert "Ses ventes sans SIRET lui seraient rattachées : 2 dans l'import" in (
        summary.issues[0].reason)


def test_the_same_file_given_twice_counts_each_purchase_once(stored_card, tmp_path):
    first, second = tmp_path / "a.csv", tmp_path / "b.csv"
    for path in (first, second):
        path.write_text(HEADER + "".join(f"{line}\n" for line in LINES), encoding="utf-8")

    summary = run(stored_card, first, second, target="spend", format_key="spend")

    assert cards_with_lines(stored_card) == [(STORED, SIRET, 3)]
    assert (summary.merged_duplicates, summary.inserted, summary.updated) == (3, 2, 1)
