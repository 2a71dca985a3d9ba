"""Contracts: marché test, go / no-go, renewal with its guard rail, edits; undo of each write."""

from __future__ import annotations

from datetime import date

import pytest

from srm_inclusif.core.errors import RuleError, ValidationError
from srm_inclusif.core.vocabulary import ContractKind, Decision, Stage
from srm_inclusif.storage.services.contract_decisions import decide_test, undo_decision
from srm_inclusif.storage.services.contracts import (
    ContractFields,
    create_contract,
    delete_contract,
    get_contract_fields,
    list_contracts,
    renew_contract,
    renewal_proposal,
    restore_contract,
    start_test,
    undo_start_contract,
    update_contract,
)
from srm_inclusif.storage.services.feedback import ScoreInput, list_criteria, record_feedback
from srm_inclusif.storage.services.relationships import create_relationship, get_relationship
from tests.lifecycle_support import add_counterparty, table_dump

TEST = ContractFields("Nettoyage test", amount_cents=250_000, start_date=date(2026, 9, 1),
                      end_date=date(2026, 10, 31), success_criteria="Zéro réclamation")


@pytest.fixture
def relationship(workspace) -> int:
    counterparty_id = add_counterparty(workspace.engine)
    return create_relationship(workspace.engine, counterparty_id=counterparty_id,
                               on=date(2026, 8, 1)).id


def give_feedback(engine, contract_id: int) -> int:
    scores = [ScoreInput(c.id, 4) for c in list_criteria(engine)]
    return record_feedback(engine, contract_id=contract_id, given_on=date(2026, 11, 2),
                           scores=scores).id


def test_start_test_moves_relationship_and_undo_restores(workspace, relationship) -> None:
    engine = workspace.engine
    before = table_dump(engine)
    started = start_test(engine, relationship_id=relationship, values=TEST, on=date(2026, 9, 1))
    row = list_contracts(engine)[0]
    assert (row.kind, row.amount_cents, row.counterparty_name) == (
        "marche_test", 250_000, "Envie Nord")
    assert get_relationship(engine, relationship).stage == Stage.MARCHE_TEST.value
    undo_start_contract(engine, started=started)
    assert table_dump(engine) == before


def test_go_needs_feedback_or_override(workspace, relationship) -> None:
    engine = workspace.engine
    test_id = start_test(engine, relationship_id=relationship, values=TEST,
                         on=date(2026, 9, 1)).contract_id
    with pytest.raises(RuleError, match="retour d'expérience"):
        decide_test(engine, contract_id=test_id, decision=Decision.GO, on=date(2026, 11, 5))
    decided = decide_test(engine, contract_id=test_id, decision=Decision.GO,
                          on=date(2026, 11, 5), override_reason="Besoin urgent")
    # a go alone moves nothing: « Contrat en cours » waits for the contract
    assert get_relationship(engine, relationship).stage == Stage.MARCHE_TEST.value
    assert list_contracts(engine)[0].decision == "go"
    undo_decision(engine, decided=decided)
    assert get_relationship(engine, relationship).stage == Stage.MARCHE_TEST.value
    assert list_contracts(engine)[0].decision is None


def test_no_go_stops_relationship_with_reason(workspace, relationship) -> None:
    engine = workspace.engine
    test_id = start_test(engine, relationship_id=relationship, values=TEST,
                         on=date(2026, 9, 1)).contract_id
    give_feedback(engine, test_id)
    before = table_dump(engine)
    with pytest.raises(RuleError):
        decide_test(engine, contract_id=test_id, decision=Decision.NO_GO, on=date(2026, 11, 5))
    decided = decide_test(engine, contract_id=test_id, decision=Decision.NO_GO,
                          on=date(2026, 11, 5), reason="Délais non tenus")
    assert get_relationship(engine, relationship).stage == Stage.ARRETEE.value
    undo_decision(engine, decided=decided)
    assert table_dump(engine) == before


def test_renewal_links_the_next_contract_and_needs_feedback(workspace, relationship) -> None:
    engine = workspace.engine
    first = create_contract(engine, relationship_id=relationship, values=ContractFields(
        "Entretien espaces verts", start_date=date(2026, 1, 1), end_date=date(2026, 12, 31),
        amount_cents=1_200_000)).id
    proposal = renewal_proposal(engine, first)
    assert (proposal.start_date, proposal.end_date) == (date(2027, 1, 1), date(2027, 12, 31))
    with pytest.raises(RuleError):
        renew_contract(engine, contract_id=first, values=proposal)
    give_feedback(engine, first)
    before = table_dump(engine)
    second = renew_contract(engine, contract_id=first, values=proposal).id
    listed = {c.id: c for c in list_contracts(engine)}
    renewed = listed[second]
    assert (renewed.previous_contract_id, renewed.amount_cents) == (first, 1_200_000)
    assert (listed[first].renewed, renewed.renewed) == (True, False)  # as the lists say it
    with pytest.raises(RuleError, match="« Entretien espaces verts » a déjà été renouvelé"):
        renew_contract(engine, contract_id=first, values=proposal)
    delete_contract(engine, contract_id=second)
    assert table_dump(engine) == before
    assert not {c.id: c for c in list_contracts(engine)}[first].renewed


def test_edit_and_clause_sociale_rate_and_undo(workspace, relationship) -> None:
    engine = workspace.engine
    cid = create_contract(engine, relationship_id=relationship, values=ContractFields(
        "Travaux", kind=ContractKind.MARCHE_RESERVE)).id
    previous = get_contract_fields(engine, cid)
    update_contract(engine, contract_id=cid, values=ContractFields(
        "Travaux voirie", has_clause_sociale=True, clause_hours_planned=2000,
        clause_hours_realised=1500))
    row = list_contracts(engine)[0]
    assert row.title == "Travaux voirie"
    assert str(row.realisation_rate) == "0.7500"
    update_contract(engine, contract_id=cid, values=previous)
    assert get_contract_fields(engine, cid) == previous


def test_delete_contract_with_feedback_and_successor_restores_links(
        workspace, relationship) -> None:
    engine = workspace.engine
    first = create_contract(engine, relationship_id=relationship,
                            values=ContractFields("A", end_date=date(2026, 6, 30))).id
    give_feedback(engine, first)
    renew_contract(engine, contract_id=first, values=ContractFields("B"))
    before = table_dump(engine)
    removed = delete_contract(engine, contract_id=first)
    assert [c.title for c in list_contracts(engine)] == ["B"]
    restore_contract(engine, removed=removed)
    assert table_dump(engine) == before


def test_invalid_contract_is_refused(workspace, relationship) -> None:
    with pytest.raises(ValidationError, match="fin précède"):
        create_contract(workspace.engine, relationship_id=relationship, values=ContractFields(
            "X", start_date=date(2026, 5, 1), end_date=date(2026, 4, 1)))


def test_filters(workspace, relationship) -> None:
    engine = workspace.engine
    create_contract(engine, relationship_id=relationship, values=ContractFields(
        "Ancien", start_date=date(2025, 1, 1), end_date=date(2025, 12, 31)))
    start_test(engine, relationship_id=relationship, values=TEST, on=date(2026, 9, 1))
    assert [c.title for c in list_contracts(engine, kind=ContractKind.MARCHE_TEST)] == [
        "Nettoyage test"]
    assert [c.title for c in list_contracts(engine, active_on=date(2026, 10, 1))] == [
        "Nettoyage test"]
    assert [c.title for c in list_contracts(engine, text="envie")] == ["Ancien", "Nettoyage test"]
