"""Objective sheets written straight into a test workspace: the DOMAIN.md section 4 example."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from srm_inclusif.storage.tables import Objective, ObjectiveSheet, Person, Team

D = Decimal

#: (label, indicator, unit, weight %, target, actual) of the worked example.
WORKED_EXAMPLE = (
    ("Économies", "savings", "€", D(40), D(500_000), D(450_000)),
    ("Achats inclusifs", "inclusive_spend", "€", D(30), D(200_000), D(240_000)),
    ("Heures d'insertion", "insertion_hours", "h", D(15), D(2_000), D(1_500)),
    ("Satisfaction fournisseurs", "quality_score", "/ 5", D(15), D("4.0"), D("4.2")),
)


def add_sheet(
    engine: Engine,
    *,
    name: str,
    year: int = 2026,
    team: str = "Achats",
    role: str = "Acheteuse",
    target_variable_cents: int = 500_000,
    insertion_hours: Decimal | int = 1_500,
    rows: tuple[tuple[str, str, str, Decimal, Decimal, Decimal | None], ...] = WORKED_EXAMPLE,
    comment: str = "",
) -> int:
    """Add a person (and team) with the worked-example sheet; returns the sheet id."""
    with Session(engine) as session:
        team_row = session.exec(select(Team).where(Team.name == team)).first()
        if team_row is None:
            team_row = Team(name=team)
            session.add(team_row)
            session.flush()
        person = Person(name=name, role=role, team_id=team_row.id)
        session.add(person)
        session.flush()
        sheet = ObjectiveSheet(person_id=person.id, year=year,
                               target_variable_cents=target_variable_cents, comment=comment)
        session.add(sheet)
        session.flush()
        for position, (label, code, unit, weight, target, actual) in enumerate(rows):
            if code == "insertion_hours":
                actual = D(insertion_hours)
            session.add(Objective(sheet_id=sheet.id, position=position, label=label,
                                  indicator=code, unit=unit, target=target, weight=weight,
                                  manual_actual=actual))
        session.commit()
        assert sheet.id is not None
        return sheet.id
