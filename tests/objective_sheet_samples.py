"""Objective sheets written straight into a test workspace: the DOMAIN.md section 4 example.

Savings and satisfaction are typed (manual indicators); inclusive spend comes from real spend
lines with an EA supplier and insertion hours from a real contract with a clause sociale, so the
KPI engine computes them and the "Données" sheet lists them.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import NamedTuple

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from srm_inclusif.storage.services.objectives import create_sheet
from srm_inclusif.storage.tables import (
    Contract,
    Counterparty,
    Objective,
    ObjectiveSheet,
    Person,
    Relationship,
    SpendLine,
    Team,
)

D = Decimal

#: (label, indicator, unit, weight %, target, typed actual) of the worked example.
WORKED_EXAMPLE = (
    ("Économies", "savings", "€", D(40), D(500_000), D(450_000)),
    ("Achats inclusifs", "inclusive_spend", "€", D(30), D(200_000), None),
    ("Heures d'insertion", "insertion_hours", "h", D(15), D(2_000), None),
    ("Satisfaction fournisseurs", "manual", "/ 5", D(15), D("4.0"), D("4.2")),
)
#: Spend lines (euros) of the worked example with an EA: 240 k€ in all.
SPEND_EUROS = (150_000, 90_000)


def add_sheet(
    engine: Engine,
    *,
    name: str,
    year: int = 2026,
    team: str = "Achats",
    role: str = "Acheteuse",
    target_variable_cents: int = 500_000,
    insertion_hours: Decimal | int = 1_500,
    comment: str = "",
    supplier: str = "Atelier Solidaire",
) -> int:
    """Add a person (and team), the records behind the actuals and the sheet; returns its id."""
    with Session(engine) as session:
        person = Person(name=name, role=role, team_id=_team_id(session, team))
        session.add(person)
        session.flush()
        _add_records(session, person.id, year, supplier, D(insertion_hours))
        sheet = ObjectiveSheet(person_id=person.id, year=year,
                               target_variable_cents=target_variable_cents, comment=comment)
        session.add(sheet)
        session.flush()
        for position, (label, code, unit, weight, target, actual) in enumerate(WORKED_EXAMPLE):
            session.add(Objective(sheet_id=sheet.id, position=position, label=label,
                                  indicator=code, unit=unit, target=target, weight=weight,
                                  manual_actual=actual))
        session.commit()
        assert sheet.id is not None
        return sheet.id


def add_empty_sheet(engine: Engine, *, person: str = "Alice", year: int = 2026) -> int:
    """A new person's sheet of ``year``, no objective yet, 5 000 € of variable pay; its id."""
    with Session(engine) as session:
        owner = Person(name=person)
        session.add(owner)
        session.commit()
        owner_id = owner.id
    sheet_id, _ = create_sheet(engine, year=year, person_id=owner_id,
                               target_variable_cents=500_000)
    return sheet_id


class SpendObjectives(NamedTuple):
    """The person :func:`add_spend_objective` adds, and her sheet (None without objectives)."""

    person_id: int
    sheet_id: int | None


def add_spend_objective(engine: Engine, *bases: str, year: int, person: str = ""
                        ) -> SpendObjectives:
    """A person with a sheet of ``year`` holding one inclusive-spend objective of 200 000 € per
    basis of ``bases`` (none: the person alone, no sheet)."""
    with Session(engine) as session:
        owner = Person(name=person or f"Personne {year}")
        session.add(owner)
        session.flush()
        assert owner.id is not None
        if not bases:
            session.commit()
            return SpendObjectives(owner.id, None)
        sheet = ObjectiveSheet(person_id=owner.id, year=year)
        session.add(sheet)
        session.flush()
        session.add_all(Objective(sheet_id=sheet.id, label="Achats inclusifs", basis=basis,
                                  indicator="inclusive_spend", target=D(200_000),
                                  weight=D(100))
                        for basis in bases)
        session.commit()
        return SpendObjectives(owner.id, sheet.id)


def _team_id(session: Session, name: str) -> int | None:
    team = session.exec(select(Team).where(Team.name == name)).first()
    if team is None:
        team = Team(name=name)
        session.add(team)
        session.flush()
    return team.id


def _add_records(
    session: Session, person_id: int | None, year: int, supplier: str, hours: Decimal
) -> None:
    counterparty = Counterparty(name=supplier, kind="EA")
    session.add(counterparty)
    session.flush()
    assert counterparty.id is not None
    for month, euros in enumerate(SPEND_EUROS, start=3):
        session.add(SpendLine(counterparty_id=counterparty.id, amount_cents=euros * 100,
                              spend_date=date(year, month, 15), basis="invoiced",
                              person_id=person_id, invoice_number=f"=F{month}"))
    relationship = Relationship(counterparty_id=counterparty.id, person_id=person_id,
                                stage="contrat_en_cours", stage_since=date(year, 1, 10))
    session.add(relationship)
    session.flush()
    assert relationship.id is not None
    session.add(Contract(relationship_id=relationship.id, title="Entretien des espaces verts",
                         amount_cents=80_000_00, start_date=date(year, 2, 1),
                         end_date=date(year, 12, 31), has_clause_sociale=True,
                         clause_hours_planned=2000.0, clause_hours_realised=float(hours)))
