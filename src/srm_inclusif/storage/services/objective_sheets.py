"""Objective sheets: one per person or team and year, edits with paired inverses, copy a year.

A change to a sheet itself is reported in ``Changes.objectives`` as the negated sheet id.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from decimal import Decimal

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from srm_inclusif.core.errors import NotFoundError, RuleError, ValidationError
from srm_inclusif.core.fiscal_year import fiscal_year_label
from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP, translate
from srm_inclusif.storage.changes import Changes
from srm_inclusif.storage.services.objective_entries import (
    OBJECTIVE_GONE,
    SHEET_GONE,
    ObjectiveInput,
    ObjectiveView,
    add_objective,
    add_objectives,
    sheet_objectives,
)
from srm_inclusif.storage.services.settings import get_settings
from srm_inclusif.storage.tables import Objective, ObjectiveSheet, Person, Team


@dataclass(frozen=True)
class SheetView:
    """One objective sheet: its owner (a person or a team), year and target variable pay."""

    id: int
    year: int
    person_id: int | None
    team_id: int | None
    owner_name: str
    target_variable_cents: int
    comment: str


@dataclass(frozen=True)
class SheetSnapshot:
    """Everything of a sheet, to re-create it exactly when a deletion is undone."""

    sheet: SheetView
    objectives: tuple[ObjectiveView, ...] = field(default=())


# --- reads -----------------------------------------------------------------------------------

def list_sheets(engine: Engine, *, year: int | None = None) -> list[SheetView]:
    """Sheets by year (latest first) then owner name."""
    query = (select(ObjectiveSheet, Person.name, Team.name)
             .outerjoin(Person, col(Person.id) == ObjectiveSheet.person_id)
             .outerjoin(Team, col(Team.id) == ObjectiveSheet.team_id))
    if year is not None:
        query = query.where(ObjectiveSheet.year == year)
    with Session(engine) as session:
        views = [_sheet_view(s, p, t) for s, p, t in session.exec(query)]
    return sorted(views, key=lambda v: (-v.year, v.owner_name.casefold()))


def get_sheet(engine: Engine, *, sheet_id: int) -> SheetView:
    """One sheet."""
    query = (select(ObjectiveSheet, Person.name, Team.name)
             .outerjoin(Person, col(Person.id) == ObjectiveSheet.person_id)
             .outerjoin(Team, col(Team.id) == ObjectiveSheet.team_id)
             .where(ObjectiveSheet.id == sheet_id))
    with Session(engine) as session:
        row = session.exec(query).first()
    if row is None:
        raise NotFoundError.of(SHEET_GONE, sheet_id=sheet_id)
    return _sheet_view(*row)


#: Names of the sheets that belong to no person, in the UI language (French without a UI).
TEAM_OWNER = QT_TRANSLATE_NOOP("Objectives", "Équipe : {name}")  # as the dashboard says
ORGANISATION_OWNER = QT_TRANSLATE_NOOP("Objectives", "Organisation")


def _team_owner(name: str) -> str:
    return translate("Objectives", TEAM_OWNER).format(name=name)


def _sheet_view(sheet: ObjectiveSheet, person: str | None, team: str | None) -> SheetView:
    owner = person or (_team_owner(team) if team else translate("Objectives", ORGANISATION_OWNER))
    return SheetView(sheet.id or 0, sheet.year, sheet.person_id, sheet.team_id, owner,
                     sheet.target_variable_cents, sheet.comment)


# --- writes ----------------------------------------------------------------------------------

def create_sheet(engine: Engine, *, year: int, person_id: int | None = None,
                 team_id: int | None = None, target_variable_cents: int = 0,
                 comment: str = "", sheet_id: int | None = None) -> tuple[int, Changes]:
    """Create the sheet of a person or a team for a year (one per owner and year)."""
    if (person_id is None) == (team_id is None):
        raise ValidationError.of(QT_TRANSLATE_NOOP(
            "Errors", "Une fiche appartient à une personne ou à une équipe."))
    if target_variable_cents < 0:
        raise ValidationError.of(QT_TRANSLATE_NOOP(
            "Errors", "La part variable cible ne peut pas être négative."))
    with Session(engine) as session:
        clash = session.exec(select(ObjectiveSheet.id).where(
            ObjectiveSheet.year == year, ObjectiveSheet.person_id == person_id,
            ObjectiveSheet.team_id == team_id)).first()
        if clash is not None:
            raise RuleError.of(QT_TRANSLATE_NOOP(
                "Errors", "Une fiche objectifs {year} existe déjà pour ce titulaire."), year=year,
                sheet_id=clash)
        sheet = ObjectiveSheet(id=sheet_id, year=year, person_id=person_id, team_id=team_id,
                               target_variable_cents=target_variable_cents, comment=comment)
        session.add(sheet)
        session.commit()
        return sheet.id or 0, Changes(objectives={-(sheet.id or 0)})


def update_sheet(engine: Engine, *, sheet_id: int, target_variable_cents: int | None = None,
                 comment: str | None = None) -> Changes:
    """Change the target variable pay or the comment of a sheet."""
    with Session(engine) as session:
        sheet = session.get(ObjectiveSheet, sheet_id)
        if sheet is None:
            raise NotFoundError.of(SHEET_GONE, sheet_id=sheet_id)
        if target_variable_cents is not None:
            if target_variable_cents < 0:
                raise ValidationError.of(QT_TRANSLATE_NOOP(
                    "Errors", "La part variable cible ne peut pas être négative."))
            sheet.target_variable_cents = target_variable_cents
        if comment is not None:
            sheet.comment = comment
        session.add(sheet)
        session.commit()
    return Changes(objectives={-sheet_id})


def snapshot_sheet(engine: Engine, *, sheet_id: int) -> SheetSnapshot:
    """The sheet and its objectives (taken before a deletion, for undo)."""
    return SheetSnapshot(get_sheet(engine, sheet_id=sheet_id),
                         tuple(sheet_objectives(engine, sheet_id=sheet_id)))


def delete_sheet(engine: Engine, *, sheet_id: int) -> Changes:
    """Remove a sheet and its objectives (undone with ``restore_sheet``)."""
    with Session(engine) as session:
        sheet = session.get(ObjectiveSheet, sheet_id)
        if sheet is None:
            raise NotFoundError.of(SHEET_GONE, sheet_id=sheet_id)
        ids = set(session.exec(select(Objective.id).where(Objective.sheet_id == sheet_id)))
        for objective in session.exec(select(Objective).where(Objective.sheet_id == sheet_id)):
            session.delete(objective)
        session.delete(sheet)
        session.commit()
    return Changes(objectives={i for i in ids if i} | {-sheet_id})


def restore_sheet(engine: Engine, *, snapshot: SheetSnapshot) -> Changes:
    """Re-create a deleted sheet with the same ids."""
    s = snapshot.sheet
    _, changes = create_sheet(engine, year=s.year, person_id=s.person_id, team_id=s.team_id,
                              target_variable_cents=s.target_variable_cents, comment=s.comment,
                              sheet_id=s.id)
    for objective in snapshot.objectives:
        _, more = add_objective(engine, sheet_id=s.id, values=objective.values,
                                objective_id=objective.id, position=objective.position)
        changes = changes | more
    return changes


def previous_year_sheet(engine: Engine, *, sheet_id: int) -> SheetView | None:
    """The same owner's sheet of the year before, if any."""
    sheet = get_sheet(engine, sheet_id=sheet_id)
    query = select(ObjectiveSheet.id).where(
        ObjectiveSheet.year == sheet.year - 1, ObjectiveSheet.person_id == sheet.person_id,
        ObjectiveSheet.team_id == sheet.team_id)
    with Session(engine) as session:
        found = session.exec(query).first()
    return None if found is None else get_sheet(engine, sheet_id=found)


#: Why « Copier l'année précédente » has nothing to do for a sheet (``copy_refusal``).
COPY_INTO_FILLED = QT_TRANSLATE_NOOP(
    "Errors", "La fiche contient déjà des objectifs : la copie se fait dans une fiche vide.")
COPY_NO_SHEET = QT_TRANSLATE_NOOP("Errors", "Aucune fiche {year} pour {owner}.")
COPY_NOTHING = QT_TRANSLATE_NOOP(
    "Errors", "La fiche {year} de {owner} n'a aucun objectif à copier.")


def copy_refusal(engine: Engine, *, sheet_id: int) -> RuleError | None:
    """Why copying the year before into the sheet has nothing to do; None when it can copy.

    The years are named as the workspace names them: « 2025 », or « 2025-2026 » when its year
    starts in another month than January.
    """
    if sheet_objectives(engine, sheet_id=sheet_id):
        return RuleError.of(COPY_INTO_FILLED, sheet_id=sheet_id)
    sheet = get_sheet(engine, sheet_id=sheet_id)
    start_month = get_settings(engine).fiscal_year_start_month
    previous = previous_year_sheet(engine, sheet_id=sheet_id)
    if previous is None:
        return RuleError.of(COPY_NO_SHEET, year=fiscal_year_label(sheet.year - 1, start_month),
                            owner=sheet.owner_name, sheet_id=sheet_id)
    if not sheet_objectives(engine, sheet_id=previous.id):
        return RuleError.of(COPY_NOTHING, year=fiscal_year_label(previous.year, start_month),
                            owner=sheet.owner_name, sheet_id=sheet_id)
    return None


def copy_previous_year(engine: Engine, *, sheet_id: int,
                       baselines: dict[int, Decimal | None] | None = None
                       ) -> tuple[list[int], Changes]:
    """Copy last year's objectives into an empty sheet; undone by ``delete_objectives``.

    ``baselines`` maps last year's objective ids to their actual (the new baseline);
    manual actuals are not carried over.

    One transaction, which checks again that the sheet is empty (another window may have
    filled it since the check): a refusal or a failure copies nothing.

    Raises:
        RuleError: the ``copy_refusal``, when there is nothing to copy.
        ValidationError: a target out of its bounds; then nothing is copied.
    """
    refusal = copy_refusal(engine, sheet_id=sheet_id)
    if refusal is not None:
        raise refusal
    previous = previous_year_sheet(engine, sheet_id=sheet_id)
    if previous is None:  # removed by another window since the check: refused as it now is
        raise copy_refusal(engine, sheet_id=sheet_id) or NotFoundError.of(
            SHEET_GONE, sheet_id=sheet_id)
    copies = [(old.position, ObjectiveInput(**{
        **asdict(old.values), "baseline": (baselines or {}).get(old.id, old.values.baseline),
        "manual_actual": None})) for old in sheet_objectives(engine, sheet_id=previous.id)]
    return add_objectives(engine, sheet_id=sheet_id, entries=copies,
                          refused_if_filled=RuleError.of(COPY_INTO_FILLED, sheet_id=sheet_id))


def delete_objectives(engine: Engine, *, objective_ids: list[int]) -> Changes:
    """Remove several objectives in one transaction (the undo of ``copy_previous_year``).

    Raises:
        NotFoundError: one of them no longer exists; then none is removed.
    """
    with Session(engine) as session:
        rows = session.exec(select(Objective).where(col(Objective.id).in_(objective_ids))).all()
        found = {row.id for row in rows}
        for objective_id in objective_ids:
            if objective_id not in found:
                raise NotFoundError.of(OBJECTIVE_GONE, objective_id=objective_id)
        for row in rows:
            session.delete(row)
        session.commit()
    return Changes(objectives=set(objective_ids))


# --- owners ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class SheetOwner:
    """Someone a sheet can belong to: an active person or a team, and the years of its sheets."""

    person_id: int | None
    team_id: int | None
    name: str
    sheet_years: frozenset[int] = frozenset()

    def has_sheet(self, year: int) -> bool:
        """Whether this owner already has a sheet for ``year`` (a second one is refused)."""
        return year in self.sheet_years


def list_sheet_owners(engine: Engine) -> list[SheetOwner]:
    """Active people by name, then teams by name, each with the years it has a sheet for."""
    with Session(engine) as session:
        people = session.exec(select(Person.id, Person.name).where(Person.active)
                              .order_by(Person.name)).all()
        teams = session.exec(select(Team.id, Team.name).order_by(Team.name)).all()
        sheets = session.exec(select(ObjectiveSheet.person_id, ObjectiveSheet.team_id,
                                     ObjectiveSheet.year)).all()
    years: dict[tuple[int | None, int | None], set[int]] = {}
    for person_id, team_id, year in sheets:
        years.setdefault((person_id, team_id), set()).add(year)

    def owner(person_id: int | None, team_id: int | None, name: str) -> SheetOwner:
        return SheetOwner(person_id, team_id, name,
                          frozenset(years.get((person_id, team_id), ())))

    return ([owner(pid, None, name) for pid, name in people]
            + [owner(None, tid, _team_owner(name)) for tid, name in teams])
