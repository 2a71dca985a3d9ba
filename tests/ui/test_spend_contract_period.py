"""Purchases window: a purchase dated outside its contract's period is asked about (Non first)
before it is saved, and « Acheteur » proposes who follows the supplier (« Suivie par »)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from sqlmodel import Session

from srm_inclusif.storage.services.people import PersonInput, add_person
from srm_inclusif.storage.services.spend_entry import list_spend_lines
from srm_inclusif.storage.tables import Contract, Counterparty, Relationship
from srm_inclusif.ui.spend_dialog import SpendDialog
from srm_inclusif.ui.spend_form import SpendLineDialog

QUESTION = ("L'achat du 22/11/2026 tombe hors de la période du contrat « Entretien des locaux » "
            "(01/03/2028 – 28/02/2029). L'enregistrer quand même ?")


@pytest.fixture
def people(ctx) -> dict[str, int]:  # noqa: ANN001
    return {name: add_person(ctx.engine, values=PersonInput(name)).id
            for name in ("Léa Roux", "Paul Durand")}


def _supplier(ctx, owner: int | None) -> int:  # noqa: ANN001
    """« Nettoyage Bois-Joli », followed by ``owner``, with a contract from 01/03/2028."""
    with Session(ctx.engine) as session:
        supplier = Counterparty(name="Nettoyage Bois-Joli", kind="CLASSIC")
        session.add(supplier)
        session.flush()
        relationship = Relationship(counterparty_id=supplier.id, person_id=owner)
        session.add(relationship)
        session.flush()
        session.add(Contract(relationship_id=relationship.id, title="Entretien des locaux",
                             start_date=date(2028, 3, 1), end_date=date(2029, 2, 28)))
        session.commit()
        return supplier.id or 0


def _window(qtbot, ctx, supplier: int) -> SpendDialog:  # noqa: ANN001
    window = SpendDialog(ctx, supplier, "Nettoyage Bois-Joli")
    qtbot.addWidget(window)
    window.show()
    return window


def _opened_form(window: SpendDialog) -> SpendLineDialog:
    window.add_button.click()
    [form] = [f for f in window.findChildren(SpendLineDialog) if f.isVisible()]
    return form


@pytest.fixture
def answers(monkeypatch) -> list[tuple[str, bool]]:
    """The questions asked (text, default Oui?), answered Non then Oui."""
    asked: list[tuple[str, bool]] = []
    replies = [False, True]

    def answer(_parent, _title, question, *, default_yes: bool) -> bool:  # noqa: ANN001
        asked.append((question, default_yes))
        return replies.pop(0)

    monkeypatch.setattr("srm_inclusif.ui.spend_dialog.asked", answer)
    return asked


def test_a_purchase_outside_the_contract_period_is_asked_about(
        qtbot, ctx, people, answers) -> None:  # noqa: ANN001
    window = _window(qtbot, ctx, _supplier(ctx, None))
    form = _opened_form(window)
    form.amount.setText("1 200")
    form.contract.setCurrentIndex(form.contract.findText("Entretien des locaux"))
    ok = form.buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.click()  # Non: the form stays open, nothing saved
    assert answers == [(QUESTION, False)]
    assert form.isVisible()
    assert list_spend_lines(ctx.engine, counterparty_id=window.counterparty_id) == []
    ok.click()  # Oui: saved as typed
    assert len(answers) == 2
    assert not form.isVisible()
    [line] = list_spend_lines(ctx.engine, counterparty_id=window.counterparty_id)
    assert (line.spend_date, line.contract_title) == (date(2026, 11, 22), "Entretien des locaux")
    window.table.selectRow(0)
    window.edit_button.click()  # changing the amount only does not ask again
    [form] = [f for f in window.findChildren(SpendLineDialog) if f.isVisible()]
    form.amount.setText("1 300")
    form.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert len(answers) == 2
    assert list_spend_lines(ctx.engine, counterparty_id=window.counterparty_id)[0] \
        .amount_cents == 130_000


def test_the_buyer_proposed_is_who_follows_the_supplier(qtbot, ctx, people) -> None:  # noqa: ANN001
    form = _opened_form(_window(qtbot, ctx, _supplier(ctx, people["Paul Durand"])))
    assert form.buyer.currentText() == "Paul Durand"


def test_nobody_is_proposed_when_nobody_follows_it_among_several(
        qtbot, ctx, people) -> None:  # noqa: ANN001
    form = _opened_form(_window(qtbot, ctx, _supplier(ctx, None)))
    assert form.buyer.currentText() == "— aucun —"
