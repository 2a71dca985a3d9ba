"""Two windows on one structure: the later save asks before writing over the earlier one."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from srm_inclusif.storage.services.counterparty_edit import (
    counterparty_values,
    create_counterparty,
)
from srm_inclusif.ui.counterparty_card.card_dialog import CardDialog
from srm_inclusif.ui.counterparty_card.conflict_question import Conflict, ConflictQuestion


class Questions(list[str]):
    """The questions asked by the card, answered by the buttons the test queues."""

    def __init__(self) -> None:
        super().__init__()
        self.answers: list[str] = []  # "mine", "theirs" or "cancel": the button pressed

    def __call__(self, box: ConflictQuestion) -> int:
        self.append(box.text().replace("\u00a0", " "))  # spaces, as read
        assert box.defaultButton() is box.cancel  # Entrée saves nothing
        assert box.escapeButton() is box.cancel
        getattr(box, self.answers.pop(0)).click()
        return 0


@pytest.fixture
def questions(monkeypatch) -> Questions:  # noqa: ANN001
    asked = Questions()
    monkeypatch.setattr(ConflictQuestion, "exec", lambda box: asked(box))
    return asked


def _opened_twice(qtbot, ctx) -> tuple[int, CardDialog, CardDialog]:  # noqa: ANN001
    """« Atelier Bleu », its card open in two windows."""
    cid = create_counterparty(ctx.engine, values={"name": "Atelier Bleu", "kind": "EI"}).id
    first, second = CardDialog(ctx, cid), CardDialog(ctx, cid)
    qtbot.addWidget(first)
    qtbot.addWidget(second)
    return cid, first, second


def _two_cards(qtbot, ctx) -> tuple[int, CardDialog, CardDialog]:  # noqa: ANN001
    """The second window saved a phone and an e-mail; the first one has typed another phone."""
    cid, first, second = _opened_twice(qtbot, ctx)
    first.identity.edits["phone"].setText("01 11 11 11 11")
    second.identity.edits["phone"].setText("02 22 22 22 22")
    second.identity.edits["email"].setText("b@exemple.fr")
    second.save()
    assert second.result() == QDialog.DialogCode.Accepted
    return cid, first, second


def _stored(ctx, cid: int) -> tuple[str, str]:  # noqa: ANN001
    values = counterparty_values(ctx.engine, counterparty_id=cid)[0]
    return values["phone"], values["email"]


def test_the_question_quotes_the_value_saved_elsewhere_and_the_one_typed(
        qtbot, ctx, questions) -> None:  # noqa: ANN001
    _cid, first, _second = _two_cards(qtbot, ctx)
    questions.answers.append("cancel")

    first.save()

    assert ("Téléphone : enregistré ailleurs « 02 22 22 22 22 », "
            "votre saisie « 01 11 11 11 11 »") in questions[0]
    assert "E-mail" not in questions[0]


def test_cancel_saves_nothing_and_keeps_the_card_open(qtbot, ctx, questions) -> None:  # noqa: ANN001
    cid, first, _second = _two_cards(qtbot, ctx)
    first.identity.edits["city"].setText("Lyon")
    questions.answers.append("cancel")

    first.save()

    assert first.result() != QDialog.DialogCode.Accepted
    assert _stored(ctx, cid) == ("+33222222222", "b@exemple.fr")
    assert counterparty_values(ctx.engine, counterparty_id=cid)[0]["city"] is None
    assert first.identity.edits["phone"].text() == "01 11 11 11 11"  # still what was typed


@pytest.mark.parametrize(("answer", "stored"), [
    pytest.param("mine", ("+33111111111", "b@exemple.fr"), id="mine-writes-this-windows-phone"),
    pytest.param("theirs", ("+33222222222", "b@exemple.fr"), id="theirs-keeps-the-other-phone"),
])
def test_either_answer_with_nothing_else_changed_saves_and_closes_the_card(
        qtbot, ctx, questions, answer: str, stored: tuple[str, str]) -> None:  # noqa: ANN001
    """Both keep the other window's e-mail, which this one did not touch."""
    cid, first, _second = _two_cards(qtbot, ctx)
    questions.answers.append(answer)

    first.save()

    assert first.result() == QDialog.DialogCode.Accepted
    assert _stored(ctx, cid) == stored


def test_keep_theirs_saves_the_other_changes_but_not_the_phone(
        qtbot, ctx, questions) -> None:  # noqa: ANN001
    cid, first, _second = _two_cards(qtbot, ctx)
    first.identity.edits["city"].setText("Lyon")
    questions.answers.append("theirs")

    first.save()

    assert first.result() == QDialog.DialogCode.Accepted
    assert _stored(ctx, cid) == ("+33222222222", "b@exemple.fr")
    assert counterparty_values(ctx.engine, counterparty_id=cid)[0]["city"] == "Lyon"
    assert first.identity.edits["phone"].text() == "02 22 22 22 22"


def test_keep_theirs_then_a_refused_value_shows_theirs_and_asks_no_more(
        qtbot, ctx, questions, monkeypatch) -> None:  # noqa: ANN001
    cid, first, second = _opened_twice(qtbot, ctx)
    second.identity.edits["phone"].setText("02 22 22 22 22")
    second.save()
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    first.identity.edits["phone"].setText("01 11 11 11 11")
    first.identity.edits["email"].setText("pas une adresse")
    questions.answers.append("theirs")

    first.save()  # the e-mail is refused: the card stays open, showing their phone
    first.save()  # saved again as is: their phone is no change, nothing is asked again

    assert len(warnings) == 2
    assert len(questions) == 1
    assert first.result() != QDialog.DialogCode.Accepted
    assert first.identity.edits["phone"].text() == "02 22 22 22 22"
    assert _stored(ctx, cid) == ("+33222222222", None)


def test_a_field_changed_only_elsewhere_is_no_question(qtbot, ctx, questions) -> None:  # noqa: ANN001
    cid, first, second = _opened_twice(qtbot, ctx)
    second.identity.edits["email"].setText("b@exemple.fr")
    second.save()
    first.identity.edits["city"].setText("Lyon")

    first.save()

    assert questions == []
    values = counterparty_values(ctx.engine, counterparty_id=cid)[0]
    assert (values["city"], values["email"]) == ("Lyon", "b@exemple.fr")


def test_the_same_value_saved_elsewhere_is_no_question(qtbot, ctx, questions) -> None:  # noqa: ANN001
    cid, first, second = _opened_twice(qtbot, ctx)
    for card in (first, second):
        card.identity.edits["city"].setText("Lyon")
    second.save()

    first.save()

    assert questions == []
    assert first.result() == QDialog.DialogCode.Accepted
    assert counterparty_values(ctx.engine, counterparty_id=cid)[0]["city"] == "Lyon"


def test_values_read_as_on_the_card_lists_joined_and_empty_said(qtbot) -> None:  # noqa: ANN001
    box = ConflictQuestion(None, "Atelier Bleu", [
        Conflict("networks", ["Coorace", "Chantier école"], ["Coorace"]),
        Conflict("kind", "EI", None),
        Conflict("is_qpv", True, False),
        Conflict("notes", "", "Rappeler\nlundi"),
    ])
    qtbot.addWidget(box)

    text = box.text().replace("\u00a0", " ")

    assert ("Réseaux : enregistré ailleurs « Coorace, Chantier école », "
            "votre saisie « Coorace »") in text
    assert ("Type de structure : enregistré ailleurs « EI – Entreprise d'insertion », "
            "votre saisie « Classique »") in text
    assert "QPV : enregistré ailleurs « oui », votre saisie « non »" in text
    assert "Notes : enregistré ailleurs (vide), votre saisie « Rappeler lundi »" in text
    assert {box.mine.text(), box.theirs.text(), box.cancel.text()} == {
        "Garder les vôtres", "Garder les leurs", "Annuler"}
