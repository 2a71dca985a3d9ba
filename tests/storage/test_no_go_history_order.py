"""A no-go typed late keeps its date on the test; the history gets the stop in order."""

from __future__ import annotations

from datetime import date

from sqlmodel import Session

from srm_inclusif.core.vocabulary import Decision
from srm_inclusif.storage.services.contract_decisions import decide_test
from srm_inclusif.storage.services.contracts import ContractFields, start_test
from srm_inclusif.storage.services.relationships import (
    create_relationship,
    get_relationship,
    stage_history,
)
from srm_inclusif.storage.tables import Contract
from tests.lifecycle_support import add_counterparty


def test_a_no_go_dated_before_the_test_was_recorded_stops_after_it(workspace) -> None:
    engine = workspace.engine
    cp = add_counterparty(engine, "Atelier Bleu", "EI")
    relationship = create_relationship(engine, counterparty_id=cp, on=date(2026, 11, 1)).id
    test = start_test(engine, relationship_id=relationship, values=ContractFields(
        "Conditionnement", start_date=date(2026, 9, 1)), on=date(2026, 11, 20)).contract_id

    decide_test(engine, contract_id=test, decision=Decision.NO_GO, on=date(2026, 10, 15),
                reason="Délais non tenus", override_reason="Pas de retour écrit")

    with Session(engine) as session:
        assert session.get(Contract, test).decision_date == date(2026, 10, 15)
    history = stage_history(engine, relationship_id=relationship)
    entered = next(entry for entry in history if entry.to_stage == "marche_test")
    stop = next(entry for entry in history if entry.to_stage == "arretee")
    # The test began 1/9, before the relationship existed: its move is dated 1/11, the
    # relationship's first day, and the stop typed as 15/10 comes no earlier than that.
    assert entered.changed_on == date(2026, 11, 1)
    assert stop.changed_on == entered.changed_on
    assert get_relationship(engine, relationship).stage_since == date(2026, 11, 1)
    assert get_relationship(engine, relationship).stage == "arretee"
