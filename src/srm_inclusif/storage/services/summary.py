"""Workspace summary figures for the dashboard header, the About box and ``check``."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func
from sqlalchemy.engine import Engine
from sqlmodel import Session, SQLModel, col, select

from srm_inclusif.core.kinds import Kind
from srm_inclusif.storage.tables import Contract, Counterparty, Relationship, SpendLine


@dataclass(frozen=True)
class WorkspaceSummary:
    """Counts of the main records."""

    counterparties: int
    inclusive_counterparties: int
    relationships: int
    contracts: int
    spend_lines: int


def _count(session: Session, table: type[SQLModel], *where: object) -> int:
    query = select(func.count()).select_from(table)
    for clause in where:
        query = query.where(clause)  # type: ignore[arg-type]
    return int(session.exec(query).one())


def workspace_summary(engine: Engine) -> WorkspaceSummary:
    """Count counterparties (all and inclusive), relationships, contracts and spend lines."""
    inclusive = [k.value for k in Kind if k.is_inclusive]
    with Session(engine) as session:
        return WorkspaceSummary(
            counterparties=_count(session, Counterparty),
            inclusive_counterparties=_count(
                session, Counterparty, col(Counterparty.kind).in_(inclusive)
            ),
            relationships=_count(session, Relationship),
            contracts=_count(session, Contract),
            spend_lines=_count(session, SpendLine),
        )



def has_rows(engine: Engine) -> tuple[bool, bool]:
    """Whether the workspace holds any counterparty, and any relationship.

    What a new workspace's first steps depend on, asked at each change of either: an ``EXISTS``
    stops at the first row where a count reads them all.
    """
    with Session(engine) as session:
        counterparties, relationships = (
            bool(session.exec(select(select(1).select_from(table).exists())).one())
            for table in (Counterparty, Relationship))
    return counterparties, relationships
