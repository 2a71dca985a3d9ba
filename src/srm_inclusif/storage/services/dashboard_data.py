"""Reads for the dashboard beyond the KPI facts: pipeline, targets, objective progress, sales."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from typing import Any, NamedTuple

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlalchemy.sql import Select
from sqlmodel import col

from srm_inclusif.core import kpi
from srm_inclusif.core.dashboard import (
    ContractTitle,
    OwnerProgress,
    WeightedObjective,
    weighted_achievement,
)
from srm_inclusif.core.indicators import indicator
from srm_inclusif.core.kpi_facts import KpiData, Period, Scope
from srm_inclusif.core.money import to_cents
from srm_inclusif.storage.services.kpi_data import sheet_period
from srm_inclusif.storage.tables import (
    Contract,
    Counterparty,
    Objective,
    ObjectiveSheet,
    Person,
    Relationship,
    SpendLine,
)

#: The indicator of a buyer's inclusive-spend objectives (``core.indicators``).
INCLUSIVE_SPEND = "inclusive_spend"


def pipeline_counts(engine: Engine, *, person_id: int | None = None,
                    team_id: int | None = None) -> dict[str, int]:
    """Number of relationships per stage (of one person, of one team's members, or all)."""
    query = sa.select(col(Relationship.stage), sa.func.count()).group_by(Relationship.stage)
    if person_id is not None:
        query = query.where(col(Relationship.person_id) == person_id)
    elif team_id is not None:
        query = query.where(col(Relationship.person_id).in_(_members(team_id)))
    with engine.connect() as connection:
        return {stage: count for stage, count in connection.execute(query)}


def contract_titles(engine: Engine, ids: Iterable[int]) -> dict[int, ContractTitle]:
    """Structure and title of some contracts."""
    wanted = list(ids)
    if not wanted:
        return {}
    query = (sa.select(col(Contract.id), col(Counterparty.name), col(Contract.title))
             .join(Relationship, col(Relationship.id) == Contract.relationship_id)
             .join(Counterparty, col(Counterparty.id) == Relationship.counterparty_id)
             .where(col(Contract.id).in_(wanted)))
    with engine.connect() as connection:
        return {cid or 0: ContractTitle(structure, title)
                for cid, structure, title in connection.execute(query)}


def spend_target_cents(engine: Engine, *, code: str, year: int, basis: str,
                       person_id: int | None = None, team_id: int | None = None) -> int | None:
    """Target of the year's objectives on indicator ``code`` and ``basis``.

    A person's, a team's (its own sheet's), or all people's.
    """
    query = (_objectives_on(col(Objective.target), code, year, person_id, team_id)
             .where(col(Objective.basis) == basis))
    with engine.connect() as connection:
        targets = [Decimal(t) for t in connection.execute(query).scalars()]
    return to_cents(sum(targets, Decimal(0))) if targets else None


def spend_objective_bases(engine: Engine, *, code: str, year: int,
                          person_id: int | None = None, team_id: int | None = None) -> list[str]:
    """Basis of each objective of the year on indicator ``code``: a person's, a team's, or all."""
    with engine.connect() as connection:
        return list(connection.execute(
            _objectives_on(col(Objective.basis), code, year, person_id, team_id)).scalars())


def _objectives_on(column: Any, code: str, year: int, person_id: int | None,
                   team_id: int | None = None) -> Select[Any]:
    """``column`` of the objectives on the indicator ``code`` of sheets of the year.

    One person's sheet, one team's, else all people's sheets (a team's objectives are its
    members' spend again: added to theirs, they would count it twice).
    """
    query = (sa.select(column)
             .join(ObjectiveSheet, col(ObjectiveSheet.id) == Objective.sheet_id)
             .where(col(ObjectiveSheet.year) == year, col(Objective.indicator) == code))
    if person_id is not None:
        return query.where(col(ObjectiveSheet.person_id) == person_id)
    if team_id is not None:
        return query.where(col(ObjectiveSheet.team_id) == team_id)
    return query.where(col(ObjectiveSheet.person_id).is_not(None))


def _members(team_id: int) -> Select[Any]:
    """The ids of the people of a team, active or not (its sheet counts all their spend)."""
    return sa.select(col(Person.id)).where(col(Person.team_id) == team_id)


def progress_by_owner(engine: Engine, *, data: KpiData, year: int, as_of: date,
                      direction: str = "given") -> tuple[OwnerProgress, ...]:
    """Weighted achievement of each person's sheet of the year, from already-loaded facts.

    ``data`` must hold the spend of the whole (fiscal) year up to ``as_of``.
    """
    period = sheet_period(engine, year=year, as_of=as_of)
    query = (sa.select(col(ObjectiveSheet.id), col(ObjectiveSheet.person_id), col(Person.name),
                       col(Objective.indicator), col(Objective.basis), col(Objective.weight),
                       col(Objective.target), col(Objective.threshold_cap),
                       col(Objective.lower_is_better), col(Objective.manual_actual))
             .join(Objective, col(Objective.sheet_id) == ObjectiveSheet.id)
             .join(Person, col(Person.id) == ObjectiveSheet.person_id)
             .where(col(ObjectiveSheet.year) == year)
             .order_by(col(Person.name), col(Objective.position)))
    with engine.connect() as connection:
        rows = connection.execute(query).all()
    sheets: dict[int, tuple[int, str, list[WeightedObjective]]] = {}
    for sheet_id, person_id, name, code, basis, weight, target, cap, lower, manual in rows:
        assert sheet_id is not None  # a primary key
        assert person_id is not None  # inner join on the person
        actual = manual if indicator(code).is_manual else kpi.compute(
            code, data, period, Scope(person_id=person_id), basis=basis,
            direction=direction).value
        entry = sheets.setdefault(sheet_id, (person_id, name, []))
        entry[2].append(WeightedObjective(weight, target, actual, cap, lower))
    return tuple(OwnerProgress(name, pid, weighted_achievement(items))
                 for pid, name, items in sheets.values())


def spend_by_basis(engine: Engine, *, period: Period, person_id: int | None = None,
                   team_id: int | None = None) -> dict[str, int]:
    """Total spend (cents) of the period on each basis that has lines: a person's, a team's, all.

    Read from the lines in one query, whatever the kind of the counterparty: what an import
    brought, so that the dashboard can say on which basis it is.
    """
    query = (sa.select(col(SpendLine.basis), sa.func.sum(SpendLine.amount_cents))
             .where(col(SpendLine.spend_date) >= period.start,
                    col(SpendLine.spend_date) <= period.end)
             .group_by(col(SpendLine.basis)))
    if person_id is not None:
        query = query.where(col(SpendLine.person_id) == person_id)
    elif team_id is not None:
        query = query.where(col(SpendLine.person_id).in_(_members(team_id)))
    with engine.connect() as connection:
        return {basis: int(cents) for basis, cents in connection.execute(query)}


class Sales(NamedTuple):
    """A structure inclusive's sales of a period: her spend lines are what her clients bought."""

    #: Running total (cents) after each day with sales, as the cumulative chart draws it.
    cumulative: tuple[tuple[date, int], ...]
    #: Sales (cents) to each client with sales, by the client's name.
    by_client: dict[str, int]


def sales(engine: Engine, *, data: KpiData, period: Period, scope: Scope,
          basis: str) -> Sales:
    """The sales of the period on ``basis``, whatever the kind of the clients."""
    per_day: dict[date, int] = defaultdict(int)
    for line in kpi.spend_lines(data, period, scope, basis):
        per_day[line.spend_date] += line.amount_cents
    running, cumulative = 0, []
    for day in sorted(per_day):
        running += per_day[day]
        cumulative.append((day, running))
    return Sales(tuple(cumulative), _by_client(engine, period, scope, basis))


def _by_client(engine: Engine, period: Period, scope: Scope, basis: str
               ) -> dict[str, int]:
    """Sum of the spend lines of the period on ``basis`` per client, by the client's name.

    Read from the lines: the KPI facts are summed per month, without their counterparty. Two
    clients of one name stay apart (the second named with its city, else its number).
    """
    query = (sa.select(col(Counterparty.id), col(Counterparty.name), col(Counterparty.city),
                       sa.func.sum(SpendLine.amount_cents))
             .join(Counterparty, col(Counterparty.id) == SpendLine.counterparty_id)
             .where(col(SpendLine.spend_date) >= period.start,
                    col(SpendLine.spend_date) <= period.end,
                    col(SpendLine.basis) == basis)
             .group_by(col(Counterparty.id), col(Counterparty.name), col(Counterparty.city))
             .order_by(sa.func.sum(SpendLine.amount_cents).desc()))
    if scope.person_id is not None:
        query = query.where(col(SpendLine.person_id) == scope.person_id)
    if scope.team_id is not None:
        query = query.join(Person, col(Person.id) == SpendLine.person_id).where(
            col(Person.team_id) == scope.team_id)
    totals: dict[str, int] = {}
    with engine.connect() as connection:
        for client_id, name, city, cents in connection.execute(query):
            shown = name if name not in totals else f"{name} ({city or '—'})"
            totals[shown if shown not in totals else f"{name} (n° {client_id})"] = int(cents)
    return totals
