"""The Relations page of a new workspace says how to start (« Nouvelle relation… ») instead of
six empty columns; a card without an owner reads « ACI », not « ACI · — »."""

from __future__ import annotations

from datetime import date

import pytest

from srm_inclusif.core.vocabulary import Stage
from srm_inclusif.storage.changes import Changes
from srm_inclusif.storage.services.relationships import create_relationship
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.pages.relationships_page import RelationshipsPage
from tests.lifecycle_support import add_counterparty

TODAY = date(2026, 11, 22)
EMPTY = ("Aucune relation pour l'instant : « Nouvelle relation… » (en haut à droite) en ouvre "
         "une avec une fiche de l'annuaire ; elle entre ici dans la colonne « Sourcing ».")


@pytest.fixture
def page(qtbot, workspace) -> RelationshipsPage:
    shown = RelationshipsPage(WorkspaceContext(workspace, today=lambda: TODAY))
    qtbot.addWidget(shown)
    shown.show()
    return shown


def test_an_empty_pipeline_points_to_nouvelle_relation(page) -> None:
    assert page.empty_label.isVisible()
    assert page.empty_label.text() == EMPTY


def test_the_guidance_goes_once_a_relationship_exists(page, workspace) -> None:
    cp = add_counterparty(workspace.engine, "Les Jardins de Cocagne Lyon", "ACI")
    create_relationship(workspace.engine, counterparty_id=cp, on=TODAY)
    page.refresh(Changes.all())
    assert not page.empty_label.isVisible()


def test_a_card_without_owner_shows_its_kind_alone(page, workspace) -> None:
    cp = add_counterparty(workspace.engine, "Les Jardins de Cocagne Lyon", "ACI")
    create_relationship(workspace.engine, counterparty_id=cp, on=TODAY)
    page.refresh(Changes.all())
    card = page.board.columns[Stage.SOURCING].item(0)
    assert card.text().split("\n")[-2:] == ["ACI", "22/11/2026"]
    assert card.toolTip().split("\n")[1] == "ACI"
