"""A read-only workspace: an empty list no longer points at a button that is off.

A supplier's card without labels, offers, client references or contacts said « Ajoutez ceux
de la structure… », « Ajoutez ce que la structure propose… », « Notez les clients… » and
« « Ajouter » note une personne… », the empty Relations and Contrats pages named « Nouvelle
relation… » and « Nouveau… »: buttons a read-only workspace turns off. They now only say what is
not there; a writable workspace still says which button fills them.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from srm_inclusif.storage.services.counterparties import list_counterparties
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.counterparty_card.card_dialog import CardDialog
from tests.conftest import DEMO_TODAY
from tests.read_only_support import opened_read_only, shown_window


@pytest.fixture
def read_only_ctx(closed_workspace: Path, monkeypatch) -> Iterator[WorkspaceContext]:  # noqa: ANN001
    """A workspace with one supplier (no label, no contact), no relationship, no contract."""
    with opened_read_only(monkeypatch, closed_workspace) as ctx:
        yield ctx


@pytest.fixture
def writable_ctx(closed_workspace: Path) -> Iterator[WorkspaceContext]:
    """The same workspace, writable."""
    from srm_inclusif.storage.workspace import open_workspace

    opened = open_workspace(closed_workspace)
    try:
        yield WorkspaceContext(opened, today=lambda: DEMO_TODAY)
    finally:
        opened.close()


def _card(qtbot, ctx: WorkspaceContext) -> CardDialog:  # noqa: ANN001
    (supplier,) = list_counterparties(ctx.engine)
    dialog = CardDialog(ctx, supplier.id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _page_empty_text(qtbot, ctx: WorkspaceContext, key: str) -> str:  # noqa: ANN001
    page = shown_window(qtbot, ctx).show_page(key)
    assert page.empty_label.isVisible()
    return page.empty_label.text()


def test_an_empty_cards_lists_say_only_what_is_not_there(qtbot, read_only_ctx) -> None:
    card = _card(qtbot, read_only_ctx)
    card.tabs.setCurrentWidget(card.labels)
    assert card.labels.empty_label.isVisible()
    assert card.labels.empty_label.text() == "Aucun label enregistré."
    card.tabs.setCurrentWidget(card.offers)
    assert card.offers.offers.empty_label.isVisible()
    assert card.offers.offers.empty_label.text() == "Aucune offre enregistrée."
    assert (card.offers.references.empty_label.text()
            == "Aucune référence client enregistrée.")
    card.tabs.setCurrentWidget(card.contacts)
    assert card.contacts.empty_label.isVisible()
    assert card.contacts.empty_label.text() == "Aucun contact enregistré."


def test_empty_relationships_and_contracts_pages_say_only_that(qtbot, read_only_ctx) -> None:
    assert (_page_empty_text(qtbot, read_only_ctx, "relationships")
            == "Aucune relation pour l'instant.")
    assert (_page_empty_text(qtbot, read_only_ctx, "contracts")
            == "Aucun contrat ni marché test pour l'instant.")


def test_a_writable_workspace_says_which_button_fills_them(qtbot, writable_ctx) -> None:
    card = _card(qtbot, writable_ctx)
    assert "Ajoutez ceux de la structure" in card.labels.empty_label.text()
    assert "Ajoutez ce que la structure propose" in card.offers.offers.empty_label.text()
    assert "Notez les clients" in card.offers.references.empty_label.text()
    assert "« Ajouter » note une personne" in card.contacts.empty_label.text()
    assert "« Nouvelle relation… »" in _page_empty_text(qtbot, writable_ctx, "relationships")
    assert "« Nouveau… »" in _page_empty_text(qtbot, writable_ctx, "contracts")
