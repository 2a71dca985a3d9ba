"""A field left without an Alt letter takes one from an earlier field with another word start."""

from __future__ import annotations

from srm_inclusif.storage.services.counterparty_edit import create_counterparty
from srm_inclusif.ui.mnemonics import letter_of, plain_text, with_letters
from tests.ui.conftest import opened_card, press_alt


def test_an_earlier_text_moves_to_another_of_its_word_starts() -> None:
    # E, I, C, T are taken elsewhere: « Effectif » needs the F of « Forme », which keeps J.
    assert with_letters(["Forme juridique", "Effectif"], taken="EICT") == [
        "Forme &juridique", "E&ffectif"]


def test_an_earlier_text_never_moves_inside_a_word() -> None:
    # « Forme » could only move to its o, r, m or e: it keeps its F, « Fin » has no letter.
    assert with_letters(["Forme", "Fin"], taken={"I", "N"}) == ["&Forme", "Fin"]


def test_the_moved_text_keeps_a_letter_of_its_own() -> None:
    lettered = with_letters(["Forme juridique", "Effectif", "Jour"], taken="EICT")
    letters = [letter_of(text) for text in lettered]
    assert letters == ["J", "F", "O"]  # « Jour » then takes its next free letter


def test_the_french_card_reaches_the_insertion_headcount(qtbot, ctx, french) -> None:  # noqa: ANN001
    # Every letter of « Effectif en insertion (ETP) » was taken: it had none before.
    cid = create_counterparty(ctx.engine, values={"name": "Atelier Vert"}).id
    card = opened_card(qtbot, ctx, cid)
    card.show()
    card.activateWindow()
    qtbot.waitUntil(card.isActiveWindow)
    label = card.identity.labels["headcount_insertion"]
    assert plain_text(label.text()) == "Effectif en insertion (ETP)"
    assert plain_text(card.identity.labels["legal_form"].text()) == "Forme juridique"
    letter = letter_of(label.text())
    assert letter is not None
    press_alt(qtbot, card, letter)
    assert card.focusWidget() is card.identity.edits["headcount_insertion"]
