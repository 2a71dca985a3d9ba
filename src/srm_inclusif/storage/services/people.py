"""People of the user's organisation (buyers, commercials) and teams."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from srm_inclusif.storage.tables import Person, Team


@dataclass(frozen=True)
class PersonRow:
    """A person with the name of their team."""

    id: int
    name: str
    role: str
    team_name: str | None


def list_people(engine: Engine, *, active_only: bool = True) -> list[PersonRow]:
    """People of the organisation by name."""
    query = select(Person.id, Person.name, Person.role, Team.name).outerjoin(
        Team, col(Team.id) == Person.team_id
    ).order_by(Person.name)
    if active_only:
        query = query.where(Person.active)
    with Session(engine) as session:
        return [PersonRow(*row) for row in session.exec(query)]
