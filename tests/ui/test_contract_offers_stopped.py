"""A stopped relationship offers no « Marché test… », « Contrat… » or « Renouveler… »: the
buttons say why and how to reopen it, in the panel and on the Contrats page alike."""

from __future__ import annotations

from datetime import date

from srm_inclusif.core.vocabulary import Stage
from srm_inclusif.storage.changes import Changes
from srm_inclusif.storage.services.relationships import move_stage
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.pages.contracts_page import ContractsPage
from srm_inclusif.ui.pages.relationships_page import RelationshipsPage
from tests.lifecycle_support import STOPPED_REFUSAL
from tests.ui.tooltips import enabled, tooltip_text

TODAY = date(2026, 11, 22)


def page(qtbot, workspace, kind):  # noqa: ANN001, ANN201
    widget = kind(WorkspaceContext(workspace, today=lambda: TODAY))
    qtbot.addWidget(widget)
    return widget


def test_panel_offers_no_new_contract_on_a_stopped_relationship(qtbot, workspace,
                                                                stopped) -> None:
    relationships = page(qtbot, workspace, RelationshipsPage)
    relationships.select(stopped[0])
    buttons = relationships.detail.buttons
    assert enabled(buttons) == {"stage", "feedback", "action"}
    for key in ("test", "contract", "renew"):
        assert tooltip_text(buttons[key]).endswith(STOPPED_REFUSAL)
    assert tooltip_text(buttons["test"]) == f"Nouveau marché test (Ctrl+T) {STOPPED_REFUSAL}"


def test_panel_offers_them_again_once_reopened(qtbot, workspace, stopped) -> None:
    relationships = page(qtbot, workspace, RelationshipsPage)
    relationships.select(stopped[0])
    move_stage(workspace.engine, relationship_id=stopped[0], to_stage=Stage.CONSULTATION,
               on=TODAY, reason="Nouveau besoin")
    relationships.refresh(Changes.all())
    buttons = relationships.detail.buttons
    assert enabled(buttons) == {"stage", "test", "contract", "feedback", "renew", "action"}
    assert tooltip_text(buttons["contract"]) == "Nouveau contrat (Ctrl+Shift+C)"  # its key only


def test_contracts_page_renews_no_contract_of_a_stopped_relationship(qtbot, workspace,
                                                                    stopped) -> None:
    contracts = page(qtbot, workspace, ContractsPage)
    contracts.select(stopped[1])
    assert not contracts.buttons["renew"].isEnabled()
    assert tooltip_text(contracts.buttons["renew"]) == (
        f"Renouveler le contrat (Ctrl+Shift+R) {STOPPED_REFUSAL}")
    assert contracts.buttons["edit"].isEnabled()


def test_the_reason_goes_through_the_catalogue(qtbot, marked, workspace, stopped) -> None:
    relationships = page(qtbot, workspace, RelationshipsPage)
    relationships.select(stopped[0])
    assert tooltip_text(relationships.detail.buttons["contract"]).startswith(
        "[RelationshipsPage] Nouveau contrat (Ctrl+Shift+C) [Errors] La relation avec « ESAT des "
        "Collines » est arrêtée")


def test_the_reason_speaks_english(qtbot, english, workspace, stopped) -> None:
    contracts = page(qtbot, workspace, ContractsPage)
    contracts.select(stopped[1])
    assert tooltip_text(contracts.buttons["renew"]) == (
        "Renew contract (Ctrl+Shift+R) The relationship with “ESAT des Collines” is stopped: "
        "it takes no marché test, contract or renewal. Reopen it first by changing its stage "
        "(“Change stage…” on the Relationships page).")
