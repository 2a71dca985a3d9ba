"""The contract proposed after a go starts the day after the test, reserved as the test was."""

from datetime import date

import pytest

from srm_inclusif.core.vocabulary import ContractKind
from srm_inclusif.storage.services.contracts import (
    ContractFields,
    create_contract,
    proposal_after_test,
)
from srm_inclusif.storage.services.relationships import create_relationship
from tests.lifecycle_support import add_counterparty

TODAY = date(2026, 11, 22)


@pytest.fixture
def relationship(workspace) -> int:
    return create_relationship(workspace.engine, counterparty_id=add_counterparty(workspace.engine),
                               on=date(2026, 8, 1)).id


def _test(workspace, relationship, end: date | None) -> int:
    return create_contract(workspace.engine, relationship_id=relationship, values=ContractFields(
        "Tri des déchets", kind=ContractKind.MARCHE_TEST, start_date=date(2026, 9, 1),
        end_date=end, amount_cents=500_000, reserved_article="L2113-12",
        has_clause_sociale=True, clause_hours_planned=120, clause_hours_realised=80,
        clause_mode="placement", clause_participants=3, clause_facilitator="PLIE de Lyon")).id


def test_the_proposal_follows_the_test_with_its_reservation_and_clause(workspace,
                                                                       relationship) -> None:
    test = _test(workspace, relationship, date(2026, 10, 31))
    proposal = proposal_after_test(workspace.engine, test, TODAY)
    assert proposal == ContractFields(
        "", start_date=date(2026, 11, 1), reserved_article="L2113-12", has_clause_sociale=True,
        clause_hours_planned=120, clause_mode="placement", clause_participants=3,
        clause_facilitator="PLIE de Lyon")  # a contract, no amount nor hours realised yet


def test_a_test_without_end_proposes_a_contract_from_today(workspace, relationship) -> None:
    test = _test(workspace, relationship, None)
    assert proposal_after_test(workspace.engine, test, TODAY).start_date == TODAY
