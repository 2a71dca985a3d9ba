"""A stopped relationship takes no new marché test, contract or renewal until it is reopened;
what it already has stays editable."""

from __future__ import annotations

from datetime import date

import pytest

from srm_inclusif.core.errors import RuleError
from srm_inclusif.core.vocabulary import Stage
from srm_inclusif.storage.services.contracts import (
    ContractFields,
    create_contract,
    get_contract_fields,
    list_contracts,
    renew_contract,
    start_test,
    update_contract,
)
from srm_inclusif.storage.services.relationships import create_relationship, move_stage
from tests.lifecycle_support import add_counterparty, table_dump

STOPPED_ON = date(2026, 10, 1)
REFUSAL = ("La relation avec « ESAT des Collines » est arrêtée : elle ne prend ni marché test, "
           "ni contrat, ni renouvellement. Rouvrez-la d'abord en changeant son étape "
           "(« Changer d'étape… » sur la page Relations).")


@pytest.fixture
def stopped(workspace) -> tuple[int, int]:
    """A relationship with one contract, then stopped: (relationship id, contract id)."""
    engine = workspace.engine
    counterparty_id = add_counterparty(engine, "ESAT des Collines", "ESAT")
    relationship = create_relationship(engine, counterparty_id=counterparty_id,
                                       on=date(2026, 1, 5)).id
    contract = create_contract(engine, relationship_id=relationship,
                               values=ContractFields("Entretien 2026")).id
    move_stage(engine, relationship_id=relationship, to_stage=Stage.ARRETEE, on=STOPPED_ON,
               reason="Plus de besoin")
    return relationship, contract


def test_no_contract_test_or_renewal_on_a_stopped_relationship(workspace, stopped) -> None:
    engine = workspace.engine
    relationship, contract = stopped
    before = table_dump(engine)
    refusals = (
        lambda: create_contract(engine, relationship_id=relationship,
                                values=ContractFields("Entretien 2027")),
        lambda: start_test(engine, relationship_id=relationship,
                           values=ContractFields("Essai"), on=STOPPED_ON),
        lambda: renew_contract(engine, contract_id=contract, override_reason="Urgence",
                               values=ContractFields("Entretien 2027")),
    )
    for refused in refusals:
        with pytest.raises(RuleError) as raised:
            refused()
        assert str(raised.value) == REFUSAL
    assert table_dump(engine) == before


def test_a_reopened_relationship_takes_contracts_again(workspace, stopped) -> None:
    engine = workspace.engine
    relationship, contract = stopped
    move_stage(engine, relationship_id=relationship, to_stage=Stage.CONSULTATION,
               on=date(2026, 11, 2), reason="Nouveau besoin")
    renewal = renew_contract(engine, contract_id=contract, override_reason="Urgence",
                             values=ContractFields("Entretien 2027")).id
    assert {c.id: c.previous_contract_id for c in list_contracts(engine)}[renewal] == contract


def test_a_stopped_relationship_s_contracts_stay_editable(workspace, stopped) -> None:
    engine = workspace.engine
    _, contract = stopped
    update_contract(engine, contract_id=contract,
                    values=ContractFields("Entretien 2026", amount_cents=90_000))
    assert get_contract_fields(engine, contract).amount_cents == 90_000
