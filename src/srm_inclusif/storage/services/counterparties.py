"""Counterparty reads and writes."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from srm_inclusif.storage.tables import Counterparty


@dataclass(frozen=True)
class CounterpartyRow:
    """One line of the counterparty list."""

    id: int
    name: str
    kind: str
    city: str | None
    department_code: str | None
    siret: str | None
    favourite: bool


def count_counterparties(engine: Engine) -> int:
    """Number of counterparties in the workspace."""
    with Session(engine) as session:
        return int(session.exec(select(func.count()).select_from(Counterparty)).one())


def list_counterparties(
    engine: Engine, *, offset: int = 0, limit: int = 200
) -> list[CounterpartyRow]:
    """A page of counterparties ordered by name."""
    query = (
        select(Counterparty.id, Counterparty.name, Counterparty.kind, Counterparty.city,
               Counterparty.department_code, Counterparty.siret, Counterparty.favourite)
        .order_by(Counterparty.name, Counterparty.id).offset(offset).limit(limit)
    )
    with Session(engine) as session:
        return [CounterpartyRow(*row) for row in session.exec(query)]
