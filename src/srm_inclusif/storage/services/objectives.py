"""Objective sheets and objectives: reads and writes."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from srm_inclusif.storage.tables import Objective, ObjectiveSheet, Person


@dataclass(frozen=True)
class ObjectiveRow:
    """One objective as listed, with the person and year of its sheet."""

    id: int
    sheet_id: int
    person_name: str | None
    year: int
    label: str
    indicator: str
    unit: str
    target: Decimal
    weight: Decimal


def list_objectives(engine: Engine, *, year: int | None = None) -> list[ObjectiveRow]:
    """Objectives, by person then position; optionally of one year."""
    query = (
        select(Objective.id, ObjectiveSheet.id, Person.name, ObjectiveSheet.year,
               Objective.label, Objective.indicator, Objective.unit, Objective.target,
               Objective.weight)
        .join(ObjectiveSheet, ObjectiveSheet.id == Objective.sheet_id)
        .outerjoin(Person, Person.id == ObjectiveSheet.person_id)
        .order_by(ObjectiveSheet.year.desc(), Person.name, Objective.position)
    )
    if year is not None:
        query = query.where(ObjectiveSheet.year == year)
    with Session(engine) as session:
        return [ObjectiveRow(*row) for row in session.exec(query)]
