"""Build variable-pay objective sheet documents from the workspace (one per person and year)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from srm_inclusif.core import kpi
from srm_inclusif.core.errors import NotFoundError, ValidationError
from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP
from srm_inclusif.core.indicators import indicator
from srm_inclusif.core.kinds import Kind, fold
from srm_inclusif.core.kpi_facts import KpiData, Period, Scope
from srm_inclusif.core.objective_sheet import (
    ObjectiveInput,
    ObjectiveSheetDocument,
    SheetHeader,
    SheetMode,
    SourceLine,
    build_document,
    fiscal_period,
)
from srm_inclusif.core.sheet_parties import SheetHolder
from srm_inclusif.storage.services.kpi_data import (
    load_kpi_data,
    quality_direction,
    sheet_period,
)
from srm_inclusif.storage.services.objective_entries import SHEET_GONE
from srm_inclusif.storage.services.people import only_active_person
from srm_inclusif.storage.services.settings import get_settings
from srm_inclusif.storage.services.wide_select import wide_select
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


@dataclass(frozen=True)
class _Kinds:
    """The kind each spend line and contract was counted with (on its date), by id."""

    spend: dict[int, Kind]
    contracts: dict[int, Kind]


_NO_KINDS = _Kinds({}, {})


def list_sheet_owners(engine: Engine, *, year: int) -> list[SheetOwner]:
    """The objective sheets of a year, by person (or team) name."""
    query = (
        select(ObjectiveSheet.id, ObjectiveSheet.person_id, Person.name, Team.name)
        .outerjoin(Person, col(Person.id) == ObjectiveSheet.person_id)
        .outerjoin(Team, col(Team.id) == ObjectiveSheet.team_id)
        .where(ObjectiveSheet.year == year)
    )
    with Session(engine) as session:
        rows = session.exec(query).all()
    owners = [SheetOwner(sid or 0, pid, pname or tname or "?", year)
              for sid, pid, pname, tname in rows]
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
        raise NotFoundError.of(QT_TRANSLATE_NOOP(
            "Errors", "Aucune fiche objectifs pour l'année {year}."), year=year)
    if person_ids is not None:
        owners = [owner for owner in owners if owner.person_id in set(person_ids)]
    if names:
        wanted = {fold(name).strip(): name for name in names}
        missing = [raw for key, raw in wanted.items()
                   if not any(fold(owner.name) == key for owner in owners)]
        if missing:
            raise NotFoundError.of(QT_TRANSLATE_NOOP("Errors", "Aucune fiche {year} pour : {who}."),
                                   names=missing, who=", ".join(missing), year=year)
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
    return SheetBuilder(engine, mode=mode, as_of=as_of).build(sheet_id)


def build_sheets(
    engine: Engine, *, owners: list[SheetOwner], mode: SheetMode, as_of: date | None = None
) -> list[ObjectiveSheetDocument]:
    """The documents of several sheets, in the given order."""
    builder = SheetBuilder(engine, mode=mode, as_of=as_of)
    return [builder.build(owner.sheet_id) for owner in owners]


class SheetBuilder:
    """Builds sheet documents; the KPI facts of a year are loaded once for the whole batch."""

    def __init__(self, engine: Engine, *, mode: SheetMode, as_of: date | None = None) -> None:
        """Check the mode and data date; nothing is read yet.

        Raises:
            ValidationError: actuals mode without a data date.
        """
        if mode is SheetMode.ACTUALS and as_of is None:
            raise ValidationError.of(QT_TRANSLATE_NOOP(
                "Errors", "Une fiche de résultats demande une date des données."))
        self.engine, self.mode, self.as_of = engine, mode, as_of
        self._settings = get_settings(engine)
        self._facts: dict[int, tuple[Period, KpiData]] = {}
        self._direction: str | None = None
        self._line_kinds: dict[int, _Kinds] = {}

    def build(self, sheet_id: int) -> ObjectiveSheetDocument:
        """The document of one sheet.

        Raises:
            NotFoundError: no such sheet.
        """
        actuals_mode = self.mode is SheetMode.ACTUALS
        with Session(self.engine) as session:
            sheet = session.get(ObjectiveSheet, sheet_id)
            if sheet is None:
                raise NotFoundError.of(SHEET_GONE, sheet_id=sheet_id)
            header = _header(session, sheet, self._settings.organisation_name,
                             self._settings.fiscal_year_start_month,
                             self.as_of if actuals_mode else None)
            objectives = list(session.exec(
                select(Objective).where(Objective.sheet_id == sheet_id)
                .order_by(col(Objective.position), col(Objective.id))))
            inputs = [_objective_input(obj) for obj in objectives]
            if not actuals_mode:
                return build_document(header, inputs, mode=self.mode, comment=sheet.comment)
            actuals = [self._actual(sheet, obj) for obj in objectives]
            sources = _sources(session, objectives, actuals, self._kinds(sheet.year, actuals))
            return build_document(header, inputs, mode=self.mode, comment=sheet.comment,
                                  actuals=[a.value for a in actuals], sources=sources)

    def _actual(self, sheet: ObjectiveSheet, obj: Objective) -> _Actual:
        """As ``kpi_data.objective_actuals`` computes it (a test keeps the two equal)."""
        if indicator(obj.indicator).is_manual:
            return _Actual(obj.manual_actual)
        period, data = self._year_facts(sheet.year)
        scope = Scope(person_id=sheet.person_id, team_id=sheet.team_id)
        if self._direction is None:
            self._direction = quality_direction(self.engine)
        result = kpi.compute(obj.indicator, data, period, scope, basis=obj.basis,
                             direction=self._direction)
        return _Actual(result.value, tuple(result.spend_line_ids), tuple(result.contract_ids))

    def _kinds(self, year: int, actuals: list[_Actual]) -> _Kinds:
        """The kinds the KPI engine counted the lines behind ``actuals`` with."""
        if not any(actual.spend_line_ids or actual.contract_ids for actual in actuals):
            return _NO_KINDS
        if year not in self._line_kinds:
            _, data = self._year_facts(year)
            self._line_kinds[year] = _Kinds({fact.id: fact.kind for fact in data.spend},
                                            {fact.id: fact.kind for fact in data.contracts})
        return self._line_kinds[year]

    def _year_facts(self, year: int) -> tuple[Period, KpiData]:
        if year not in self._facts:
            period = sheet_period(self.engine, year=year, as_of=self.as_of)
            self._facts[year] = (period, load_kpi_data(self.engine, start=period.start,
                                                       end=period.end))
        return self._facts[year]


def _header(
    session: Session, sheet: ObjectiveSheet, organisation: str, start_month: int,
    data_date: date | None,
) -> SheetHeader:
    person = session.get(Person, sheet.person_id) if sheet.person_id else None
    team_id = person.team_id if person is not None else sheet.team_id
    team = session.get(Team, team_id) if team_id else None
    start, end = fiscal_period(sheet.year, start_month)
    if person is None:  # a team's sheet: the team and its people, no role
        name = team.name if team else ""
        return SheetHeader(organisation, name, "", name or None, sheet.year, start, end,
                           data_date, sheet.target_variable_cents, SheetHolder.TEAM,
                           _members(session, team_id))
    alone = only_active_person(session) == person.id
    holder = SheetHolder.SOLE if alone else SheetHolder.EMPLOYEE
    role = person.role if not alone or fold(person.role) not in _GIVEN_ROLES else ""
    return SheetHeader(organisation, person.name, role, team.name if team else None,
                       sheet.year, start, end, data_date, sheet.target_variable_cents, holder)


#: The roles the app gives a workspace's first person (``Profile.person_role``, in
#: the language the workspace was created in, and the table's default): not one she chose.
_GIVEN_ROLES = frozenset(fold(role) for role in (
    "Acheteur", "Chargé(e) d'affaires", "Buyer", "Account manager"))


def _members(session: Session, team_id: int | None) -> tuple[str, ...]:
    """The active people of a team, by name."""
    if team_id is None:
        return ()
    names = session.exec(select(Person.name).where(Person.team_id == team_id, Person.active))
    return tuple(sorted(names, key=fold))


def _objective_input(obj: Objective) -> ObjectiveInput:
    known = indicator(obj.indicator)
    return ObjectiveInput(
        obj.label, obj.indicator, known.label, obj.basis if known.uses_basis else "", obj.unit,
        obj.baseline, obj.target, obj.weight, obj.threshold_trigger, obj.threshold_target,
        obj.threshold_cap, obj.curve, obj.lower_is_better,
    )


def _sources(
    session: Session, objectives: list[Objective], actuals: list[_Actual], kinds: _Kinds
) -> tuple[SourceLine, ...]:
    """Spend lines and contracts behind each actual, for the "Données" sheet."""
    lines: list[SourceLine] = []
    for obj, actual in zip(objectives, actuals, strict=True):
        lines += _spend_sources(session, obj.label, actual.spend_line_ids, kinds.spend)
        lines += _contract_sources(session, obj.label, actual.contract_ids, kinds.contracts)
    return tuple(lines)


def _spend_sources(session: Session, label: str, ids: tuple[int, ...],
                   kinds: dict[int, Kind]) -> list[SourceLine]:
    if not ids:
        return []
    # Plain columns, not SpendLine objects: building thousands of ORM objects was most of the cost.
    query = (
        wide_select(SpendLine.id, SpendLine.spend_date, Counterparty.name,
                    SpendLine.invoice_number, SpendLine.purchase_category, SpendLine.amount_cents)
        .join(Counterparty, col(Counterparty.id) == SpendLine.counterparty_id)
        .where(col(SpendLine.id).in_(ids))
        .order_by(col(SpendLine.spend_date), col(SpendLine.id))
    )
    return [
        SourceLine(label, "spend", line_id or 0, when, name,
                   " ".join(filter(None, (invoice, category))), amount, _code(kinds, line_id))
        for line_id, when, name, invoice, category, amount in session.exec(query)
    ]


def _code(kinds: dict[int, Kind], record_id: int | None) -> str:
    kind = kinds.get(record_id or 0)
    return "" if kind is None else kind.value


def _contract_sources(session: Session, label: str, ids: tuple[int, ...],
                      kinds: dict[int, Kind]) -> list[SourceLine]:
    if not ids:
        return []
    query = (
        select(Contract, Counterparty.name)
        .join(Relationship, col(Relationship.id) == Contract.relationship_id)
        .join(Counterparty, col(Counterparty.id) == Relationship.counterparty_id)
        .where(col(Contract.id).in_(ids))
        .order_by(col(Contract.start_date), col(Contract.id))
    )
    return [
        SourceLine(label, "contract", contract.id or 0, contract.start_date, name,
                   contract.title, contract.amount_cents, _code(kinds, contract.id))
        for contract, name in session.exec(query)
    ]
