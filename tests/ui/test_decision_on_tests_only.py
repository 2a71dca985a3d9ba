"""Only a marché test takes a go / no go: storage refuses it on a contract, in clear French, and
neither the Contrats page nor the relationship panel offers it there."""

from __future__ import annotations

from datetime import date

import pytest

from srm_inclusif.core.errors import RuleError
from srm_inclusif.core.vocabulary import Decision, Stage
from srm_inclusif.storage.services.contract_decisions import decide_test
from srm_inclusif.storage.services.contracts import (
    ContractFields,
    create_contract,
    list_contracts,
    start_test,
)
from srm_inclusif.storage.services.relationships import create_relationship, get_relationship
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.lifecycle.controller import LifecycleController
from srm_inclusif.ui.lifecycle.relationship_detail import RelationshipDetail
from srm_inclusif.ui.pages.contracts_page import ContractsPage
from tests.lifecycle_support import add_counterparty

TODAY = date(2026, 11, 22)
REFUSED = ("« Entretien annuel » n'est pas un marché test : seul un marché test reçoit une "
           "décision go / no go (un contrat se renouvelle ou prend fin).")


@pytest.fixture
def contracts(workspace) -> tuple[int, int, int]:
    """A relationship with a marché test, then a regular contract (its latest)."""
    cp = add_counterparty(workspace.engine, "ESAT des Collines", "ESAT")
    rel = create_relationship(workspace.engine, counterparty_id=cp, on=date(2026, 1, 5)).id
    test = start_test(workspace.engine, relationship_id=rel, values=ContractFields(
        "Conditionnement test", start_date=date(2026, 2, 1)), on=date(2026, 2, 1)).contract_id
    contract = create_contract(workspace.engine, relationship_id=rel, values=ContractFields(
        "Entretien annuel", start_date=date(2026, 6, 1))).id
    return rel, test, contract


def test_storage_refuses_a_decision_on_a_contract(workspace, contracts) -> None:
    rel, _test, contract = contracts
    with pytest.raises(RuleError) as refused:
        decide_test(workspace.engine, contract_id=contract, decision=Decision.GO, on=TODAY,
                    override_reason="Pas de retour")
    assert str(refused.value) == REFUSED
    assert next(c for c in list_contracts(workspace.engine) if c.id == contract).decision is None
    assert get_relationship(workspace.engine, rel).stage == Stage.MARCHE_TEST.value


def test_storage_still_decides_a_marche_test(workspace, contracts) -> None:
    _rel, test, _contract = contracts
    decide_test(workspace.engine, contract_id=test, decision=Decision.GO, on=TODAY,
                override_reason="Pas de retour")
    assert next(c for c in list_contracts(workspace.engine) if c.id == test).decision == "go"


def test_contracts_page_offers_go_no_go_on_a_marche_test_only(qtbot, workspace,
                                                                contracts) -> None:
    _rel, test, contract = contracts
    page = ContractsPage(WorkspaceContext(workspace, today=lambda: TODAY))
    qtbot.addWidget(page)
    page.show()
    button = page.buttons["decision"]
    page.select(contract)
    assert not button.isEnabled()
    assert "Seul un marché test" in button.toolTip()
    page.select(test)
    assert button.isEnabled()


def test_relationship_panel_offers_go_no_go_on_a_marche_test_only(qtbot, workspace,
                                                                    contracts) -> None:
    rel, _test, _contract = contracts
    panel = RelationshipDetail(WorkspaceContext(workspace, today=lambda: TODAY))
    qtbot.addWidget(panel)
    panel.show_relationship(rel)
    button = panel.buttons["decision"]
    assert not button.isEnabled()  # it acts on the latest contract, a regular one
    panel.contracts.setCurrentRow(1)  # the marché test, older
    assert button.isEnabled()
    panel.contracts.setCurrentRow(0)
    assert not button.isEnabled()


def test_controller_says_why_before_any_form(qtbot, monkeypatch, workspace, contracts) -> None:
    _rel, _test, contract = contracts
    said: list[str] = []
    monkeypatch.setattr("srm_inclusif.ui.lifecycle.controller.QMessageBox.warning",
                        lambda *args: said.append(args[2]))
    opened: list[object] = []
    monkeypatch.setattr("srm_inclusif.ui.lifecycle.controller.DecisionDialog",
                        lambda *args: opened.append(args))
    page = ContractsPage(WorkspaceContext(workspace, today=lambda: TODAY))
    qtbot.addWidget(page)
    controller = LifecycleController(page.ctx, page)
    assert controller.decide(contract) is False
    assert said == [REFUSED]
    assert opened == []
