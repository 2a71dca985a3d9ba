"""The go / no go button names the list to choose a marché test in: the Contrats page's list,
the relationship panel's list of contracts (one helper offers both screens' contract buttons)."""

from __future__ import annotations

from datetime import date

import pytest

from srm_inclusif.storage.services.contracts import ContractFields, create_contract
from srm_inclusif.storage.services.relationships import create_relationship
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.lifecycle.relationship_detail import RelationshipDetail
from srm_inclusif.ui.pages.contracts_page import ContractsPage
from tests.lifecycle_support import add_counterparty
from tests.ui.tooltips import enabled, tooltip_text

TODAY = date(2026, 11, 22)
NOT_A_TEST = "Seul un marché test reçoit une décision go / no go : choisissez-en un dans la liste"
#: What the buttons do and their keys, their tooltips' first line.
DECIDE = "Décision go / no go (Ctrl+G)"


@pytest.fixture
def relationship(workspace) -> int:
    """A relationship with one regular contract, no marché test."""
    cp = add_counterparty(workspace.engine, "ESAT des Collines", "ESAT")
    rel = create_relationship(workspace.engine, counterparty_id=cp, on=date(2026, 1, 5)).id
    create_contract(workspace.engine, relationship_id=rel,
                    values=ContractFields("Entretien annuel", start_date=date(2026, 6, 1)))
    return rel


def test_contracts_page_asks_for_a_test_in_its_list(qtbot, workspace, relationship) -> None:
    page = ContractsPage(WorkspaceContext(workspace, today=lambda: TODAY))
    qtbot.addWidget(page)
    decision = page.buttons["decision"]
    assert tooltip_text(decision) == f"{DECIDE} {NOT_A_TEST}."  # nothing selected yet
    page.table.selectRow(0)  # the regular contract
    assert enabled(page.buttons) == {"new", "edit", "renew"}
    assert tooltip_text(decision) == f"{DECIDE} {NOT_A_TEST}."


def test_relationship_panel_asks_for_a_test_in_its_contracts(qtbot, workspace,
                                                             relationship) -> None:
    panel = RelationshipDetail(WorkspaceContext(workspace, today=lambda: TODAY))
    qtbot.addWidget(panel)
    panel.show_relationship(relationship)
    assert enabled(panel.buttons) == {"stage", "test", "contract", "feedback", "renew", "action"}
    assert tooltip_text(panel.buttons["decision"]) == f"{NOT_A_TEST} des contrats."
