"""A supplier named without SIRET first, then with the SIRET of a stored card of another name.

The workspace knows « ESAT Les Ateliers du Rhône » by its SIRET; the ERP calls it « Ateliers du
Rhône » and gives the SIRET only on a late line, in a later chunk. Its lines end on the stored
card, the early ones said moved; no second card is left behind, and a re-import adds nothing.
"""

from __future__ import annotations

import pytest
from sqlalchemy import text

from srm_inclusif.core.vocabulary import Profile
from srm_inclusif.storage.services import importing
from srm_inclusif.storage.services.settings import update_settings
from tests.exchange.import_support import cards_with_lines, import_spend_lines, run

SIRET = "44306184100047"
STORED = "ESAT Les Ateliers du Rhône"
#: Four lines without SIRET (lines 2 to 5), then the SIRET (line 6), then one without (line 7).
REMARK = (f"Fournisseur reconnu par son SIRET à la ligne 6 de « achats.csv » : « {STORED} » de "
          "l'espace. Ses lignes sans SIRET lui sont rattachées : 4 dans l'import (remarque sur la "
          "première seulement).")
LINES = (*(f"Ateliers du Rhône;;{day}0,00;0{day}/02/2026" for day in range(1, 5)),
         "Ateliers du Rhône;443 061 841 00047;100,00;10/02/2026",
         "Ateliers du Rhône;;5,00;11/02/2026")


def found_by_search(workspace, word: str) -> int:
    with workspace.engine.connect() as connection:
        return connection.execute(text(
            "SELECT count(*) FROM counterparty_search WHERE counterparty_search MATCH :word"),
            {"word": word}).scalar_one()


@pytest.fixture
def stored_card(workspace, tmp_path):
    """The workspace's card of the supplier, with its SIRET and one purchase."""
    import_spend_lines(workspace, tmp_path, f"{STORED};{SIRET};1,00;02/01/2026")
    return workspace


@pytest.mark.parametrize("chunk_size", [1, 2, 3, 2000])
def test_early_lines_without_siret_end_on_the_stored_card(stored_card, tmp_path, monkeypatch,
                                                          chunk_size):
    monkeypatch.setattr(importing, "CHUNK_SIZE", chunk_size)

    summary = import_spend_lines(stored_card, tmp_path, *LINES)

    assert cards_with_lines(stored_card) == [(STORED, SIRET, 7)]
    assert (summary.rows, summary.inserted, summary.matched, summary.unmatched,
            summary.classic_created) == (6, 6, 6, 0, 0)
    assert summary.amount_total_cents == 20_500


def test_the_moved_lines_are_said_on_the_first_one(stored_card, tmp_path, monkeypatch):
    monkeypatch.setattr(importing, "CHUNK_SIZE", 2)

    summary = import_spend_lines(stored_card, tmp_path, *LINES)

    assert [(issue.line, issue.field, issue.value, issue.reason) for issue in summary.issues] == [
        (2, "supplier_name", "Ateliers du Rhône", REMARK)]
    assert summary.flagged == 1


def test_no_card_of_the_name_is_left_in_the_search(stored_card, tmp_path, monkeypatch):
    monkeypatch.setattr(importing, "CHUNK_SIZE", 2)

    import_spend_lines(stored_card, tmp_path, *LINES)

    assert found_by_search(stored_card, "rhone") == 1


def test_a_re_import_adds_nothing(stored_card, tmp_path, monkeypatch):
    monkeypatch.setattr(importing, "CHUNK_SIZE", 2)
    import_spend_lines(stored_card, tmp_path, *LINES)

    summary = import_spend_lines(stored_card, tmp_path, *LINES)

    assert cards_with_lines(stored_card) == [(STORED, SIRET, 7)]
    assert (summary.inserted, summary.unchanged, summary.classic_created) == (0, 6, 0)
    assert summary.amount_added_cents == 0  # « Montant des lignes nouvelles : 0,00 € HT »
    assert [(issue.line, issue.reason) for issue in summary.issues] == [(2, REMARK)]


def test_a_new_line_among_re_imported_ones_is_added(stored_card, tmp_path, monkeypatch):
    monkeypatch.setattr(importing, "CHUNK_SIZE", 2)
    import_spend_lines(stored_card, tmp_path, *LINES)

    summary = import_spend_lines(stored_card, tmp_path, *LINES[:3],
                                 "Ateliers du Rhône;;7,00;03/03/2026", *LINES[3:])

    assert cards_with_lines(stored_card) == [(STORED, SIRET, 8)]
    assert (summary.inserted, summary.unchanged) == (1, 6)


def test_a_card_created_with_the_file_s_kind_is_given_up_too(stored_card, tmp_path,
                                                             monkeypatch):
    monkeypatch.setattr(importing, "CHUNK_SIZE", 1)
    path = tmp_path / "achats.csv"
    path.write_text("Raison sociale;SIRET;Type;Montant;Date\n"
                    "Ateliers du Rhône;;ESAT;10,00;01/02/2026\n"
                    f"Ateliers du Rhône;{SIRET};ESAT;20,00;02/02/2026\n", encoding="utf-8")

    summary = run(stored_card, path, target="spend", format_key="spend")

    assert cards_with_lines(stored_card) == [(STORED, SIRET, 3)]
    assert (summary.typed_created, summary.classic_created, summary.matched) == (0, 0, 2)


def test_a_card_of_the_user_s_by_that_name_is_kept(stored_card, tmp_path, monkeypatch):
    """A card the user has by the line's name is the supplier she knows: never removed."""
    import_spend_lines(stored_card, tmp_path, "Ateliers du Rhône;;3,00;03/01/2026")
    monkeypatch.setattr(importing, "CHUNK_SIZE", 2)

    summary = import_spend_lines(stored_card, tmp_path, *LINES)

    assert cards_with_lines(stored_card) == [(STORED, SIRET, 2), ("Ateliers du Rhône", None, 6)]
    assert summary.classic_created == 0


def test_a_client_of_a_structure_inclusive_is_said_in_her_words(stored_card, tmp_path,
                                                                monkeypatch):
    update_settings(stored_card.engine, profile=Profile.STRUCTURE_INCLUSIVE)
    monkeypatch.setattr(importing, "CHUNK_SIZE", 2)

    summary = import_spend_lines(stored_card, tmp_path, *LINES)

    assert [issue.reason.split(" : ")[0] for issue in summary.issues] == [
        "Client reconnu par son SIRET à la ligne 6 de « achats.csv »"]
    assert cards_with_lines(stored_card) == [(STORED, SIRET, 7)]
