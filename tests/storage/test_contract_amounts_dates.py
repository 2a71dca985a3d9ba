"""Amounts too large to be true are refused with a message, not lost in a crash; a go / no-go
cannot be dated before its marché test started; the contract after a go renews the test."""

from __future__ import annotations

from datetime import date

import pytest

from srm_inclusif.core import kpi
from srm_inclusif.core.errors import ValidationError
from srm_inclusif.core.kpi_facts import Period
from srm_inclusif.core.vocabulary import Decision
from srm_inclusif.storage.services.contract_decisions import decide_test
from srm_inclusif.storage.services.contracts import (
    ContractFields,
    create_contract,
    get_contract_fields,
    list_contracts,
    start_contract,
    start_test,
    update_contract,
)
from srm_inclusif.storage.services.kpi_data import load_kpi_data
from srm_inclusif.storage.services.needs import create_need
from srm_inclusif.storage.services.relationships import create_relationship
from tests.lifecycle_support import add_counterparty

#: What the tester typed in « Montant HT », in cents: more than SQLite's integers hold.
HUGE_CENTS = 99_999_999_999_999_999 * 100


@pytest.fixture
def relationship(workspace) -> int:
    cp = add_counterparty(workspace.engine, "ESAT des Collines", "ESAT")
    return create_relationship(workspace.engine, counterparty_id=cp, on=date(2026, 9, 1)).id


@pytest.fixture
def test_id(workspace, relationship) -> int:
    return start_test(workspace.engine, relationship_id=relationship, values=ContractFields(
        "Conditionnement", start_date=date(2026, 9, 1), end_date=date(2026, 10, 31)),
        on=date(2026, 9, 1)).contract_id


def test_a_huge_contract_amount_is_refused_naming_it(workspace, relationship) -> None:
    with pytest.raises(ValidationError) as refused:
        create_contract(workspace.engine, relationship_id=relationship,
                        values=ContractFields("Entretien", amount_cents=HUGE_CENTS))
    amount = "99 999 999 999 999 999".replace(" ", "\u202f") + "\u00a0€"
    assert str(refused.value) == (f"Montant HT : {amount}, un milliard d'euros ou plus. "
                                  "Vérifiez le nombre de zéros.")
    assert refused.value.params["field"] == "amount"
    assert list_contracts(workspace.engine) == []


def test_the_limit_is_the_purchases_one(workspace, relationship) -> None:
    just_under = 10**9 * 100 - 1
    created = create_contract(workspace.engine, relationship_id=relationship,
                              values=ContractFields("Entretien", amount_cents=just_under))
    with pytest.raises(ValidationError, match="un milliard"):
        update_contract(workspace.engine, contract_id=created.id,
                        values=ContractFields("Entretien", amount_cents=just_under + 1))
    assert get_contract_fields(workspace.engine, created.id).amount_cents == just_under


def test_a_huge_need_amount_is_refused_naming_it(workspace) -> None:
    with pytest.raises(ValidationError) as refused:
        create_need(workspace.engine, title="Traiteur", sectors=[],
                    estimated_amount_cents=99_999_999_999_999_999_999 * 100)
    amount = "99 999 999 999 999 999 999".replace(" ", "\u202f") + "\u00a0€"
    assert str(refused.value).startswith(f"Montant estimé : {amount}, un milliard d'euros ou "
                                         "plus.")
    assert refused.value.params["field"] == "amount"


def test_a_decision_before_the_test_started_is_refused(workspace, test_id) -> None:
    with pytest.raises(ValidationError) as refused:
        decide_test(workspace.engine, contract_id=test_id, decision=Decision.GO,
                    on=date(2026, 8, 31), override_reason="Urgence")
    assert str(refused.value) == (
        "Date : le 31/08/2026 précède le début du marché test « Conditionnement » "
        "(01/09/2026). La décision se prend une fois le test commencé.")
    assert get_contract_fields(workspace.engine, test_id).title == "Conditionnement"
    assert [c.decision for c in list_contracts(workspace.engine)] == [None]


def test_a_decision_on_the_first_day_is_taken(workspace, test_id) -> None:
    decide_test(workspace.engine, contract_id=test_id, decision=Decision.GO,
                on=date(2026, 9, 1), override_reason="Urgence")
    assert [c.decision for c in list_contracts(workspace.engine)] == ["go"]


def test_the_contract_after_a_go_counts_as_its_renewal(workspace, relationship,
                                                       test_id) -> None:
    decide_test(workspace.engine, contract_id=test_id, decision=Decision.GO,
                on=date(2026, 10, 31), override_reason="Urgence")
    start_contract(workspace.engine, relationship_id=relationship, values=ContractFields(
        "Conditionnement annuel", start_date=date(2026, 11, 1)), on=date(2026, 11, 1),
        previous_contract_id=test_id)
    data = load_kpi_data(workspace.engine, start=date(2026, 1, 1), end=date(2026, 12, 31))
    rate, _tests = kpi.renewal(data, Period.year(2026))
    assert rate == 100
