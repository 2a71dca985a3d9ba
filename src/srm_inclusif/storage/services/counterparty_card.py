"""What the counterparty card shows: fields, provenance, timeline, contracts, spend, feedback."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from srm_inclusif.core.errors import NotFoundError
from srm_inclusif.storage.services.counterparty_edit import (
    COUNTERPARTY_GONE,
    EDITABLE_FIELDS,
    _read,
)
from srm_inclusif.storage.tables import (
    Contract,
    Counterparty,
    Feedback,
    FeedbackScore,
    Relationship,
    Sector,
    SpendLine,
    StageChange,
)


@dataclass(frozen=True)
class TimelineEvent:
    """A dated stage change of one of the counterparty's relationships."""

    changed_on: date
    from_stage: str | None
    to_stage: str
    reason: str


@dataclass(frozen=True)
class CardContract:
    """A contract as listed on the card."""

    id: int
    title: str
    kind: str
    amount_cents: int | None
    start_date: date | None
    end_date: date | None


@dataclass(frozen=True)
class CounterpartyCard:
    """The whole card of a counterparty, as plain values."""

    id: int
    values: dict[str, Any]
    edited_fields: list[str]
    department_code: str | None
    region_code: str | None
    siret_status: str
    favourite: bool
    source: str | None
    source_id: str | None
    imported_at: datetime | None
    created_at: datetime
    sector_names: dict[str, str]
    timeline: list[TimelineEvent]
    contracts: list[CardContract]
    spend_by_year: list[tuple[int, str, int]]
    feedback_average: float | None
    feedback_count: int


def load_card(engine: Engine, *, counterparty_id: int) -> CounterpartyCard:
    """Read a counterparty's card."""
    with Session(engine) as session:
        row = session.get(Counterparty, counterparty_id)
        if row is None:
            raise NotFoundError.of(COUNTERPARTY_GONE, id=counterparty_id)
        values = {f: _read(session, row, f) for f in EDITABLE_FIELDS}
        names = dict(session.exec(select(Sector.slug, Sector.name)
                                  .where(col(Sector.slug).in_(values["sectors"]))).all())
        average, count = _feedback(session, counterparty_id)
        return CounterpartyCard(
            counterparty_id, values, list(row.edited_fields), row.department_code,
            row.region_code, row.siret_status, row.favourite, row.source, row.source_id,
            row.imported_at, row.created_at, names, _timeline(session, counterparty_id),
            _contracts(session, counterparty_id), _spend(session, counterparty_id), average, count,
        )


def _timeline(session: Session, counterparty_id: int) -> list[TimelineEvent]:
    query = (select(StageChange).join(Relationship)
             .where(Relationship.counterparty_id == counterparty_id)
             .order_by(col(StageChange.changed_on).desc(), col(StageChange.id).desc()))
    return [TimelineEvent(s.changed_on, s.from_stage, s.to_stage, s.reason)
            for s in session.exec(query)]


def _contracts(session: Session, counterparty_id: int) -> list[CardContract]:
    query = (select(Contract).join(Relationship)
             .where(Relationship.counterparty_id == counterparty_id)
             .order_by(col(Contract.start_date).desc(), col(Contract.id).desc()))
    return [CardContract(c.id or 0, c.title, c.kind, c.amount_cents, c.start_date, c.end_date)
            for c in session.exec(query)]


def _spend(session: Session, counterparty_id: int) -> list[tuple[int, str, int]]:
    """Spend per year and basis (bases are never added together)."""
    year = sa.func.strftime("%Y", SpendLine.spend_date)
    query = (select(year, SpendLine.basis, sa.func.sum(SpendLine.amount_cents))
             .where(SpendLine.counterparty_id == counterparty_id)
             .group_by(year, SpendLine.basis).order_by(year, SpendLine.basis))
    return [(int(y), basis, int(total)) for y, basis, total in session.exec(query)]


def _feedback(session: Session, counterparty_id: int) -> tuple[float | None, int]:
    weighted = sa.func.sum(FeedbackScore.score * FeedbackScore.weight)
    query = (select(weighted / sa.func.sum(FeedbackScore.weight),
                    sa.func.count(sa.distinct(col(Feedback.id))))
             .select_from(FeedbackScore)
             .join(Feedback, col(Feedback.id) == FeedbackScore.feedback_id)
             .join(Contract, col(Contract.id) == Feedback.contract_id)
             .join(Relationship, col(Relationship.id) == Contract.relationship_id)
             .where(Relationship.counterparty_id == counterparty_id,
                    Feedback.direction == "given"))
    average, count = session.exec(query).one()
    return (None if average is None else float(average)), int(count)
