"""Build variable-pay objective sheet documents from the workspace (one per person and year)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from srm_inclusif.core.errors import NotFoundError, ValidationError
from srm_inclusif.core.indicators import indicator
from srm_inclusif.core.kinds import fold
from srm_inclusif.core.objective_sheet import (
    ObjectiveInput,
    ObjectiveSheetDocument,
    SheetHeader,
    SheetMode,
    SourceLine,
    build_document,
    fiscal_period,
)
from srm_inclusif.storage.services.kpi_data import objective_actuals
from srm_inclusif.storage.services.settings import get_settings
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


@dataclass(frozen=True)
class SheetOwner:
    """A sheet that can be exported: its id, the person (or team) it belongs to and the year."""

    sheet_id: int
    person_id: int | None
    name: str
    year: int


@dataclass(frozen=True)
class _Actual:
    value: Decimal | None
    spend_line_ids: tuple[int, ...] = ()
    contract_ids: tuple[int, ...] = ()


def list_sheet_owners(engine: Engine, *, year: int) -> list[SheetOwner]:
    """The objective sheets of a year, by person (or team) name."""
    query = (
        select(ObjectiveSheet.id, ObjectiveSheet.person_id, Person.name, Team.name)
        .outerjoin(Person, Person.id == ObjectiveSheet.person_id)
        .outerjoin(Team, Team.id == ObjectiveSheet.team_id)
        .where(ObjectiveSheet.year == year)
    )
    with Session(engine) as session:
        rows = session.exec(query).all()
    owners = [SheetOwner(sid, pid, pname or tname or "?", year) for sid, pid, pname, tname in rows]
    return sorted(owners, key=lambda owner: fold(owner.name))


def select_owners(
    engine: Engine,
    *,
    year: int,
    person_ids: list[int] | None = None,
    names: list[str] | None = None,
) -> list[SheetOwner]:
    """Sheets of a year for the given people (by id or by name, accent- and case-insensitive).

    Raises:
        NotFoundError: a name matches no sheet of the year, or the year has no sheet at all.
    """
    owners = list_sheet_owners(engine, year=year)
    if not owners:
        raise NotFoundError(f"Aucune fiche d'objectifs pour l'année {year}.", year=year)
    if person_ids is not None:
        owners = [owner for owner in owners if owner.person_id in set(person_ids)]
    if names:
        wanted = {fold(name).strip(): name for name in names}
        missing = [raw for key, raw in wanted.items()
                   if not any(fold(owner.name) == key for owner in owners)]
        if missing:
            raise NotFoundError(f"Aucune fiche {year} pour : {', '.join(missing)}.",
                                names=missing, year=year)
        owners = [owner for owner in owners if fold(owner.name) in wanted]
    return owners


def build_sheet(
    engine: Engine, *, sheet_id: int, mode: SheetMode, as_of: date | None = None
) -> ObjectiveSheetDocument:
    """The sheet document of one objective sheet; actuals are taken at ``as_of``.

    Raises:
        NotFoundError: no such sheet.
        ValidationError: actuals mode without a data date.
    """
    if mode is SheetMode.ACTUALS and as_of is None:
        raise ValidationError("Une fiche de résultats demande une date des données.")
    settings = get_settings(engine)
    with Session(engine) as session:
        sheet = session.get(ObjectiveSheet, sheet_id)
        if sheet is None:
            raise NotFoundError("Fiche d'objectifs introuvable.", sheet_id=sheet_id)
        header = _header(session, sheet, settings.organisation_name,
                         settings.fiscal_year_start_month, as_of if mode is SheetMode.ACTUALS
                         else None)
        objectives = session.exec(
            select(Objective).where(Objective.sheet_id == sheet_id)
            .order_by(Objective.position, Objective.id)
        ).all()
        inputs = [_objective_input(obj) for obj in objectives]
        comment = sheet.comment
    if mode is SheetMode.TARGETS:
        return build_document(header, inputs, mode=mode, comment=comment)
    actuals = _actuals(engine, sheet_id, as_of or date.today())
    values = [actuals.get(obj.id, _Actual(None)).value for obj in objectives]
    sources = _sources(engine, objectives, actuals)
    return build_document(header, inputs, mode=mode, actuals=values, comment=comment,
                          sources=sources)


def build_sheets(
    engine: Engine, *, owners: list[SheetOwner], mode: SheetMode, as_of: date | None = None
) -> list[ObjectiveSheetDocument]:
    """The documents of several sheets, in the given order."""
    return [build_sheet(engine, sheet_id=owner.sheet_id, mode=mode, as_of=as_of)
            for owner in owners]


def _header(
    session: Session, sheet: ObjectiveSheet, organisation: str, start_month: int,
    data_date: date | None,
) -> SheetHeader:
    person = session.get(Person, sheet.person_id) if sheet.person_id else None
    team_id = person.team_id if person is not None else sheet.team_id
    team = session.get(Team, team_id) if team_id else None
    name = person.name if person else (team.name if team else "")
    role = person.role if person else "Équipe"
    start, end = fiscal_period(sheet.year, start_month)
    return SheetHeader(organisation, name, role, team.name if team else None, sheet.year,
                       start, end, data_date, sheet.target_variable_cents)


def _objective_input(obj: Objective) -> ObjectiveInput:
    return ObjectiveInput(
        obj.label, obj.indicator, indicator(obj.indicator).label, obj.basis, obj.unit,
        obj.baseline, obj.target, obj.weight, obj.threshold_trigger, obj.threshold_target,
        obj.threshold_cap, obj.curve, obj.lower_is_better,
    )


def _actuals(engine: Engine, sheet_id: int, as_of: date) -> dict[int | None, _Actual]:
    """Actuals as the Objectifs page shows them: the KPI engine's, typed ones for manual codes."""
    return {
        item.objective_id: _Actual(item.actual, tuple(item.spend_line_ids),
                                   tuple(item.contract_ids))
        for item in objective_actuals(engine, sheet_id=sheet_id, as_of=as_of)
    }


def _sources(
    engine: Engine, objectives: list[Objective], actuals: dict[int | None, _Actual]
) -> tuple[SourceLine, ...]:
    """Spend lines and contracts behind each actual, for the "Données" sheet."""
    lines: list[SourceLine] = []
    with Session(engine) as session:
        for obj in objectives:
            actual = actuals.get(obj.id, _Actual(None))
            lines += _spend_sources(session, obj.label, actual.spend_line_ids)
            lines += _contract_sources(session, obj.label, actual.contract_ids)
    return tuple(lines)


def _spend_sources(session: Session, label: str, ids: tuple[int, ...]) -> list[SourceLine]:
    if not ids:
        return []
    query = (
        select(SpendLine, Counterparty.name)
        .join(Counterparty, Counterparty.id == SpendLine.counterparty_id)
        .where(col(SpendLine.id).in_(ids))
        .order_by(SpendLine.spend_date, SpendLine.id)
    )
    return [
        SourceLine(label, "spend", line.id or 0, line.spend_date, name,
                   " ".join(filter(None, (line.invoice_number, line.purchase_category))),
                   line.amount_cents)
        for line, name in session.exec(query)
    ]


def _contract_sources(session: Session, label: str, ids: tuple[int, ...]) -> list[SourceLine]:
    if not ids:
        return []
    query = (
        select(Contract, Counterparty.name)
        .join(Relationship, Relationship.id == Contract.relationship_id)
        .join(Counterparty, Counterparty.id == Relationship.counterparty_id)
        .where(col(Contract.id).in_(ids))
        .order_by(Contract.start_date, Contract.id)
    )
    return [
        SourceLine(label, "contract", contract.id or 0, contract.start_date, name,
                   contract.title, contract.amount_cents)
        for contract, name in session.exec(query)
    ]
