"""The « déjà suivie par » question and the refusal of an undo changed since, in each language.

Before, both went through a context lupdate could not read: the English UI showed them in
French (half French for the refusal), and French showed the raw « autre(s) enregistrement(s) ».
These tests pass once the catalogues hold the texts (``tools/update_translations.py``, filled).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QMessageBox

from srm_inclusif.core.vocabulary import Stage
from srm_inclusif.storage.services.counterparty_edit import create_counterparty
from srm_inclusif.storage.services.followings import Following
from srm_inclusif.storage.services.record_states import Drift
from srm_inclusif.storage.workspace import open_workspace
from srm_inclusif.ui.changed_since import changed_since_text
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.counterparty_card.card_dialog import CardDialog
from srm_inclusif.ui.lifecycle.already_followed import (
    followed_question,
    structures_to_follow,
)
from tests.conftest import DEMO_TODAY
from tests.ui.conftest import Warnings

FOLLOWED = Following(counterparty_id=1, counterparty_name="Propreté Lyon", person_id=7,
                     person_name="Sophie Girard", stage=Stage.CONSULTATION)
MINE = Following(counterparty_id=2, counterparty_name="Net Services", person_id=3,
                 person_name="Claire Fontaine", stage=Stage.CONSULTATION)


@pytest.fixture
def other(workspace) -> Iterator[WorkspaceContext]:  # noqa: ANN001
    """A second window on the same file: its own engine, its own undo stack."""
    opened = open_workspace(workspace.path)
    yield WorkspaceContext(opened, today=lambda: DEMO_TODAY)
    opened.close()


@pytest.fixture
def told(monkeypatch) -> Warnings:  # noqa: ANN001
    """What the refused undo said."""
    fake = Warnings()
    monkeypatch.setattr("srm_inclusif.ui.undo.QMessageBox", fake)
    monkeypatch.setattr("srm_inclusif.ui.commands.QMessageBox", fake)
    return fake


def _save(qtbot, ctx: WorkspaceContext, cid: int, address: str) -> None:  # noqa: ANN001
    card = CardDialog(ctx, cid)
    qtbot.addWidget(card)
    card.identity.edits["address"].setText(address)
    card.save()


def _drifts(count: int) -> list[Drift]:
    return [Drift(kind="contacts", name=f"Contact {i}", fields=("phone",)) for i in range(count)]


def test_the_already_followed_question_is_english_in_the_english_ui(english) -> None:  # noqa: ANN001
    assert followed_question([FOLLOWED], owner_id=3) == (
        "Propreté Lyon is already followed by Sophie Girard (Consultation). "
        "Create a relationship anyway?")


def test_a_shortlists_followed_question_is_english_in_the_english_ui(english) -> None:  # noqa: ANN001
    question = followed_question([FOLLOWED, MINE], owner_id=3)

    assert question == ("Already followed:\n– Propreté Lyon: Sophie Girard (Consultation)\n"
                        "– Net Services: relationship in progress (Consultation)\n\n"
                        "Create the relationships anyway?")


def test_the_choice_of_structures_to_follow_is_english_in_the_english_ui(
        english, monkeypatch) -> None:  # noqa: ANN001
    seen: list[tuple[str, list[str]]] = []

    def answer(box: QMessageBox) -> int:
        seen.append((box.text(), sorted(b.text() for b in box.buttons()
                                        if b is not box.button(QMessageBox.StandardButton.Cancel))))
        box.button(QMessageBox.StandardButton.Cancel).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)

    assert structures_to_follow(None, "", [1, 4, 5], [FOLLOWED], owner_id=3) == []
    assert seen == [(
        "Already followed:\n– Propreté Lyon: Sophie Girard (Consultation)\n\n"
        "Create all the relationships anyway, or only those of the structures not followed yet?",
        ["All (3)", "Only the 2 not followed yet"])]


def test_an_undo_refused_in_the_english_ui_is_said_in_english_only(
        english, qtbot, ctx, other, told) -> None:  # noqa: ANN001
    cid = create_counterparty(ctx.engine, values={"name": "Atelier Bleu", "kind": "EI"}).id
    _save(qtbot, ctx, cid, "1 rue de la Paix")
    _save(qtbot, other, cid, "2 avenue Foch")

    ctx.undo_stack.undo()

    assert told.shown == ["The record “Atelier Bleu” has been changed since, perhaps in another "
                          "window: the undo is not done.\nChanged since: Address."]


def test_a_redo_refused_in_the_english_ui_says_the_redo_is_not_done(english) -> None:  # noqa: ANN001
    text = changed_since_text([Drift(kind="contracts", name="Nettoyage", fields=())],
                              undoing=False)

    assert text == ("The contract “Nettoyage” has been changed since, perhaps in another "
                    "window: the redo is not done.")


@pytest.mark.parametrize(("count", "said"), [
    (5, "Et 1 autre enregistrement modifié depuis."),
    (6, "Et 2 autres enregistrements modifiés depuis."),
])
def test_the_records_not_named_are_counted_in_plain_french(
        french, count: int, said: str) -> None:  # noqa: ANN001
    text = changed_since_text(_drifts(count), undoing=True)

    assert text.count("\n\n") == 4  # four named, then the count
    assert text.endswith("\n\n" + said)


def test_the_records_not_named_are_counted_in_english(english) -> None:  # noqa: ANN001
    text = changed_since_text(_drifts(6), undoing=True)

    assert text.endswith("\n\nAnd 2 other records changed since.")
