"""The sales window of a seller (« Ventes à <client> ») speaks of sales, not purchases.

Its form, its empty state, its table, its delete button and question, and the names of its
undo steps say « vente »; a buyer's window keeps saying « achat ».
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from srm_inclusif.core.vocabulary import Profile
from srm_inclusif.storage.services.settings import update_settings
from srm_inclusif.ui.spend_dialog import SpendDialog
from tests.lifecycle_support import add_counterparty
from tests.ui.spend_dialogs import spend_dialog, typed_line, visible_form


@pytest.fixture
def seller(ctx):  # noqa: ANN001, ANN201
    """The empty workspace, as a structure inclusive's."""
    update_settings(ctx.engine, profile=Profile.STRUCTURE_INCLUSIVE)
    return ctx


@pytest.fixture
def client(seller) -> int:  # noqa: ANN001
    return add_counterparty(seller.engine, "Groupe Horizon", "Entreprise")


@pytest.fixture
def dialog(qtbot, seller, client) -> SpendDialog:  # noqa: ANN001
    return spend_dialog(qtbot, seller, client, "Groupe Horizon")


@pytest.fixture
def questions(monkeypatch) -> list[tuple[str, str]]:  # noqa: ANN001
    """The questions asked, each answered Oui."""
    asked: list[tuple[str, str]] = []

    def answer(_parent, title, question, *, default_yes: bool) -> bool:  # noqa: ANN001, ARG001
        asked.append((title, question))
        return True

    monkeypatch.setattr("srm_inclusif.ui.spend_dialog.asked", answer)
    return asked


def _add_sale(dialog: SpendDialog, amount: str) -> None:
    assert typed_line(dialog, amount).windowTitle() == "Vente"


def test_the_empty_sales_window_of_a_seller_speaks_of_sales(dialog) -> None:  # noqa: ANN001
    assert dialog.windowTitle() == "Ventes à Groupe Horizon"
    assert dialog.empty_label.text().startswith(
        "Aucune vente enregistrée pour ce client. « Ajouter… » saisit une vente : ")
    assert dialog.table.accessibleName() == "Ventes"
    assert dialog.delete_button.toolTip() == "Supprimer la vente choisie (Suppr)"


def test_adding_editing_and_deleting_a_sale_are_named_as_sales(
        seller, dialog, questions) -> None:  # noqa: ANN001
    _add_sale(dialog, "1 500")
    assert seller.undo_stack.undo_text() == "Ajouter une vente"
    dialog.edit_button.click()
    form = visible_form(dialog)
    assert form.windowTitle() == "Vente"
    form.amount.setText("1 600")
    form.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert seller.undo_stack.undo_text() == "Modifier la vente"
    dialog.delete_button.click()
    assert questions == [("Supprimer la vente",
                          "Supprimer la vente du 01/10/2026 de 1\u202f600,00\u00a0€ (Facturé) ? "
                          "Ctrl+Z la remet.")]
    assert seller.undo_stack.undo_text() == "Supprimer la vente"


@pytest.fixture
def buyer_dialog(qtbot, ctx) -> SpendDialog:  # noqa: ANN001
    """The purchases of « ESAT du Parc » in a buyer's workspace."""
    esat = add_counterparty(ctx.engine, "ESAT du Parc", "ESAT")
    return spend_dialog(qtbot, ctx, esat, "ESAT du Parc")


def test_a_buyer_window_still_speaks_of_purchases(buyer_dialog) -> None:  # noqa: ANN001
    assert buyer_dialog.delete_button.toolTip() == "Supprimer l'achat choisi (Suppr)"
    assert buyer_dialog.empty_label.text().startswith("Aucun achat enregistré pour cette ")
    buyer_dialog.add_button.click()
    assert visible_form(buyer_dialog).windowTitle() == "Achat"
