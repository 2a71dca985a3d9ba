"""A contract created before its first day: the relationship reaches « Contrat en cours » that day.

After a go on a marché test ending on 31/10, the contract that follows begins on 01/11. Created
on the day of the go, it leaves the relationship at « Marché test » (its history says nothing of
a contract under way) until 01/11, then moves it, the history entry dated 01/11.
"""

from __future__ import annotations

from datetime import date

import pytest

from srm_inclusif.core.vocabulary import Decision, Stage
from srm_inclusif.storage.services.contract_decisions import decide_test
from srm_inclusif.storage.services.contract_starts import move_started_contracts
from srm_inclusif.storage.services.contracts import (
    ContractFields,
    start_contract,
    start_test,
    undo_start_contract,
)
from srm_inclusif.storage.services.relationships import create_relationship as new_rel
from srm_inclusif.storage.services.relationships import (
    get_relationship,
    move_stage,
    stage_history,
)
from tests.lifecycle_support import add_counterparty

GO_DAY = date(2026, 10, 31)
FIRST_DAY = date(2026, 11, 1)
CONTRACT = ContractFields("Conditionnement 2027", start_date=FIRST_DAY,
                          end_date=date(2027, 10, 31))


@pytest.fixture
def decided(workspace) -> tuple[int, int]:
    """A relationship and its marché test (01/09 – 31/10), decided Go on 31/10."""
    engine = workspace.engine
    rel = new_rel(engine, counterparty_id=add_counterparty(engine), on=date(2026, 9, 1)).id
    test = start_test(engine, relationship_id=rel, values=ContractFields(
        "Conditionnement", start_date=date(2026, 9, 1), end_date=GO_DAY),
        on=date(2026, 9, 1)).contract_id
    decide_test(engine, contract_id=test, decision=Decision.GO, on=GO_DAY,
                override_reason="Urgence")
    return rel, test


def follow(engine, rel: int, test: int) -> int:  # noqa: ANN001
    return start_contract(engine, relationship_id=rel, values=CONTRACT, on=GO_DAY,
                          previous_contract_id=test).contract_id


def history(engine, rel: int) -> list[tuple[str, date, str]]:  # noqa: ANN001
    return [(h.to_stage, h.changed_on, h.reason)
            for h in stage_history(engine, relationship_id=rel)]


def test_the_contract_to_come_leaves_the_stage_and_says_its_day(workspace, decided) -> None:
    rel, test = decided
    before = history(workspace.engine, rel)
    follow(workspace.engine, rel, test)
    row = get_relationship(workspace.engine, rel)
    assert (row.stage, row.stage_since, row.contract_from) == (
        "marche_test", date(2026, 9, 1), FIRST_DAY)
    assert history(workspace.engine, rel) == before  # no « Contrat en cours » yet


def test_on_its_first_day_the_relationship_moves_dated_that_day(workspace, decided) -> None:
    rel, test = decided
    follow(workspace.engine, rel, test)
    assert not move_started_contracts(workspace.engine, today=GO_DAY)
    changes = move_started_contracts(workspace.engine, today=date(2026, 11, 20))
    assert changes.relationships == {rel}
    row = get_relationship(workspace.engine, rel)
    assert (row.stage, row.stage_since, row.contract_from) == (
        "contrat_en_cours", FIRST_DAY, None)
    assert history(workspace.engine, rel)[-1] == (
        "contrat_en_cours", FIRST_DAY, "Contrat « Conditionnement 2027 »")
    assert not move_started_contracts(workspace.engine, today=date(2026, 11, 21))  # once


def test_a_relationship_moved_back_after_the_start_stays_there(workspace, decided) -> None:
    rel, test = decided
    follow(workspace.engine, rel, test)
    move_started_contracts(workspace.engine, today=FIRST_DAY)
    move_stage(workspace.engine, relationship_id=rel, to_stage=Stage.EVALUATION,
               on=date(2026, 12, 1))
    assert not move_started_contracts(workspace.engine, today=date(2027, 1, 1))
    assert get_relationship(workspace.engine, rel).stage == "evaluation"


def test_a_stopped_relationship_is_not_moved(workspace, decided) -> None:
    rel, test = decided
    follow(workspace.engine, rel, test)
    move_stage(workspace.engine, relationship_id=rel, to_stage=Stage.ARRETEE, on=GO_DAY,
               reason="Structure fermée")
    assert not move_started_contracts(workspace.engine, today=date(2027, 1, 1))
    row = get_relationship(workspace.engine, rel)
    assert (row.stage, row.contract_from) == ("arretee", None)


def test_a_contract_already_under_way_moves_at_once(workspace, decided) -> None:
    rel, test = decided
    started = start_contract(workspace.engine, relationship_id=rel, values=CONTRACT,
                             on=date(2026, 11, 3), previous_contract_id=test)
    row = get_relationship(workspace.engine, rel)
    # recorded on 03/11, dated on its first day (the history says when it began)
    assert (row.stage, row.stage_since) == ("contrat_en_cours", FIRST_DAY)
    undo_start_contract(workspace.engine, started=started)
    assert get_relationship(workspace.engine, rel).stage == "marche_test"


def test_undoing_the_contract_to_come_leaves_nothing_waiting(workspace, decided) -> None:
    rel, test = decided
    started = start_contract(workspace.engine, relationship_id=rel, values=CONTRACT, on=GO_DAY,
                             previous_contract_id=test)
    undo_start_contract(workspace.engine, started=started)
    assert get_relationship(workspace.engine, rel).contract_from is None
    assert not move_started_contracts(workspace.engine, today=date(2027, 1, 1))
