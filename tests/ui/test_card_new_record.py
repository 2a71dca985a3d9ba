"""A new record's card: the name field takes the first keys; the Contacts tab says when to come."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from srm_inclusif.storage.services.counterparty_edit import counterparty_values
from srm_inclusif.ui.counterparty_card.card_dialog import CardDialog
from srm_inclusif.ui.mnemonics import plain_text


def test_typing_in_a_new_card_writes_its_name(qtbot, ctx, warnings) -> None:
    card = CardDialog(ctx, None)
    qtbot.addWidget(card)
    card.show()
    qtbot.waitExposed(card)
    qtbot.keyClicks(card.focusWidget(), "Atelier Vert")
    assert card.identity.edits["name"].text() == "Atelier Vert"
    card.save()
    values, _ = counterparty_values(ctx.engine, counterparty_id=card.counterparty_id)
    assert values["name"] == "Atelier Vert"


def test_a_new_card_says_where_its_contacts_go(qtbot, ctx) -> None:
    card = CardDialog(ctx, None)
    qtbot.addWidget(card)
    titles = [plain_text(card.tabs.tabText(i)) for i in range(card.tabs.count())]
    assert "Contacts" in titles
    card.tabs.setCurrentIndex(titles.index("Contacts"))
    note = card.tabs.currentWidget().findChild(QLabel, "contactsLater")
    assert note.text().startswith("Enregistrez d'abord la fiche")
