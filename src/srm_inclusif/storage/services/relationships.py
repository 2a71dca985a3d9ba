"""Relationship reads and writes: stages and their dated history, owner, removal."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, func
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from srm_inclusif.core.lifecycle import STAGES_BEFORE_CONTRACT, check_stage_change
from srm_inclusif.core.lifecycle_dates import check_relationship_day, check_stage_day
from srm_inclusif.core.vocabulary import ContractKind, Stage
from srm_inclusif.storage.changes import Changes
from srm_inclusif.storage.services.lifecycle_records import (
    Created,
    Removed,
    Snapshot,
    contract_tree,
    dump,
    get_or_raise,
    relinks_of,
    restore_snapshot,
)
from srm_inclusif.storage.services.wide_select import wide_select
from srm_inclusif.storage.tables import (
    ActionItem,
    Contract,
    Counterparty,
    CounterpartySector,
    Person,
    Relationship,
    Sector,
    StageChange,
)


@dataclass(frozen=True)
class RelationshipRow:
    """One relationship as listed: counterparty, owner, stage and since when."""

    id: int
    counterparty_id: int
    counterparty_name: str
    kind: str
    person_name: str | None
    stage: str
    stage_since: date
    person_id: int | None = None
    sectors: tuple[str, ...] = ()
    #: The first day of a contract created to follow, not yet under way when the stage was
    #: last set (the relationship reaches « Contrat en cours » that day); None without one.
    contract_from: date | None = None


@dataclass(frozen=True)
class StageChangeRow:
    """One entry of a relationship's timeline."""

    id: int
    from_stage: str | None
    to_stage: str
    changed_on: date
    reason: str


@dataclass(frozen=True)
class StageMoved:
    """A stage change and what its inverse needs."""

    relationship_id: int
    stage_change_id: int
    previous_stage: str
    previous_since: date
    changes: Changes


def list_relationships(engine: Engine) -> list[RelationshipRow]:
    """Every relationship, most recently moved first, with owner and counterparty sectors."""
    query = (
        wide_select(Relationship.id, Counterparty.id, Counterparty.name, Counterparty.kind,
                    Person.name, Relationship.stage, Relationship.stage_since,
                    Relationship.person_id)
        .join(Counterparty, col(Counterparty.id) == Relationship.counterparty_id)
        .outerjoin(Person, col(Person.id) == Relationship.person_id)
        .order_by(col(Relationship.stage_since).desc(), col(Relationship.id))
    )
    with Session(engine) as session:
        rows = session.exec(query).all()
        sectors = _sectors_by_counterparty(session, {row[1] for row in rows})
        waiting = _contracts_to_begin(session)
    return [RelationshipRow(rid, cid, name, kind, person, stage, since, person_id,
                            sectors=sectors.get(cid, ()), contract_from=waiting.get(rid))
            for rid, cid, name, kind, person, stage, since, person_id in rows]


def waiting_for_contract() -> list[ColumnElement[bool]]:
    """A relationship before « Contrat en cours » with a contract starting after that stage's day.

    Such a contract was created before its first day (``contracts.start_contract`` leaves the
    stage alone then); a contract started before the stage's day is one the user deliberately
    moved the relationship back from, and is left alone.
    """
    return [col(Relationship.stage).in_([s.value for s in STAGES_BEFORE_CONTRACT]),
            col(Contract.kind) != ContractKind.MARCHE_TEST.value,
            col(Contract.start_date).is_not(None),
            col(Contract.start_date) > col(Relationship.stage_since)]


def _contracts_to_begin(session: Session) -> dict[int, date]:
    """Per relationship waiting for a contract (``waiting_for_contract``), its first day."""
    query = (select(Relationship.id, func.min(Contract.start_date))
             .join(Contract, col(Contract.relationship_id) == Relationship.id)
             .where(*waiting_for_contract()).group_by(col(Relationship.id)))
    return {int(rid): day for rid, day in session.exec(query) if rid is not None and day}


def _sectors_by_counterparty(session: Session, ids: set[int]) -> dict[int, tuple[str, ...]]:
    query = (select(CounterpartySector.counterparty_id, Sector.name)
             .join(Sector, col(Sector.id) == CounterpartySector.sector_id)
             .where(col(CounterpartySector.counterparty_id).in_(ids)).order_by(col(Sector.name)))
    found: dict[int, list[str]] = {}
    for counterparty_id, name in session.exec(query):
        found.setdefault(counterparty_id, []).append(name)
    return {key: tuple(names) for key, names in found.items()}


def get_relationship(engine: Engine, relationship_id: int) -> RelationshipRow:
    """One relationship as listed."""
    for row in list_relationships(engine):
        if row.id == relationship_id:
            return row
    with Session(engine) as session:
        get_or_raise(session, Relationship, relationship_id)
    raise AssertionError  # pragma: no cover


def create_relationship(
    engine: Engine, *, counterparty_id: int, on: date, person_id: int | None = None,
    need_id: int | None = None, reason: str = "", today: date | None = None,
) -> Created:
    """Start following a counterparty at the sourcing stage; the timeline starts on ``on``.

    A day after ``today`` (the system's date if not given) is refused.
    """
    check_relationship_day(on, today or date.today())
    with Session(engine) as session:
        get_or_raise(session, Counterparty, counterparty_id)
        row = Relationship(counterparty_id=counterparty_id, person_id=person_id,
                           need_id=need_id, stage=Stage.SOURCING.value, stage_since=on)
        session.add(row)
        session.flush()
        assert row.id is not None
        session.add(StageChange(relationship_id=row.id, to_stage=Stage.SOURCING.value,
                                changed_on=on, reason=reason.strip()))
        session.commit()
        return Created(row.id, Changes(relationships={row.id}, reminders=True))


def delete_relationship(engine: Engine, *, relationship_id: int) -> Removed:
    """Remove a relationship with its timeline, contracts, feedback and actions."""
    with Session(engine) as session:
        row = get_or_raise(session, Relationship, relationship_id)
        contract_ids = [cid for cid in session.exec(
            select(Contract.id).where(Contract.relationship_id == relationship_id))
            if cid is not None]
        rows = contract_tree(session, contract_ids)
        rows["Relationship"] = dump([row])
        rows["StageChange"] = dump(list(session.exec(
            select(StageChange).where(StageChange.relationship_id == relationship_id))))
        rows["ActionItem"] += dump(list(session.exec(select(ActionItem).where(
            ActionItem.relationship_id == relationship_id,
            col(ActionItem.feedback_id).is_(None)))))
        snapshot = Snapshot(rows, relinks_of(session, contract_ids))
        session.delete(row)
        session.commit()
    changes = Changes(relationships={relationship_id}, contracts=set(contract_ids),
                      feedback={f["id"] for f in rows["Feedback"]},
                      actions={a["id"] for a in rows["ActionItem"]}, reminders=True)
    return Removed(snapshot, changes)


def restore_relationship(engine: Engine, *, removed: Removed) -> Changes:
    """Put back a removed relationship exactly as it was (the inverse of the removal)."""
    with Session(engine) as session:
        restore_snapshot(session, removed.snapshot)
        session.commit()
    return removed.changes


def move_stage(
    engine: Engine, *, relationship_id: int, to_stage: Stage, on: date, reason: str = ""
) -> StageMoved:
    """Move a relationship to another stage, dated and with a reason, checking the guard rails.

    A change dated before the relationship's latest stage is refused: the history stays in order.
    """
    with Session(engine) as session:
        row = get_or_raise(session, Relationship, relationship_id)
        check_stage_day(on, since=stage_day_floor(session, row), stage=Stage(row.stage))
        has_contract = session.exec(select(func.count()).select_from(Contract).where(
            Contract.relationship_id == relationship_id)).one() > 0
        check_stage_change(current=Stage(row.stage), target=to_stage, reason=reason,
                           has_contract=has_contract)
        return apply_move(session, row, to_stage, on, reason)


def apply_move(
    session: Session, row: Relationship, to_stage: Stage, on: date, reason: str, *,
    commit: bool = True,
) -> StageMoved:
    """Write a checked stage change in an open session and commit.

    ``commit=False`` leaves the commit to the caller, so that several moves make one
    transaction (all written, or none).
    """
    assert row.id is not None
    previous_stage, previous_since = row.stage, row.stage_since
    change = StageChange(relationship_id=row.id, from_stage=row.stage, to_stage=to_stage.value,
                         changed_on=on, reason=reason.strip())
    row.stage, row.stage_since = to_stage.value, on
    session.add_all([row, change])
    if commit:
        session.commit()
    else:
        session.flush()  # the change's id, still inside the caller's transaction
    assert change.id is not None
    return StageMoved(row.id, change.id, previous_stage, previous_since,
                      Changes(relationships={row.id}, reminders=True))


def latest_stage_day(engine: Engine, *, relationship_id: int) -> date:
    """The day of the relationship's latest stage: a stage change may not be dated before it."""
    with Session(engine) as session:
        return stage_day_floor(session, get_or_raise(session, Relationship, relationship_id))


def stage_day_floor(session: Session, row: Relationship) -> date:
    """The day of the relationship's latest stage, in an open session: the history's order.

    The stage's date, or a later entry of the history (one typed before this check existed).
    """
    latest = session.exec(select(func.max(StageChange.changed_on)).where(
        StageChange.relationship_id == row.id)).one()
    return max(row.stage_since, latest) if latest is not None else row.stage_since


def restore_stage(engine: Engine, *, moved: StageMoved) -> Changes:
    """Undo a stage change: the previous stage and date come back, the timeline entry goes."""
    with Session(engine) as session:
        row = get_or_raise(session, Relationship, moved.relationship_id)
        change = session.get(StageChange, moved.stage_change_id)
        if change is not None:
            session.delete(change)
        row.stage, row.stage_since = moved.previous_stage, moved.previous_since
        session.add(row)
        session.commit()
    return moved.changes


def set_owner(engine: Engine, *, relationship_id: int, person_id: int | None) -> Changes:
    """Give a relationship to a person of the organisation (its own inverse)."""
    with Session(engine) as session:
        row = get_or_raise(session, Relationship, relationship_id)
        if person_id is not None:
            get_or_raise(session, Person, person_id)
        row.person_id = person_id
        session.add(row)
        session.commit()
    return Changes(relationships={relationship_id})


def stage_history(engine: Engine, *, relationship_id: int) -> list[StageChangeRow]:
    """The timeline of a relationship, oldest first."""
    query = (wide_select(StageChange.id, StageChange.from_stage, StageChange.to_stage,
                         StageChange.changed_on, StageChange.reason)
             .where(StageChange.relationship_id == relationship_id)
             .order_by(col(StageChange.changed_on), col(StageChange.id)))
    with Session(engine) as session:
        return [StageChangeRow(*row) for row in session.exec(query)]
