"""The sales window of a seller (« Ventes à <client> ») speaks of sales, not purchases.

Its form, its empty state, its table, its delete button and question, and the names of its
undo steps say « vente »; a buyer's window keeps saying « achat ».
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from sqlmodel import Session

from srm_inclusif.core.vocabulary import Profile
from srm_inclusif.storage.services.settings import update_settings
from srm_inclusif.storage.tables import Counterparty
from srm_inclusif.ui.spend_dialog import SpendDialog
from srm_inclusif.ui.spend_form import SpendLineDialog


@pytest.fixture
def seller(ctx):  # noqa: ANN001, ANN201
    """The empty workspace, as a structure inclusive's."""
    update_settings(ctx.engine, profile=Profile.STRUCTURE_INCLUSIVE)
    return ctx


@pytest.fixture
def client(seller) -> int:  # noqa: ANN001
    with Session(seller.engine) as session:
        horizon = Counterparty(name="Groupe Horizon", kind="Entreprise")
        session.add(horizon)
        session.commit()
        return horizon.id or 0


@pytest.fixture
def dialog(qtbot, seller, client) -> SpendDialog:  # noqa: ANN001
    widget = SpendDialog(seller, client, "Groupe Horizon")
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def questions(monkeypatch) -> list[tuple[str, str]]:  # noqa: ANN001
    """The questions asked, each answered Oui."""
    asked: list[tuple[str, str]] = []

    def answer(_parent, title, question, *, default_yes: bool) -> bool:  # noqa: ANN001, ARG001
        asked.append((title, question))
        return True

    monkeypatch.setattr("srm_inclusif.ui.spend_dialog.asked", answer)
    return asked


def _form(dialog: SpendDialog) -> SpendLineDialog:
    return next(f for f in dialog.findChildren(SpendLineDialog) if f.isVisible())


def _add_sale(dialog: SpendDialog, amount: str) -> None:
    dialog.add_button.click()
    form = _form(dialog)
    assert form.windowTitle() == "Vente"
    form.amount.setText(amount)
    form.day.set_day(date(2026, 10, 1))
    form.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_the_empty_sales_window_of_a_seller_speaks_of_sales(dialog) -> None:  # noqa: ANN001
    assert dialog.windowTitle() == "Ventes à Groupe Horizon"
    assert dialog.empty_label.text().startswith(
        "Aucune vente enregistrée pour ce client. « Ajouter… » saisit une vente : ")
    assert dialog.table.accessibleName() == "Ventes"
    assert dialog.delete_button.toolTip() == "Supprimer la vente choisie (Suppr)"


def test_adding_editing_and_deleting_a_sale_are_named_as_sales(
        seller, dialog, questions) -> None:  # noqa: ANN001
    _add_sale(dialog, "1 500")
    assert seller.undo_stack.undoText() == "Ajouter une vente"
    dialog.edit_button.click()
    form = _form(dialog)
    assert form.windowTitle() == "Vente"
    form.amount.setText("1 600")
    form.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert seller.undo_stack.undoText() == "Modifier la vente"
    dialog.delete_button.click()
    assert questions == [("Supprimer la vente",
                          "Supprimer la vente du 01/10/2026 de 1\u202f600,00\u00a0€ (Facturé) ? "
                          "Ctrl+Z la remet.")]
    assert seller.undo_stack.undoText() == "Supprimer la vente"


@pytest.fixture
def buyer_dialog(qtbot, ctx) -> SpendDialog:  # noqa: ANN001
    """The purchases of « ESAT du Parc » in a buyer's workspace."""
    with Session(ctx.engine) as session:
        esat = Counterparty(name="ESAT du Parc", kind="ESAT")
        session.add(esat)
        session.commit()
        esat_id = esat.id or 0
    widget = SpendDialog(ctx, esat_id, "ESAT du Parc")
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_a_buyer_window_still_speaks_of_purchases(buyer_dialog) -> None:  # noqa: ANN001
    assert buyer_dialog.delete_button.toolTip() == "Supprimer l'achat choisi (Suppr)"
    assert buyer_dialog.empty_label.text().startswith("Aucun achat enregistré pour cette ")
    buyer_dialog.add_button.click()
    assert _form(buyer_dialog).windowTitle() == "Achat"
