"""The Contrats page and the relationship panel offer an action only when it can act: nothing
selected, a contract already renewed, a marché test already decided. A disabled button's key
does not act either: it shows why, as the button's tooltip does."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QToolTip

from srm_inclusif.core.errors import RuleError
from srm_inclusif.core.vocabulary import Decision
from srm_inclusif.storage.changes import Changes
from srm_inclusif.storage.services.contract_decisions import decide_test
from srm_inclusif.storage.services.contracts import (
    ContractFields,
    create_contract,
    renew_contract,
    start_test,
)
from srm_inclusif.storage.services.relationships import create_relationship
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.pages.contracts_page import ContractsPage
from srm_inclusif.ui.pages.relationships_page import RelationshipsPage
from tests.lifecycle_support import add_counterparty
from tests.ui.tooltips import enabled, tooltip_text

TODAY = date(2026, 11, 22)
CHOOSE = "Choisissez un contrat dans la liste."
#: What the buttons do and their keys, their tooltips' first line.
DECIDE = "Décision go / no go (Ctrl+G)"
RENEW = "Renouveler le contrat (Ctrl+Shift+R)"


@pytest.fixture
def relationship(workspace) -> int:
    cp = add_counterparty(workspace.engine, "ESAT des Collines", "ESAT")
    return create_relationship(workspace.engine, counterparty_id=cp, on=date(2026, 1, 5)).id


def shown(qtbot, widget):  # noqa: ANN001, ANN201
    """The page shown in an active window (shortcuts go to the active window)."""
    widget.ctx.data_changed.connect(widget.refresh)
    qtbot.addWidget(widget)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


@pytest.fixture
def contracts_page(qtbot, workspace, relationship) -> ContractsPage:
    return shown(qtbot, ContractsPage(WorkspaceContext(workspace, today=lambda: TODAY)))


@pytest.fixture
def relationships_page(qtbot, workspace, relationship) -> RelationshipsPage:
    return shown(qtbot, RelationshipsPage(WorkspaceContext(workspace, today=lambda: TODAY)))


def test_nothing_selected_only_new_is_offered(qtbot, contracts_page, workspace,
                                              relationship) -> None:
    create_contract(workspace.engine, relationship_id=relationship,
                    values=ContractFields("Entretien annuel"))
    contracts_page.refresh(Changes.all())
    assert enabled(contracts_page.buttons) == {"new"}
    assert tooltip_text(contracts_page.buttons["edit"]) == f"Modifier le contrat (Ctrl+M) {CHOOSE}"
    assert tooltip_text(contracts_page.buttons["renew"]) == f"{RENEW} {CHOOSE}"


def test_the_edit_key_says_why_instead_of_acting(qtbot, contracts_page, monkeypatch) -> None:
    opened: list[object] = []
    monkeypatch.setattr("srm_inclusif.ui.lifecycle.controller.ContractDialog",
                        lambda *args, **kwargs: opened.append(args))
    contracts_page.table.setFocus()
    QTest.keyClick(contracts_page.table, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: " ".join(QToolTip.text().splitlines())
                    == f"Modifier le contrat (Ctrl+M) {CHOOSE}")
    assert opened == []


def test_a_contract_selected_can_be_edited_and_renewed(qtbot, contracts_page, workspace,
                                                       relationship) -> None:
    cid = create_contract(workspace.engine, relationship_id=relationship,
                          values=ContractFields("Entretien annuel")).id
    contracts_page.refresh(Changes.all())
    contracts_page.select(cid)
    assert enabled(contracts_page.buttons) == {"new", "edit", "renew"}
    assert tooltip_text(contracts_page.buttons["edit"]) == "Modifier le contrat (Ctrl+M)"
    assert "Seul un marché test" in tooltip_text(contracts_page.buttons["decision"])


def test_a_contract_renewed_is_not_renewed_twice(qtbot, contracts_page, workspace,
                                                 relationship) -> None:
    first = create_contract(workspace.engine, relationship_id=relationship,
                            values=ContractFields("Entretien 2025")).id
    second = renew_contract(workspace.engine, contract_id=first, override_reason="Urgence",
                            values=ContractFields("Entretien 2026")).id
    contracts_page.refresh(Changes.all())
    contracts_page.select(first)
    renew = contracts_page.buttons["renew"]
    assert not renew.isEnabled()
    assert tooltip_text(renew) == (f"{RENEW} « Entretien 2025 » a déjà été renouvelé : "
                                   "renouvelez le contrat qui le suit.")
    assert contracts_page.buttons["edit"].isEnabled()
    contracts_page.select(second)
    assert renew.isEnabled()


def test_the_button_and_the_service_give_the_same_reason(qtbot, contracts_page, workspace,
                                                         relationship) -> None:
    first = create_contract(workspace.engine, relationship_id=relationship,
                            values=ContractFields("Entretien 2025")).id
    renew_contract(workspace.engine, contract_id=first, override_reason="Urgence",
                   values=ContractFields("Entretien 2026"))
    contracts_page.refresh(Changes.all())
    contracts_page.select(first)
    with pytest.raises(RuleError) as refused:
        renew_contract(workspace.engine, contract_id=first, override_reason="Urgence",
                       values=ContractFields("Entretien 2026 bis"))
    assert tooltip_text(contracts_page.buttons["renew"]) == f"{RENEW} {refused.value}"


def test_a_decided_test_takes_no_second_decision(qtbot, contracts_page, workspace,
                                                 relationship) -> None:
    test = start_test(workspace.engine, relationship_id=relationship,
                      values=ContractFields("Conditionnement test"), on=TODAY).contract_id
    contracts_page.refresh(Changes.all())
    contracts_page.select(test)
    decision = contracts_page.buttons["decision"]
    assert decision.isEnabled()
    decide_test(workspace.engine, contract_id=test, decision=Decision.GO, on=TODAY,
                override_reason="Pas de retour")
    contracts_page.refresh(Changes.all())
    assert not decision.isEnabled()
    assert tooltip_text(decision) == f"{DECIDE} « Conditionnement test » a déjà une décision : Go."
    assert enabled(contracts_page.buttons) == {"new", "edit", "renew"}


def test_panel_offers_nothing_before_a_relationship_is_chosen(qtbot, relationships_page,
                                                              monkeypatch) -> None:
    opened: list[object] = []
    monkeypatch.setattr("srm_inclusif.ui.lifecycle.controller.StageChangeDialog",
                        lambda *args, **kwargs: opened.append(args))
    assert enabled(relationships_page.detail.buttons) == set()
    relationships_page.tabs.setFocus()
    QTest.keyClick(relationships_page.tabs, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: " ".join(QToolTip.text().splitlines()) == (
        "Changer d'étape (Ctrl+E) "
        "Choisissez d'abord une relation dans le pipeline ou le tableau."))
    assert opened == []


def test_panel_without_contract_offers_no_contract_action(qtbot, relationships_page,
                                                          relationship, monkeypatch) -> None:
    warned: list[str] = []
    monkeypatch.setattr("srm_inclusif.ui.lifecycle.controller.QMessageBox.warning",
                        lambda *args: warned.append(args[2]))
    relationships_page.select(relationship)
    buttons = relationships_page.detail.buttons
    assert enabled(buttons) == {"stage", "test", "contract", "action"}
    assert tooltip_text(buttons["renew"]) == (
        f"{RENEW} Cette relation n'a pas encore de contrat ni de marché test.")
    relationships_page.board.setFocus()
    QTest.keyClick(relationships_page.board, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: QToolTip.text().startswith("Retour d'expérience (Ctrl+R)\n"))
    assert warned == []


def test_panel_offers_no_second_decision(qtbot, relationships_page, workspace,
                                         relationship) -> None:
    test = start_test(workspace.engine, relationship_id=relationship,
                      values=ContractFields("Conditionnement test"), on=TODAY).contract_id
    decide_test(workspace.engine, contract_id=test, decision=Decision.GO, on=TODAY,
                override_reason="Pas de retour")
    relationships_page.refresh(Changes.all())
    relationships_page.select(relationship)
    buttons = relationships_page.detail.buttons
    assert not buttons["decision"].isEnabled()
    assert tooltip_text(buttons["decision"]) == (
        f"{DECIDE} « Conditionnement test » a déjà une décision : Go.")
    assert enabled(buttons) == {"stage", "test", "contract", "feedback", "renew", "action"}


def test_feedback_buttons_say_why_they_wait(qtbot, contracts_page, workspace,
                                            relationship) -> None:
    buttons = contracts_page.feedback.buttons
    assert enabled(buttons) == set()
    assert tooltip_text(buttons["pdf"]) == CHOOSE
    cid = create_contract(workspace.engine, relationship_id=relationship,
                          values=ContractFields("Entretien annuel")).id
    contracts_page.refresh(Changes.all())
    contracts_page.select(cid)
    assert enabled(buttons) == {"new"}
    assert tooltip_text(buttons["pdf"]) == ("Ce contrat n'a pas encore de retour d'expérience : "
                                        "« Nouveau retour… » en saisit un.")


def test_the_reasons_speak_english(qtbot, english, workspace, relationship) -> None:
    first = start_test(workspace.engine, relationship_id=relationship,
                       values=ContractFields("Packing trial"), on=TODAY).contract_id
    decide_test(workspace.engine, contract_id=first, decision=Decision.GO, on=TODAY,
                override_reason="No feedback")
    renew_contract(workspace.engine, contract_id=first, override_reason="Urgent",
                   values=ContractFields("Packing 2027"))
    page = shown(qtbot, ContractsPage(WorkspaceContext(workspace, today=lambda: TODAY)))
    assert tooltip_text(page.buttons["edit"]) == (
        "Edit contract (Ctrl+M) Choose a contract in the list.")
    page.select(first)
    assert tooltip_text(page.buttons["renew"]) == ("Renew contract (Ctrl+Shift+R) “Packing "
                                                   "trial” has already been renewed: renew the "
                                                   "contract that follows it.")
    assert tooltip_text(page.buttons["decision"]) == (
        "Go / no go decision (Ctrl+G) “Packing trial” already has a decision: Go.")
