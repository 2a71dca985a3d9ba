"""A « Nouvelle fiche » closed before anything is typed closes at once: what the blank form says
by itself (« Fiche active » ticked, type Classique) is no change to save; a choice does ask."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from srm_inclusif.ui.counterparty_card.card_dialog import CardDialog


@pytest.fixture
def asked(monkeypatch) -> list[str]:
    """The questions the card asks, each answered « Annuler » (back to the card)."""
    texts: list[str] = []

    def question(_parent, _title, text, *_args):  # noqa: ANN001, ANN202
        texts.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", question)
    return texts


@pytest.fixture
def card(qtbot, ctx) -> CardDialog:
    shown = CardDialog(ctx, None)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def test_escape_on_an_untouched_new_card_closes_without_a_question(qtbot, card, asked) -> None:
    qtbot.keyClick(card.identity.edits["name"], Qt.Key.Key_Escape)
    assert asked == []
    assert not card.isVisible()


def test_unticking_fiche_active_is_a_change_to_save(qtbot, card, asked) -> None:
    card.identity.flags["active"].setChecked(False)
    qtbot.keyClick(card.identity.edits["name"], Qt.Key.Key_Escape)
    assert asked == ["Enregistrer la nouvelle fiche avant de fermer ?"]
    assert card.isVisible()


def test_a_kind_chosen_is_a_change_to_save(qtbot, card, asked) -> None:
    combo = card.identity.kind_combo
    combo.setCurrentIndex(combo.findData("ESAT"))
    qtbot.keyClick(card.identity.edits["name"], Qt.Key.Key_Escape)
    assert asked == ["Enregistrer la nouvelle fiche avant de fermer ?"]
