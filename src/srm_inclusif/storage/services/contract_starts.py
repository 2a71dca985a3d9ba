"""Contracts created before their first day: the relationship reaches « Contrat en cours » then.

``contracts.start_contract`` leaves the stage alone for a contract that begins later (after a
go, the contract that follows a marché test starts the day after the test ends).
``move_started_contracts`` moves the relationship on once that day has come, dated on it;
``take_back_start`` takes that move back when the contract's creation is undone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from srm_inclusif.core.lifecycle import CONTRACT_STARTED, stage_after_contract_began
from srm_inclusif.core.vocabulary import Stage
from srm_inclusif.storage.changes import Changes
from srm_inclusif.storage.services.relationships import (
    apply_move,
    stage_day_floor,
    waiting_for_contract,
)
from srm_inclusif.storage.tables import Contract, Relationship, StageChange


@dataclass(frozen=True)
class StageBefore:
    """A relationship as a contract to come found it: what undoing the contract puts back."""

    relationship_id: int
    stage: str
    since: date
    #: The relationship's latest history entry then (0 without one).
    last_change_id: int


def stage_before(session: Session, row: Relationship) -> StageBefore:
    """The relationship's stage, its day and latest history entry, in an open session."""
    assert row.id is not None
    return StageBefore(row.id, row.stage, row.stage_since, _last_change_id(session, row.id))


def _last_change_id(session: Session, relationship_id: int) -> int:
    latest = session.exec(select(func.max(StageChange.id)).where(
        StageChange.relationship_id == relationship_id)).one()
    return int(latest or 0)


def move_started_contracts(engine: Engine, *, today: date) -> Changes:
    """Move to « Contrat en cours » each relationship whose waiting contract has begun by ``today``.

    The history entry is dated on the contract's first day (never before the relationship's
    latest stage) with the reason « Contrat « title » », as a contract under way at its
    creation gives. Every move is written in one transaction: a refusal (the file locked, the
    disk full) leaves every relationship as it was. Nothing to move: empty changes.
    """
    query = (select(Relationship, Contract)
             .join(Contract, col(Contract.relationship_id) == Relationship.id)
             .where(*waiting_for_contract(), col(Contract.start_date) <= today)
             .order_by(col(Contract.start_date), col(Contract.id)))
    moved: set[int] = set()
    with Session(engine) as session:
        for relationship, contract in session.exec(query).all():
            target = stage_after_contract_began(Stage(relationship.stage))
            if (relationship.id is None or relationship.id in moved or target is None
                    or contract.start_date is None):
                continue
            day = max(contract.start_date, stage_day_floor(session, relationship))
            apply_move(session, relationship, target, day,
                       CONTRACT_STARTED.format(title=contract.title), commit=False)
            moved.add(relationship.id)
        session.commit()  # one transaction: every relationship moved, or none
    return Changes(relationships=moved, reminders=True) if moved else Changes()


def take_back_start(engine: Engine, *, before: StageBefore, contract_id: int) -> Changes:
    """Take back the move the contract's first day made, as its creation is undone.

    That move (``_first_day_move``) goes, and the stage and its day come back. No such move
    (the contract has not begun, or another contract moved the relationship): nothing.
    """
    with Session(engine) as session:
        row = session.get(Relationship, before.relationship_id)
        change = None if row is None else _first_day_move(session, row, before, contract_id)
        if row is None or change is None:
            return Changes()
        session.delete(change)
        row.stage, row.stage_since = before.stage, before.since
        session.add(row)
        session.commit()
    return Changes(relationships={before.relationship_id}, reminders=True)


def _first_day_move(session: Session, row: Relationship, before: StageBefore,
                    contract_id: int) -> StageChange | None:
    """The relationship's latest entry, if it is the move the contract's first day made.

    Made since ``before``, to « Contrat en cours » where the relationship still is, and not
    said of another of its contracts (this one's title may have been edited since).
    """
    assert row.id is not None
    change = session.get(StageChange, _last_change_id(session, row.id))
    if (change is None or change.id is None or change.id <= before.last_change_id
            or {row.stage, change.to_stage} != {Stage.CONTRAT_EN_COURS.value}):
        return None
    titles = dict(session.exec(select(Contract.id, Contract.title).where(
        Contract.relationship_id == row.id)).all())
    own = titles.pop(contract_id, None)
    others = {CONTRACT_STARTED.format(title=title) for title in titles.values()
              if title != own}
    return None if change.reason in others else change
