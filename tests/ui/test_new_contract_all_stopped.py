"""Contrats › Nouveau… when every relationship is stopped says so, and how to go on (it said
« Créez d'abord une relation », though one existed)."""

from __future__ import annotations

from datetime import date

import pytest

from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.lifecycle.relationship_choice import RelationshipChoiceDialog
from srm_inclusif.ui.pages.contracts_page import ContractsPage
from tests.lifecycle_support import add_stopped_relationship

TODAY = date(2026, 11, 22)
ALL_STOPPED = ("Toutes les relations sont arrêtées : aucune ne prend de marché test ni de "
               "contrat. Rouvrez-en une en changeant son étape (« Changer d'étape… » sur la page "
               "Relations), ou créez une nouvelle relation.")


@pytest.fixture
def warned(monkeypatch) -> list[str]:  # noqa: ANN001
    """The warnings the page shows, recorded instead of a modal box; no choice dialog runs."""
    said: list[str] = []
    monkeypatch.setattr("srm_inclusif.ui.lifecycle.controller.QMessageBox.warning",
                        lambda *args: said.append(args[2]))
    monkeypatch.setattr(RelationshipChoiceDialog, "exec", lambda dialog: said.append("chosen"))
    return said


def _new(qtbot, workspace) -> None:  # noqa: ANN001
    page = ContractsPage(WorkspaceContext(workspace, today=lambda: TODAY))
    qtbot.addWidget(page)
    page.buttons["new"].click()


def test_every_relationship_stopped_is_said(qtbot, workspace, warned) -> None:
    add_stopped_relationship(workspace.engine)
    _new(qtbot, workspace)
    assert warned == [ALL_STOPPED]


def test_no_relationship_at_all_still_asks_to_create_one(qtbot, workspace, warned) -> None:
    _new(qtbot, workspace)
    assert warned == ["Créez d'abord une relation avec la structure (page Relations)."]


def test_the_sentence_speaks_english(qtbot, english, workspace, warned) -> None:
    add_stopped_relationship(workspace.engine)
    _new(qtbot, workspace)
    assert warned == ["Every relationship is stopped: none takes a marché test or contract. "
                      "Reopen one by changing its stage (“Change stage…” on the Relationships "
                      "page), or create a new relationship."]
