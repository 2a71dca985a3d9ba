"""Two windows on one structure: the later save asks before writing over the earlier one."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

from srm_inclusif.storage.services.counterparty_edit import (
    counterparty_values,
    create_counterparty,
)
from srm_inclusif.ui.counterparty_card.card_dialog import CardDialog


class Questions(list[str]):
    """The questions asked by the card, answered by the answers the test queues."""

    def __init__(self) -> None:
        super().__init__()
        self.answers: list[bool] = []

    def __call__(self, _parent, _title, question, *, default_yes: bool) -> bool:  # noqa: ANN001
        self.append(question)
        assert not default_yes  # Entrée keeps what the other window saved
        return self.answers.pop(0)


@pytest.fixture
def questions(monkeypatch) -> Questions:  # noqa: ANN001
    asked = Questions()
    monkeypatch.setattr("srm_inclusif.ui.counterparty_card.card_dialog.asked", asked)
    return asked


def _two_cards(qtbot, ctx) -> tuple[int, CardDialog, CardDialog]:  # noqa: ANN001
    cid = create_counterparty(ctx.engine, values={"name": "Atelier Bleu", "kind": "EI"}).id
    first, second = CardDialog(ctx, cid), CardDialog(ctx, cid)
    qtbot.addWidget(first)
    qtbot.addWidget(second)
    first.identity.edits["phone"].setText("01 11 11 11 11")
    second.identity.edits["phone"].setText("02 22 22 22 22")
    second.identity.edits["email"].setText("b@exemple.fr")
    second.save()
    assert second.result() == QDialog.DialogCode.Accepted
    return cid, first, second


def test_no_keeps_the_other_window_s_phone_and_the_card_open(qtbot, ctx, questions) -> None:  # noqa: ANN001
    cid, first, _second = _two_cards(qtbot, ctx)
    questions.answers.append(False)

    first.save()

    assert len(questions) == 1
    assert "« Téléphone »" in questions[0]
    assert "E-mail" not in questions[0]
    assert first.result() != QDialog.DialogCode.Accepted
    values = counterparty_values(ctx.engine, counterparty_id=cid)[0]
    assert (values["phone"], values["email"]) == ("+33222222222", "b@exemple.fr")


def test_yes_writes_this_window_s_phone_and_keeps_the_other_s_email(qtbot, ctx, questions) -> None:  # noqa: ANN001
    cid, first, _second = _two_cards(qtbot, ctx)
    questions.answers.append(True)

    first.save()

    assert first.result() == QDialog.DialogCode.Accepted
    values = counterparty_values(ctx.engine, counterparty_id=cid)[0]
    assert (values["phone"], values["email"]) == ("+33111111111", "b@exemple.fr")


def test_a_field_changed_only_elsewhere_is_no_question(qtbot, ctx, questions) -> None:  # noqa: ANN001
    cid = create_counterparty(ctx.engine, values={"name": "Atelier Bleu", "kind": "EI"}).id
    first, second = CardDialog(ctx, cid), CardDialog(ctx, cid)
    qtbot.addWidget(first)
    qtbot.addWidget(second)
    second.identity.edits["email"].setText("b@exemple.fr")
    second.save()
    first.identity.edits["city"].setText("Lyon")

    first.save()

    assert questions == []
    values = counterparty_values(ctx.engine, counterparty_id=cid)[0]
    assert (values["city"], values["email"]) == ("Lyon", "b@exemple.fr")


def test_the_same_value_saved_elsewhere_is_no_question(qtbot, ctx, questions) -> None:  # noqa: ANN001
    cid = create_counterparty(ctx.engine, values={"name": "Atelier Bleu", "kind": "EI"}).id
    first, second = CardDialog(ctx, cid), CardDialog(ctx, cid)
    qtbot.addWidget(first)
    qtbot.addWidget(second)
    for card in (first, second):
        card.identity.edits["city"].setText("Lyon")
    second.save()

    first.save()

    assert questions == []
    assert first.result() == QDialog.DialogCode.Accepted
    assert counterparty_values(ctx.engine, counterparty_id=cid)[0]["city"] == "Lyon"
