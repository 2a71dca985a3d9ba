"""Contracts created before their first day: the relationship reaches « Contrat en cours » then.

``contracts.start_contract`` leaves the stage alone for a contract that begins later (after a
go, the contract that follows a marché test starts the day after the test ends).
``move_started_contracts`` moves the relationship on once that day has come, dated on it.
"""

from __future__ import annotations

from datetime import date

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
from srm_inclusif.storage.tables import Contract, Relationship


def move_started_contracts(engine: Engine, *, today: date) -> Changes:
    """Move to « Contrat en cours » each relationship whose waiting contract has begun by ``today``.

    The history entry is dated on the contract's first day (never before the relationship's
    latest stage) with the reason « Contrat « title » », as a contract under way at its
    creation gives. Nothing to move: empty changes.
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
                       CONTRACT_STARTED.format(title=contract.title))
            moved.add(relationship.id)
    return Changes(relationships=moved, reminders=True) if moved else Changes()
