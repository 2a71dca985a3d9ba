"""Relationships: creation, stage moves with guard rails and timeline, undo of each write."""

from __future__ import annotations

from datetime import date

import pytest
from sqlmodel import Session, select

from srm_inclusif.core.errors import RuleError
from srm_inclusif.core.vocabulary import Stage
from srm_inclusif.storage.services.contracts import ContractFields, create_contract
from srm_inclusif.storage.services.relationships import (
    create_relationship,
    delete_relationship,
    get_relationship,
    list_relationships,
    move_stage,
    restore_relationship,
    restore_stage,
    stage_history,
)
from tests.lifecycle_support import add_counterparty, table_dump

D1, D2 = date(2026, 9, 1), date(2026, 10, 5)


@pytest.fixture
def relationship(workspace) -> int:
    counterparty_id = add_counterparty(workspace.engine)
    return create_relationship(workspace.engine, counterparty_id=counterparty_id, on=D1).id


def test_new_relationship_starts_at_sourcing_with_a_timeline(workspace, relationship) -> None:
    row = get_relationship(workspace.engine, relationship)
    assert (row.stage, row.stage_since, row.counterparty_name) == ("sourcing", D1, "Envie Nord")
    assert [(h.from_stage, h.to_stage) for h in stage_history(
        workspace.engine, relationship_id=relationship)] == [(None, "sourcing")]


def test_move_is_dated_with_reason_and_undo_restores_exactly(workspace, relationship) -> None:
    engine = workspace.engine
    before = table_dump(engine)
    moved = move_stage(engine, relationship_id=relationship, to_stage=Stage.CONSULTATION,
                       on=D2, reason="Devis demandé")
    row = get_relationship(engine, relationship)
    assert (row.stage, row.stage_since) == ("consultation", D2)
    last = stage_history(engine, relationship_id=relationship)[-1]
    assert (last.from_stage, last.to_stage, last.changed_on, last.reason) == (
        "sourcing", "consultation", D2, "Devis demandé")
    assert relationship in moved.changes.relationships
    restore_stage(engine, moved=moved)
    assert table_dump(engine) == before


def test_guard_rails_are_enforced_in_storage(workspace, relationship) -> None:
    engine = workspace.engine
    with pytest.raises(RuleError, match="contrat"):
        move_stage(engine, relationship_id=relationship, to_stage=Stage.EVALUATION, on=D2)
    with pytest.raises(RuleError, match="pourquoi"):
        move_stage(engine, relationship_id=relationship, to_stage=Stage.ARRETEE, on=D2)
    assert get_relationship(engine, relationship).stage == "sourcing"
    create_contract(engine, relationship_id=relationship, values=ContractFields("Essai"))
    move_stage(engine, relationship_id=relationship, to_stage=Stage.EVALUATION, on=D2)
    assert get_relationship(engine, relationship).stage == "evaluation"


def test_delete_and_restore_relationship_exactly(workspace, relationship) -> None:
    engine = workspace.engine
    create_contract(engine, relationship_id=relationship, values=ContractFields("Essai"))
    move_stage(engine, relationship_id=relationship, to_stage=Stage.CONSULTATION, on=D2)
    before = table_dump(engine)
    removed = delete_relationship(engine, relationship_id=relationship)
    assert list_relationships(engine) == []
    restore_relationship(engine, removed=removed)
    assert table_dump(engine) == before


def test_list_carries_owner_and_sectors(workspace, relationship) -> None:
    from srm_inclusif.storage.services.relationships import set_owner
    from srm_inclusif.storage.tables import CounterpartySector, Person, Relationship, Sector

    with Session(workspace.engine) as session:
        person = Person(name="Camille Martin")
        session.add(person)
        sector = session.exec(select(Sector).limit(1)).one()
        rel = session.get(Relationship, relationship)
        session.add(CounterpartySector(counterparty_id=rel.counterparty_id, sector_id=sector.id))
        session.commit()
        person_id, sector_name = person.id, sector.name
    set_owner(workspace.engine, relationship_id=relationship, person_id=person_id)
    row = list_relationships(workspace.engine)[0]
    assert (row.person_name, row.person_id, row.sectors) == ("Camille Martin", person_id,
                                                             (sector_name,))
