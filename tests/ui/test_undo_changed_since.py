"""Two windows on one workspace file: an undo (redo) never overwrites what the other saved since.

Before, window 1's « Annuler : Modifier la fiche… » put back the address it had replaced,
over the one window 2 had saved since, and emptied its ``edited_fields``: window 2's save was
lost without a word.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest

from srm_inclusif.storage.changes import Changes
from srm_inclusif.storage.services.contracts import get_contract_fields, update_contract
from srm_inclusif.storage.services.counterparty_edit import (
    counterparty_values,
    create_counterparty,
)
from srm_inclusif.storage.services.merge import merge_counterparties, unmerge_counterparties
from srm_inclusif.storage.workspace import open_workspace
from srm_inclusif.ui.commands import run_step
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.counterparty_card.card_dialog import CardDialog
from tests.conftest import DEMO_TODAY
from tests.ui.conftest import Warnings

REFUSED = ("La fiche « Atelier Bleu » a été modifiée depuis, peut-être dans une autre "
           "fenêtre : l'annulation n'est pas faite.")


@pytest.fixture
def cid(ctx) -> int:  # noqa: ANN001
    return create_counterparty(ctx.engine, values={"name": "Atelier Bleu", "kind": "EI"}).id


@pytest.fixture
def other(workspace) -> Iterator[WorkspaceContext]:  # noqa: ANN001
    """A second window on the same file: its own engine, its own undo stack."""
    opened = open_workspace(workspace.path)
    yield WorkspaceContext(opened, today=lambda: DEMO_TODAY)
    opened.close()


def _save(qtbot, ctx: WorkspaceContext, cid: int, **typed: str) -> None:  # noqa: ANN001
    """Open the card in the window of ``ctx``, type the values, Enregistrer."""
    card = CardDialog(ctx, cid)
    qtbot.addWidget(card)
    for field, text in typed.items():
        card.identity.edits[field].setText(text)
    card.save()


def _stored(ctx: WorkspaceContext, cid: int) -> tuple[dict, list[str]]:
    return counterparty_values(ctx.engine, counterparty_id=cid, fields=("address", "phone"))


def _said(told: Warnings) -> list[str]:
    return [text.replace("\u00a0", " ") for text in told.shown]


def test_an_undo_keeps_the_address_saved_since_in_another_window_and_says_so(
        qtbot, ctx, other, cid, undo_warnings) -> None:  # noqa: ANN001
    _save(qtbot, ctx, cid, address="1 rue de la Paix")
    _save(qtbot, other, cid, address="2 avenue Foch")

    ctx.undo_stack.undo()

    values, edited = _stored(ctx, cid)
    assert values["address"] == "2 avenue Foch"
    assert "address" in edited  # still protected from the imports
    assert _said(undo_warnings) == [REFUSED + "\nModifié depuis : Adresse."]
    assert not ctx.undo_stack.can_undo()  # the step left; Ctrl+Z cannot try it again
    assert not ctx.undo_stack.can_redo()


def test_an_undo_with_no_change_elsewhere_still_puts_back_the_value(
        qtbot, ctx, other, cid, undo_warnings) -> None:  # noqa: ANN001
    _save(qtbot, ctx, cid, address="1 rue de la Paix")
    _save(qtbot, other, cid, address="1 rue de la Paix")  # the same: nothing saved

    ctx.undo_stack.undo()

    assert _stored(ctx, cid) == ({"address": None, "phone": None}, ["kind", "name"])
    assert undo_warnings.shown == []
    ctx.undo_stack.redo()
    assert _stored(ctx, cid)[0]["address"] == "1 rue de la Paix"


def test_this_windows_own_later_steps_are_no_change_elsewhere(
        qtbot, ctx, cid, undo_warnings) -> None:  # noqa: ANN001
    _save(qtbot, ctx, cid, address="1 rue de la Paix")
    _save(qtbot, ctx, cid, phone="01 23 45 67 89")

    ctx.undo_stack.undo()
    ctx.undo_stack.undo()
    ctx.undo_stack.redo()
    ctx.undo_stack.redo()

    assert undo_warnings.shown == []
    assert _stored(ctx, cid)[0] == {"address": "1 rue de la Paix", "phone": "+33123456789"}


def test_a_redo_keeps_what_was_saved_since_the_undo(
        qtbot, ctx, other, cid, undo_warnings) -> None:  # noqa: ANN001
    _save(qtbot, ctx, cid, address="1 rue de la Paix")
    ctx.undo_stack.undo()
    _save(qtbot, other, cid, address="2 avenue Foch")

    ctx.undo_stack.redo()

    assert _stored(ctx, cid)[0]["address"] == "2 avenue Foch"
    assert _said(undo_warnings) == [
        "La fiche « Atelier Bleu » a été modifiée depuis, peut-être dans une autre fenêtre : "
        "le rétablissement n'est pas fait.\nModifié depuis : Adresse."]
    assert not ctx.undo_stack.can_redo()


def test_a_refused_undo_leaves_the_earlier_steps_to_undo(
        qtbot, ctx, other, cid, undo_warnings) -> None:  # noqa: ANN001
    second = create_counterparty(ctx.engine, values={"name": "Jardins Verts"}).id
    _save(qtbot, ctx, second, address="3 place Bellecour")
    _save(qtbot, ctx, cid, address="1 rue de la Paix")
    _save(qtbot, other, cid, address="2 avenue Foch")

    ctx.undo_stack.undo()  # refused: Atelier Bleu changed since
    ctx.undo_stack.undo()  # Jardins Verts, untouched elsewhere

    assert len(undo_warnings.shown) == 1
    assert _stored(ctx, second)[0]["address"] is None
    assert _stored(ctx, cid)[0]["address"] == "2 avenue Foch"


def test_a_contract_edited_since_elsewhere_is_not_put_back(
        ctx, other, marche_test, undo_warnings) -> None:  # noqa: ANN001
    _rid, contract_id = marche_test
    before = get_contract_fields(ctx.engine, contract_id)
    mine, theirs = replace(before, title="Emballage"), replace(before, title="Tri")
    run_step(ctx, None, "Modifier le contrat",
             lambda: update_contract(ctx.engine, contract_id=contract_id, values=mine),
             lambda: update_contract(ctx.engine, contract_id=contract_id, values=before))
    update_contract(other.engine, contract_id=contract_id, values=theirs)

    ctx.undo_stack.undo()

    assert get_contract_fields(ctx.engine, contract_id).title == "Tri"
    assert _said(undo_warnings) == [
        "Le contrat « Tri » a été modifié depuis, peut-être dans une autre fenêtre : "
        "l'annulation n'est pas faite."]


def test_a_merge_is_not_undone_over_a_phone_saved_since_on_the_kept_card(
        qtbot, ctx, other, cid, undo_warnings) -> None:  # noqa: ANN001
    drop = create_counterparty(ctx.engine, values={"name": "Atelier Bleu SARL"}).id
    snapshot = []

    def merge() -> Changes:
        result = merge_counterparties(ctx.engine, keep_id=cid, drop_id=drop, choices={})
        snapshot.append(result.snapshot)
        return result.changes

    run_step(ctx, None, "Fusionner « Atelier Bleu »", merge,
             lambda: unmerge_counterparties(ctx.engine, snapshot=snapshot[0]))
    _save(qtbot, other, cid, phone="02 22 22 22 22")

    ctx.undo_stack.undo()

    assert _stored(ctx, cid)[0]["phone"] == "+33222222222"
    assert _said(undo_warnings) == [REFUSED + "\nModifié depuis : Téléphone."]
