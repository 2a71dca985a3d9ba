"""Contract reads and writes: marchés test, contracts, renewals, clauses sociales."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from srm_inclusif.storage.tables import Contract, Counterparty, Relationship


@dataclass(frozen=True)
class ContractRow:
    """One contract as listed."""

    id: int
    title: str
    kind: str
    counterparty_name: str
    amount_cents: int | None
    start_date: date | None
    end_date: date | None


def list_contracts(engine: Engine) -> list[ContractRow]:
    """Every contract, soonest end first (open-ended last)."""
    query = (
        select(Contract.id, Contract.title, Contract.kind, Counterparty.name,
               Contract.amount_cents, Contract.start_date, Contract.end_date)
        .join(Relationship, Relationship.id == Contract.relationship_id)
        .join(Counterparty, Counterparty.id == Relationship.counterparty_id)
        .order_by(Contract.end_date.is_(None), Contract.end_date, Contract.id)
    )
    with Session(engine) as session:
        return [ContractRow(*row) for row in session.exec(query)]
