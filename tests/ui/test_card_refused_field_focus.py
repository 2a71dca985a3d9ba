"""After a refused value on the card (« SIRET invalide : 14 chiffres attendus, 13 saisis. »),
the cursor is back in that field with its text selected: what the user types next replaces it,
instead of going into the field where Enregistrer was pressed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from srm_inclusif.ui.counterparty_card.card_dialog import CardDialog


@pytest.fixture
def warned(monkeypatch) -> list[str]:
    texts: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: texts.append(args[2]))
    return texts


@pytest.fixture
def card(qtbot, ctx, monkeypatch) -> CardDialog:
    # closed at the end of the test: its unsaved values are dropped
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_args: QMessageBox.StandardButton.Discard)
    shown = CardDialog(ctx, None)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    shown.activateWindow()
    shown.identity.edits["name"].setText("Les Jardins de Cocagne Lyon")
    return shown


def test_a_short_siret_takes_the_cursor_back_to_the_siret(qtbot, card, warned) -> None:
    siret, email = card.identity.edits["siret"], card.identity.edits["email"]
    siret.setText("7328293200007")
    email.setFocus()
    qtbot.keyClick(email, Qt.Key.Key_Return)  # Enregistrer, the default button
    assert warned == ["SIRET invalide : 14 chiffres attendus, 13 saisis."]
    assert card.focusWidget() is siret
    qtbot.keyClicks(card.focusWidget(), "73282932000074")
    assert siret.text() == "73282932000074"
    assert email.text() == ""


def test_an_unreadable_number_takes_the_cursor_back_to_it(qtbot, card, warned) -> None:
    headcount, name = card.identity.edits["headcount_insertion"], card.identity.edits["name"]
    headcount.setText("douze")
    card.tabs.setCurrentIndex(1)  # saved from another tab
    card.save()
    assert warned == ["Effectif en insertion (ETP) : nombre attendu (douze)."]
    assert card.tabs.currentIndex() == 0
    assert card.focusWidget() is headcount
    assert headcount.selectedText() == "douze"
    assert name.text() == "Les Jardins de Cocagne Lyon"
