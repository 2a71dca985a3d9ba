"""Closing a card with unsaved changes asks first: save, drop them, or go back to the card."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QMessageBox

from srm_inclusif.core.search_query import CounterpartyFilter
from srm_inclusif.storage.services.counterparties import search_counterparties
from srm_inclusif.storage.services.counterparty_edit import counterparty_values
from srm_inclusif.ui.counterparty_card.card_dialog import CardDialog

Button = QMessageBox.StandardButton


@pytest.fixture
def answer(monkeypatch):  # noqa: ANN201
    """Answers the card's question with ``answer.button``; the questions asked in ``.asked``."""

    class Answer:
        button = Button.Cancel
        asked: list[str] = []

        def question(self, _parent, _title, text, *_args):  # noqa: ANN001, ANN202
            self.asked.append(text)
            return self.button

    fake = Answer()
    fake.asked = []
    monkeypatch.setattr(QMessageBox, "question", fake.question)
    return fake


def _shown_new_card(qtbot, ctx, name: str) -> CardDialog:  # noqa: ANN001
    card = CardDialog(ctx, None)
    qtbot.addWidget(card)
    card.show()
    qtbot.waitExposed(card)
    card.identity.edits["name"].setText(name)
    return card


def _names(ctx) -> list[str]:  # noqa: ANN001
    rows = search_counterparties(ctx.engine, flt=CounterpartyFilter(), today=date(2026, 11, 22))
    return [row.name for row in rows]


def test_closing_a_new_card_with_a_name_asks_and_cancel_keeps_it_open(qtbot, ctx,
                                                                     answer) -> None:
    card = _shown_new_card(qtbot, ctx, "Atelier Vert")
    card.reject()  # Fermer, Escape or the window's cross
    assert answer.asked == ["Enregistrer la nouvelle fiche avant de fermer ?"]
    assert card.isVisible()
    assert card.identity.edits["name"].text() == "Atelier Vert"


def test_answering_save_creates_the_record_and_closes(qtbot, ctx, answer) -> None:
    answer.button = Button.Save
    card = _shown_new_card(qtbot, ctx, "Atelier Vert")
    card.reject()
    assert not card.isVisible()
    assert "Atelier Vert" in _names(ctx)


def test_answering_discard_closes_without_saving(qtbot, ctx, answer) -> None:
    answer.button = Button.Discard
    card = _shown_new_card(qtbot, ctx, "Atelier Vert")
    card.reject()
    assert not card.isVisible()
    assert "Atelier Vert" not in _names(ctx)


def test_an_edited_record_names_itself_and_an_untouched_one_closes_at_once(qtbot, ctx,
                                                                            answer) -> None:
    answer.button = Button.Save
    first = _shown_new_card(qtbot, ctx, "Atelier Vert")
    first.save()
    card = CardDialog(ctx, first.counterparty_id)
    qtbot.addWidget(card)
    card.show()
    qtbot.waitExposed(card)
    card.reject()
    assert answer.asked == []
    assert not card.isVisible()

    card.show()
    card.identity.edits["city"].setText("Lyon")
    card.reject()
    assert answer.asked == ["Enregistrer les modifications de « Atelier Vert » avant de fermer ?"]
    values, _ = counterparty_values(ctx.engine, counterparty_id=first.counterparty_id)
    assert values["city"] == "Lyon"
