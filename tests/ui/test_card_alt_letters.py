"""The card from the keyboard: Alt+letter shows a tab or reaches a field, in both languages."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from srm_inclusif.storage.services.counterparty_edit import create_counterparty
from srm_inclusif.ui.counterparty_card.contacts_panel import ContactDialog
from srm_inclusif.ui.mnemonics import letter_of, plain_text
from tests.ui.conftest import letters_shown, opened_card, press_alt


def _active_card(qtbot, ctx):  # noqa: ANN001, ANN202
    cid = create_counterparty(ctx.engine, values={"name": "Atelier Vert"}).id
    card = opened_card(qtbot, ctx, cid)
    card.show()
    card.activateWindow()
    qtbot.waitUntil(card.isActiveWindow)  # shortcuts go to the active window
    return card


def test_alt_and_a_tabs_letter_shows_that_tab(qtbot, ctx, language) -> None:
    card = _active_card(qtbot, ctx)
    bar = card.tabs.tabBar()
    offers = card.tabs.indexOf(card.offers)
    letter = letter_of(bar.tabText(offers))
    assert letter is not None
    assert plain_text(bar.tabText(offers)) == {"fr": "Offres et références",
                                               "en": "Offers and references"}[language]
    press_alt(qtbot, card, letter)
    assert card.tabs.currentIndex() == offers


def test_alt_and_the_city_letter_goes_to_the_city(qtbot, ctx, language) -> None:
    card = _active_card(qtbot, ctx)
    label = card.identity.labels["city"]
    assert plain_text(label.text()) == {"fr": "Ville", "en": "Town"}[language]
    letter = letter_of(label.text())
    assert letter is not None
    press_alt(qtbot, card, letter)
    assert card.focusWidget() is card.identity.edits["city"]


def test_no_letter_is_used_twice_on_a_tab(qtbot, ctx, language) -> None:
    card = _active_card(qtbot, ctx)
    tabs = [letter_of(card.tabs.tabText(i)) for i in range(card.tabs.count())]
    assert None not in tabs
    for page in (card.identity, card.offers, card.contacts, card.notes.parentWidget()):
        letters = tabs + letters_shown(page) + letters_shown(card.buttons)
        assert sorted(letters) == sorted(set(letters)), page.objectName()
    assert len(letters_shown(card.identity)) >= 12  # most fields; there were none


def test_a_hand_edited_field_keeps_its_letter_and_its_mark(qtbot, ctx) -> None:
    cid = create_counterparty(ctx.engine, values={"name": "Atelier Vert"}).id
    card = opened_card(qtbot, ctx, cid)
    assert card.identity.labels["name"].text() == "No&m * ✎"  # N is « Notes et provenance »


def test_each_contact_field_has_a_letter_of_its_own(qtbot, language) -> None:
    dialog = ContactDialog({})
    qtbot.addWidget(dialog)
    fields = [letter_of(label.text()) for label in dialog.labels]
    buttons = letters_shown(dialog.findChild(QDialogButtonBox))
    assert None not in fields
    assert len(set(fields + buttons)) == len(fields + buttons)
