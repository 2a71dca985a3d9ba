"""Load the plain facts the KPI engine works on, with a few fast queries; objective actuals."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine
from sqlmodel import col

from srm_inclusif.core import kpi, oeth
from srm_inclusif.core.indicators import indicator
from srm_inclusif.core.kinds import Kind
from srm_inclusif.core.kpi_facts import (
    ContractFact,
    FeedbackFact,
    KindPeriod,
    KpiData,
    Period,
    Scope,
    SpendFact,
    kind_on,
)
from srm_inclusif.core.vocabulary import Profile
from srm_inclusif.storage.tables import (
    Contract,
    Counterparty,
    CounterpartyKindPeriod,
    Feedback,
    FeedbackScore,
    Objective,
    ObjectiveSheet,
    Person,
    Relationship,
    SpendLine,
    WorkspaceSettings,
)

_KINDS = {k.value: k for k in Kind}


@dataclass(frozen=True)
class ObjectiveActual:
    """The actual of one objective and the spend lines and contracts behind it."""

    objective_id: int
    actual: Decimal | None
    spend_line_ids: tuple[int, ...]
    contract_ids: tuple[int, ...]


def load_kpi_data(engine: Engine, *, start: date, end: date, basis: str | None = None,
                  monthly: bool = False, people: tuple[int, ...] | None = None
                  ) -> KpiData:
    """Spend lines of ``[start, end]`` (one basis or all), every contract, the feedback.

    ``people`` keeps only the spend lines of those persons (one sheet's owner or team).

    With ``monthly`` the spend comes summed per month, basis, kind and person (dated on the
    month's last purchase, no line ids, no category or department): exact totals for the
    dashboard, read in a few milliseconds whatever the number of lines.
    """
    with engine.connect() as connection:
        history = _kind_history(connection)
        teams = _teams(connection)
        spend = (_monthly_spend(connection, start, end, history, teams) if monthly
                 else _spend(connection, start, end, basis, history, teams, people))
        return KpiData(
            spend=spend,
            contracts=_contracts(connection, history, teams),
            feedback=_feedback(connection, start, end, teams),
        )


_MONTHLY_SQL = (
    "SELECT sum(s.amount_cents), max(s.spend_date), s.basis, c.kind, s.person_id"
    " FROM spend_line s {hint} JOIN counterparty c ON c.id = s.counterparty_id"
    " WHERE s.spend_date >= ? AND s.spend_date <= ? AND s.counterparty_id NOT IN"
    " (SELECT counterparty_id FROM counterparty_kind_period)"
    " GROUP BY substr(s.spend_date, 1, 7), s.basis, c.kind, s.person_id"
)


def _monthly_spend(connection: Connection, start: date, end: date,
                   history: dict[int, list[KindPeriod]], teams: dict[int, int | None]
                   ) -> tuple[SpendFact, ...]:
    bounds = (start.isoformat(), end.isoformat())
    sql = _MONTHLY_SQL.format(hint=_date_index_hint(connection, bounds))
    rows = connection.exec_driver_sql(sql, bounds)
    summed = tuple(
        SpendFact(0, cents, date.fromisoformat(day), basis, _kind(code), 0, person,
                      teams.get(person) if person else None, None, None)
        for cents, day, basis, code, person in rows)
    if not history:
        return summed
    # Counterparties whose kind changed over time: line by line, kind on each date.
    dated = _spend(connection, start, end, None, history, teams)
    return summed + tuple(f for f in dated if f.counterparty_id in history)


def quality_direction(engine: Engine) -> str:
    """Feedback that measures quality: given by a buyer, received by a structure inclusive."""
    profile, _ = _settings(engine)
    return "received" if profile == Profile.STRUCTURE_INCLUSIVE.value else "given"


def sheet_period(engine: Engine, *, year: int, as_of: date | None = None) -> Period:
    """The fiscal year ``year`` of the workspace (its start month), stopped at ``as_of``."""
    _, start_month = _settings(engine)
    return Period.year(year, start_month=start_month, as_of=as_of)


def _settings(engine: Engine) -> tuple[str, int]:
    with engine.connect() as connection:
        row = connection.execute(
            sa.select(col(WorkspaceSettings.profile),
                      col(WorkspaceSettings.fiscal_year_start_month))
            .where(col(WorkspaceSettings.id) == 1)).first()
    return (row[0], row[1] or 1) if row is not None else (Profile.ACHETEUR.value, 1)


def _kind(code: str | None) -> Kind:
    return _KINDS.get(code or "", Kind.CLASSIC)


def _kind_history(connection: Connection) -> dict[int, list[KindPeriod]]:
    rows = connection.execute(sa.select(
        col(CounterpartyKindPeriod.counterparty_id), col(CounterpartyKindPeriod.kind),
        col(CounterpartyKindPeriod.valid_from), col(CounterpartyKindPeriod.valid_until)))
    history: dict[int, list[KindPeriod]] = defaultdict(list)
    for cp_id, code, start, until in rows:
        history[cp_id].append(KindPeriod(_kind(code), start, until))
    return history


def _teams(connection: Connection) -> dict[int, int | None]:
    query = sa.select(col(Person.id), col(Person.team_id))
    return {pid or 0: team for pid, team in connection.execute(query)}


_SPEND_SQL = (
    "SELECT s.id, s.amount_cents, s.spend_date, s.basis, c.kind, s.counterparty_id, s.person_id,"
    " s.purchase_category, c.department_code FROM spend_line s {hint}"
    " JOIN counterparty c ON c.id = s.counterparty_id"
    " WHERE s.spend_date >= ? AND s.spend_date <= ?"
)
#: Above this share of all lines, reading the whole table beats walking the date index.
SCAN_SHARE = 0.3


def _date_index_hint(connection: Connection, bounds: tuple[str, str]) -> str:
    """``NOT INDEXED`` when the period holds so many lines that a table scan is cheaper."""
    inside = connection.exec_driver_sql(
        "SELECT count(*) FROM spend_line WHERE spend_date >= ? AND spend_date <= ?", bounds
    ).scalar_one()
    total = connection.exec_driver_sql("SELECT count(*) FROM spend_line").scalar_one()
    return "NOT INDEXED" if inside > SCAN_SHARE * total else ""


def _spend_rows(connection: Connection, start: date, end: date, basis: str | None,
                people: tuple[int, ...] | None = None) -> list[tuple[Any, ...]]:
    # The DB-API cursor directly: 50 000 lines must feed the dashboard in well under 500 ms.
    bounds = (start.isoformat(), end.isoformat())
    sql = _SPEND_SQL.format(hint=_date_index_hint(connection, bounds))
    params: tuple[object, ...] = bounds
    if basis is not None:
        sql, params = sql + " AND s.basis = ?", (*params, basis)
    if people is not None:
        marks = ", ".join("?" * len(people)) or "NULL"
        sql, params = sql + f" AND s.person_id IN ({marks})", (*params, *people)
    driver = connection.connection.driver_connection
    assert driver is not None  # an open connection
    cursor = driver.cursor()
    try:
        rows: list[tuple[Any, ...]] = cursor.execute(sql, params).fetchall()
        return rows
    finally:
        cursor.close()


def _spend(connection: Connection, start: date, end: date, basis: str | None,
           history: dict[int, list[KindPeriod]], teams: dict[int, int | None],
           people: tuple[int, ...] | None = None) -> tuple[SpendFact, ...]:
    days: dict[str, date] = {}
    fact, kinds, kind_at = SpendFact, _KINDS, kind_on  # locals: read once per line
    facts = []
    for line_id, cents, day_text, line_basis, code, cp_id, person, category, dept in (
            _spend_rows(connection, start, end, basis, people)):
        day = days.get(day_text)
        if day is None:
            day = days[day_text] = date.fromisoformat(day_text)
        kind = kinds.get(code, Kind.CLASSIC)
        periods = history.get(cp_id)
        if periods:
            kind = kind_at(kind, periods, day)
        facts.append(fact(line_id, cents, day, line_basis, kind, cp_id, person,
                          teams.get(person) if person else None, category, dept))
    return tuple(facts)


def _hours(value: float | None) -> Decimal | None:
    if value is None:
        return None
    number = Decimal(str(value))
    return number.to_integral_value() if number == number.to_integral_value() else number


def _contracts(connection: Connection, history: dict[int, list[KindPeriod]],
               teams: dict[int, int | None]) -> tuple[ContractFact, ...]:
    query = (
        sa.select(col(Contract.id), col(Relationship.counterparty_id), col(Counterparty.kind),
                  col(Contract.kind), col(Contract.start_date), col(Contract.end_date),
                  col(Contract.reserved_article), col(Contract.has_clause_sociale),
                  col(Contract.clause_hours_planned), col(Contract.clause_hours_realised),
                  col(Contract.decision_date), col(Contract.previous_contract_id),
                  col(Relationship.person_id))
        .join(Relationship, col(Relationship.id) == Contract.relationship_id)
        .join(Counterparty, col(Counterparty.id) == Relationship.counterparty_id)
    )
    facts = []
    for row in connection.execute(query):
        (cid, cp_id, code, ckind, start, end, article, clause, planned, realised, decided,
         previous, person) = row
        kind = kind_on(_kind(code), history.get(cp_id, ()), start)
        facts.append(ContractFact(
            cid or 0, cp_id, kind, ckind, start, end, article, bool(clause), _hours(planned),
            _hours(realised), decided, previous, person, teams.get(person) if person else None))
    return tuple(facts)


def _feedback(connection: Connection, start: date, end: date,
              teams: dict[int, int | None]) -> tuple[FeedbackFact, ...]:
    person = sa.func.coalesce(Relationship.person_id, Feedback.author_person_id)
    query = (
        sa.select(col(Feedback.id), col(Feedback.contract_id), col(Feedback.given_on),
                  col(Feedback.direction),
                  sa.func.sum(FeedbackScore.score * FeedbackScore.weight),
                  sa.func.sum(FeedbackScore.weight), person)
        .join(FeedbackScore, col(FeedbackScore.feedback_id) == Feedback.id)
        .join(Contract, col(Contract.id) == Feedback.contract_id)
        .join(Relationship, col(Relationship.id) == Contract.relationship_id)
        .where(col(Feedback.given_on) >= start, col(Feedback.given_on) <= end)
        .group_by(col(Feedback.id))
    )
    return tuple(
        FeedbackFact(fid or 0, cid, given, direction, _hours(wsum) or Decimal(0),
                         _hours(wtotal) or Decimal(0), pid, teams.get(pid) if pid else None)
        for fid, cid, given, direction, wsum, wtotal, pid in connection.execute(query)
    )


def objective_actuals(engine: Engine, *, sheet_id: int, as_of: date) -> list[ObjectiveActual]:
    """The actual of each objective of a sheet over its (fiscal) year up to ``as_of``."""
    with engine.connect() as connection:
        sheet = connection.execute(
            sa.select(col(ObjectiveSheet.year), col(ObjectiveSheet.person_id),
                      col(ObjectiveSheet.team_id))
            .where(col(ObjectiveSheet.id) == sheet_id)).first()
        objectives = connection.execute(
            sa.select(col(Objective.id), col(Objective.indicator), col(Objective.basis),
                      col(Objective.manual_actual))
            .where(col(Objective.sheet_id) == sheet_id)
            .order_by(col(Objective.position), col(Objective.id))).all()
    if sheet is None:
        return []
    year, person_id, team_id = sheet
    period = sheet_period(engine, year=year, as_of=as_of)
    people = _sheet_people(engine, person_id, team_id)
    data = load_kpi_data(engine, start=period.start, end=period.end, people=people)
    scope = Scope(person_id=person_id, team_id=team_id)
    direction = quality_direction(engine)
    return [_actual(row, data, period, scope, direction) for row in objectives]


def _sheet_people(engine: Engine, person_id: int | None, team_id: int | None
                  ) -> tuple[int, ...] | None:
    """Whose spend lines a sheet needs: its person, its team's members, or everyone (None)."""
    if person_id is not None:
        return (person_id,)
    if team_id is None:
        return None
    with engine.connect() as connection:
        return tuple(pid for pid, team in _teams(connection).items() if team == team_id)


def _actual(row: sa.Row[int | None, str, str, Decimal | None], data: KpiData,
            period: Period, scope: Scope, direction: str) -> ObjectiveActual:
    row_id, code, basis, manual = row
    objective_id = row_id or 0
    if indicator(code).is_manual:
        return ObjectiveActual(objective_id, manual, (), ())
    result = kpi.compute(code, data, period, scope, basis=basis, direction=direction)
    return ObjectiveActual(objective_id, result.value, result.spend_line_ids,
                           result.contract_ids)


def oeth_purchases(engine: Engine, *, year: int, default_labour_share: Decimal | None = None
                   ) -> tuple[oeth.OethPurchase, ...]:
    """Purchases paid in the year to EA, ESAT and TIH (kind on the payment date), per supplier.

    The labour cost is the contract's attested one, else the contract's labour share, else
    ``default_labour_share`` (100 % when not given), the last two flagged as estimates.
    """
    query = (
        sa.select(col(SpendLine.counterparty_id), col(Counterparty.name), col(Counterparty.kind),
                  col(SpendLine.spend_date), col(SpendLine.amount_cents),
                  col(SpendLine.contract_id), col(Contract.labour_cost_cents),
                  col(Contract.labour_share))
        .join(Counterparty, col(Counterparty.id) == SpendLine.counterparty_id)
        .outerjoin(Contract, col(Contract.id) == SpendLine.contract_id)
        .where(col(SpendLine.basis) == "paid", col(SpendLine.spend_date) >= date(year, 1, 1),
               col(SpendLine.spend_date) <= date(year, 12, 31))
    )
    with engine.connect() as connection:
        history = _kind_history(connection)
        rows = connection.execute(query).all()
    groups: dict[tuple[int, int | None], list[int]] = defaultdict(lambda: [0, 0])
    info: dict[tuple[int, int | None], tuple[str, Kind, int | None, Decimal | None]] = {}
    for cp_id, name, code, day, cents, contract_id, attested, share in rows:
        kind = kind_on(_kind(code), history.get(cp_id, ()), day)
        if kind.counts_for_oeth:
            groups[(cp_id, contract_id)][0] += cents
            info[(cp_id, contract_id)] = (name, kind, attested, share)
    return _merge_purchases(groups, info, default_labour_share)


def _merge_purchases(groups: dict[tuple[int, int | None], list[int]],
                     info: dict[tuple[int, int | None], tuple[str, Kind, int | None,
                                                              Decimal | None]],
                     default_share: Decimal | None) -> tuple[oeth.OethPurchase, ...]:
    merged: dict[int, oeth.OethPurchase] = {}
    for key, (amount, _) in groups.items():
        name, kind, attested, share = info[key]
        labour, estimated = oeth.labour_cost(
            amount, attested_cents=attested, share=share if share is not None else default_share)
        known = merged.get(key[0])
        if known is not None:
            amount += known.amount_cents
            labour += known.labour_cost_cents
            estimated = estimated or known.estimated
        merged[key[0]] = oeth.OethPurchase(name, kind, amount, labour, estimated)
    return tuple(sorted(merged.values(), key=lambda p: (-p.amount_cents, p.label)))
