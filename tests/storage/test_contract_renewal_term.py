"""« Renouveler… » proposes the term of the same calendar length that follows the contract."""

from datetime import date

import pytest

from srm_inclusif.storage.services.contracts import (
    ContractFields,
    create_contract,
    renewal_proposal,
)
from srm_inclusif.storage.services.relationships import create_relationship
from tests.lifecycle_support import add_counterparty


@pytest.fixture
def relationship(workspace) -> int:
    return create_relationship(workspace.engine, counterparty_id=add_counterparty(workspace.engine),
                               on=date(2026, 8, 1)).id


def proposal_for(workspace, relationship, *, start: date | None, end: date) -> ContractFields:
    values = ContractFields("Entretien", start_date=start, end_date=end)
    contract = create_contract(workspace.engine, relationship_id=relationship, values=values).id
    return renewal_proposal(workspace.engine, contract)


@pytest.mark.parametrize(("start", "end", "proposed"), [
    (date(2027, 1, 1), date(2027, 12, 31), (date(2028, 1, 1), date(2028, 12, 31))),
    (date(2026, 12, 1), date(2027, 2, 28), (date(2027, 3, 1), date(2027, 5, 31))),
    (date(2026, 11, 23), date(2027, 12, 31), (date(2028, 1, 1), date(2029, 2, 7))),
])
def test_renewal_proposes_the_following_term(workspace, relationship, start, end, proposed) -> None:
    proposal = proposal_for(workspace, relationship, start=start, end=end)
    assert (proposal.start_date, proposal.end_date) == proposed


def test_renewal_without_start_date_starts_the_day_after_the_end(workspace, relationship) -> None:
    proposal = proposal_for(workspace, relationship, start=None, end=date(2027, 12, 31))
    assert (proposal.start_date, proposal.end_date) == (date(2028, 1, 1), None)
