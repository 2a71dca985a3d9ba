"""Work recorded afterwards: the stage move a contract or marché test makes is dated when it began.

A buyer records on 23/11 a marché test run from 01/09 to 31/10, its go, then the contract that
follows from 01/11: the history says « Marché test » from 01/09 and « Contrat en cours » from
01/11, never before the relationship's latest stage; a start to come keeps today's behaviour.
"""

from __future__ import annotations

from datetime import date

import pytest

from srm_inclusif.core import kpi
from srm_inclusif.core.kpi_facts import Period
from srm_inclusif.core.vocabulary import Decision, Stage
from srm_inclusif.storage.services.contract_decisions import decide_test, undo_decision
from srm_inclusif.storage.services.contract_starts import move_started_contracts
from srm_inclusif.storage.services.contracts import (
    ContractFields,
    start_contract,
    start_renewal,
    start_test,
    undo_start_contract,
)
from srm_inclusif.storage.services.kpi_data import load_kpi_data
from srm_inclusif.storage.services.relationships import (
    create_relationship,
    get_relationship,
    move_stage,
    stage_history,
)
from tests.lifecycle_support import add_counterparty, table_dump

TODAY = date(2026, 11, 23)
TEST = ContractFields("Nettoyage test", start_date=date(2026, 9, 1), end_date=date(2026, 10, 31))
FOLLOWING = ContractFields("Nettoyage 2027", start_date=date(2026, 11, 1),
                           end_date=date(2027, 10, 31))


def relationship(engine, consulted_on: date) -> int:  # noqa: ANN001
    """A relationship followed since 02/06/2026, at « Consultation » since ``consulted_on``."""
    rel = create_relationship(engine, counterparty_id=add_counterparty(engine),
                              on=date(2026, 6, 2)).id
    move_stage(engine, relationship_id=rel, to_stage=Stage.CONSULTATION, on=consulted_on)
    return rel


def history(engine, rel: int) -> list[tuple[str | None, str, date]]:  # noqa: ANN001
    return [(h.from_stage, h.to_stage, h.changed_on)
            for h in stage_history(engine, relationship_id=rel)]


def stage(engine, rel: int) -> tuple[str, date]:  # noqa: ANN001
    row = get_relationship(engine, rel)
    return row.stage, row.stage_since


@pytest.fixture
def consulted(workspace) -> int:
    return relationship(workspace.engine, date(2026, 7, 15))


def test_a_past_marche_test_is_dated_on_its_first_day(workspace, consulted) -> None:
    start_test(workspace.engine, relationship_id=consulted, values=TEST, on=TODAY)
    assert stage(workspace.engine, consulted) == ("marche_test", date(2026, 9, 1))
    assert history(workspace.engine, consulted)[-1] == (
        "consultation", "marche_test", date(2026, 9, 1))


def test_the_contract_after_the_go_is_dated_on_its_first_day(workspace, consulted) -> None:
    engine = workspace.engine
    test = start_test(engine, relationship_id=consulted, values=TEST, on=TODAY).contract_id
    decide_test(engine, contract_id=test, decision=Decision.GO, on=TODAY,
                override_reason="Retour oral")
    start_contract(engine, relationship_id=consulted, values=FOLLOWING, on=TODAY,
                   previous_contract_id=test)
    assert stage(engine, consulted) == ("contrat_en_cours", date(2026, 11, 1))
    assert history(engine, consulted)[-2:] == [
        ("consultation", "marche_test", date(2026, 9, 1)),
        ("marche_test", "contrat_en_cours", date(2026, 11, 1))]
    assert not move_started_contracts(engine, today=TODAY)  # nothing left to move


def test_the_renewed_marche_test_is_dated_on_its_first_day(workspace, consulted) -> None:
    engine = workspace.engine
    test = start_test(engine, relationship_id=consulted, values=TEST, on=TODAY).contract_id
    before = table_dump(engine)
    renewal = start_renewal(engine, contract_id=test, values=FOLLOWING, on=TODAY,
                            override_reason="Retour oral")
    assert stage(engine, consulted) == ("contrat_en_cours", date(2026, 11, 1))
    assert history(engine, consulted)[-1] == ("marche_test", "contrat_en_cours", date(2026, 11, 1))
    undo_start_contract(engine, started=renewal)
    assert table_dump(engine) == before


def test_a_start_before_the_latest_stage_takes_that_stage_s_day(workspace) -> None:
    rel = relationship(workspace.engine, date(2026, 9, 10))  # consulted after the test began
    start_test(workspace.engine, relationship_id=rel, values=TEST, on=TODAY)
    assert stage(workspace.engine, rel) == ("marche_test", date(2026, 9, 10))
    assert [day for *_, day in history(workspace.engine, rel)] == [
        date(2026, 6, 2), date(2026, 9, 10), date(2026, 9, 10)]  # in order


def test_a_start_to_come_keeps_today_s_behaviour(workspace, consulted) -> None:
    engine = workspace.engine
    later = ContractFields("Nettoyage test", start_date=date(2026, 12, 1))
    start_test(engine, relationship_id=consulted, values=later, on=TODAY)
    assert stage(engine, consulted) == ("marche_test", TODAY)
    contract = ContractFields("Nettoyage 2027", start_date=date(2027, 1, 4))
    started = start_contract(engine, relationship_id=consulted, values=contract, on=TODAY)
    assert started.moved is None
    assert stage(engine, consulted) == ("marche_test", TODAY)  # moved on its first day


def test_a_contract_without_start_is_dated_today(workspace, consulted) -> None:
    start_contract(workspace.engine, relationship_id=consulted,
                   values=ContractFields("Nettoyage"), on=TODAY)
    assert stage(workspace.engine, consulted) == ("contrat_en_cours", TODAY)


def test_undo_takes_the_dated_moves_back_exactly(workspace, consulted) -> None:
    engine = workspace.engine
    first = table_dump(engine)
    test = start_test(engine, relationship_id=consulted, values=TEST, on=TODAY)
    decided = decide_test(engine, contract_id=test.contract_id, decision=Decision.GO, on=TODAY,
                          override_reason="Retour oral")
    second = table_dump(engine)
    following = start_contract(engine, relationship_id=consulted, values=FOLLOWING, on=TODAY,
                               previous_contract_id=test.contract_id)
    undo_start_contract(engine, started=following)
    assert table_dump(engine) == second
    assert stage(engine, consulted) == ("marche_test", date(2026, 9, 1))
    undo_decision(engine, decided=decided)
    undo_start_contract(engine, started=test)
    assert table_dump(engine) == first
    assert stage(engine, consulted) == ("consultation", date(2026, 7, 15))


def test_the_new_structure_tested_counts_in_the_test_s_period(workspace, consulted) -> None:
    start_test(workspace.engine, relationship_id=consulted, values=TEST, on=TODAY)
    data = load_kpi_data(workspace.engine, start=date(2026, 1, 1), end=date(2026, 12, 31))
    third = Period(date(2026, 7, 1), date(2026, 9, 30))
    fourth = Period(date(2026, 10, 1), date(2026, 12, 31))
    assert kpi.compute("new_suppliers_tested", data, third).value == 1
    assert kpi.compute("new_suppliers_tested", data, fourth).value == 0
