"""Relationship reads and writes: stages and their dated history."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from srm_inclusif.storage.tables import Counterparty, Person, Relationship


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


def list_relationships(engine: Engine) -> list[RelationshipRow]:
    """Every relationship, most recently moved first."""
    query = (
        select(Relationship.id, Counterparty.id, Counterparty.name, Counterparty.kind,
               Person.name, Relationship.stage, Relationship.stage_since)
        .join(Counterparty, Counterparty.id == Relationship.counterparty_id)
        .outerjoin(Person, Person.id == Relationship.person_id)
        .order_by(Relationship.stage_since.desc(), Relationship.id)
    )
    with Session(engine) as session:
        return [RelationshipRow(*row) for row in session.exec(query)]
