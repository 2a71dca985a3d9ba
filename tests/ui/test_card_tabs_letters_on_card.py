"""On the card itself: the Secteurs, Labels and Suivi tabs' letters clash with no tab nor button."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from srm_inclusif.storage.services.counterparty_edit import create_counterparty
from srm_inclusif.ui.mnemonics import letter_of, plain_text
from tests.ui.conftest import letters_shown, opened_card, press_alt


def test_the_three_tabs_letters_are_their_own(qtbot, ctx, language) -> None:
    cid = create_counterparty(ctx.engine, values={"name": "Atelier Vert"}).id
    card = opened_card(qtbot, ctx, cid)
    tabs = [letter_of(card.tabs.tabText(i)) for i in range(card.tabs.count())]
    for page in (card.sectors, card.labels, card.follow_up):
        letters = letters_shown(page)
        assert letters, page.objectName()
        letters += tabs + letters_shown(card.buttons)
        assert sorted(letters) == sorted(set(letters)), page.objectName()


def test_alt_and_the_contracts_letter_on_the_follow_up_tab(qtbot, ctx, language) -> None:
    cid = create_counterparty(ctx.engine, values={"name": "Atelier Vert"}).id
    card = opened_card(qtbot, ctx, cid)
    card.show()
    card.activateWindow()
    qtbot.waitUntil(card.isActiveWindow)
    card.tabs.setCurrentWidget(card.follow_up)
    title = next(t for t in card.follow_up.titles
                 if plain_text(t.text()) == {"fr": "Contrats", "en": "Contracts"}[language])
    press_alt(qtbot, card, letter_of(title.text()))
    assert card.focusWidget() is card.follow_up.findChild(QWidget, "cardContracts")
