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
from srm_inclusif.storage.services.relationships import move_stage
from tests.lifecycle_support import (
    STOPPED_ON,
    STOPPED_REFUSAL,
    table_dump,
)


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
        assert str(raised.value) == STOPPED_REFUSAL
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
