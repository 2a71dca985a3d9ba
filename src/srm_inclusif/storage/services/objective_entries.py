"""The objectives of a sheet: listing, edits with paired inverses, the 100 % weights rule."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass
from decimal import Decimal

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from srm_inclusif.core.errors import NotFoundError, SrmError, ValidationError
from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP
from srm_inclusif.core.indicators import indicator
from srm_inclusif.core.numbers import localised
from srm_inclusif.core.payout import check_target, target_limit_unit
from srm_inclusif.storage.changes import Changes
from srm_inclusif.storage.services.wide_select import wide_select
from srm_inclusif.storage.tables import Objective, ObjectiveSheet, Person

HUNDRED = Decimal(100)
#: A sheet to read, edit or add an objective to no longer exists (deleted meanwhile).
SHEET_GONE = QT_TRANSLATE_NOOP("Errors", "Fiche objectifs introuvable.")
OBJECTIVE_GONE = QT_TRANSLATE_NOOP("Errors", "Objectif introuvable.")
#: The weights of a sheet do not total 100 %: some are missing, or there are too many.
WEIGHTS_MISSING = QT_TRANSLATE_NOOP(
    "Errors", "Les poids des objectifs totalisent {total} % au lieu de 100 % : il manque {gap} %. "
    "Ajustez les poids avant de valider la fiche.")
WEIGHTS_TOO_MUCH = QT_TRANSLATE_NOOP(
    "Errors", "Les poids des objectifs totalisent {total} % au lieu de 100 % : il y a {gap} % de "
    "trop. Ajustez les poids avant de valider la fiche.")


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
        wide_select(Objective.id, ObjectiveSheet.id, Person.name, ObjectiveSheet.year,
                    Objective.label, Objective.indicator, Objective.unit, Objective.target,
                    Objective.weight)
        .join(ObjectiveSheet, col(ObjectiveSheet.id) == Objective.sheet_id)
        .outerjoin(Person, col(Person.id) == ObjectiveSheet.person_id)
        .order_by(col(ObjectiveSheet.year).desc(), col(Person.name), col(Objective.position))
    )
    if year is not None:
        query = query.where(ObjectiveSheet.year == year)
    with Session(engine) as session:
        return [ObjectiveRow(*row) for row in session.exec(query)]


@dataclass(frozen=True)
class ObjectiveInput:
    """The editable values of one objective (thresholds in percent of achievement)."""

    label: str
    indicator: str
    target: Decimal
    weight: Decimal
    basis: str = "invoiced"
    unit: str = ""
    baseline: Decimal | None = None
    threshold_trigger: Decimal = Decimal(60)
    threshold_target: Decimal = Decimal(100)
    threshold_cap: Decimal = Decimal(130)
    curve: str = "linear"
    lower_is_better: bool = False
    manual_actual: Decimal | None = None


@dataclass(frozen=True)
class ObjectiveView:
    """A stored objective: its id, position and values."""

    id: int
    sheet_id: int
    position: int
    values: ObjectiveInput


# --- reads -----------------------------------------------------------------------------------

def sheet_objectives(engine: Engine, *, sheet_id: int) -> list[ObjectiveView]:
    """The objectives of a sheet, by position."""
    query = (select(Objective).where(Objective.sheet_id == sheet_id)
             .order_by(col(Objective.position), col(Objective.id)))
    with Session(engine) as session:
        return [_objective_view(o) for o in session.exec(query)]


def get_objective(engine: Engine, *, objective_id: int) -> ObjectiveView:
    """One objective (to build the inverse of an edit)."""
    with Session(engine) as session:
        row = session.get(Objective, objective_id)
        if row is None:
            raise NotFoundError.of(OBJECTIVE_GONE, objective_id=objective_id)
        return _objective_view(row)


def _objective_view(o: Objective) -> ObjectiveView:
    values = ObjectiveInput(
        o.label, o.indicator, Decimal(o.target), Decimal(o.weight), o.basis, o.unit, o.baseline,
        Decimal(o.threshold_trigger), Decimal(o.threshold_target), Decimal(o.threshold_cap),
        o.curve, o.lower_is_better, o.manual_actual)
    return ObjectiveView(o.id or 0, o.sheet_id, o.position, values)


# --- weights ---------------------------------------------------------------------------------

def weights_total(engine: Engine, *, sheet_id: int) -> Decimal:
    """Sum of the weights of a sheet, in percent."""
    return sum((o.values.weight for o in sheet_objectives(engine, sheet_id=sheet_id)),
               Decimal(0))


def weights_error(total: Decimal, **params: object) -> ValidationError | None:
    """How far the weights of a sheet are from 100 % (numbers in the UI style), else None."""
    if total == HUNDRED:
        return None
    gap = HUNDRED - total
    return ValidationError.of(WEIGHTS_MISSING if gap > 0 else WEIGHTS_TOO_MUCH,
                              total=_number(total), gap=_number(abs(gap)), **params)


def _number(value: Decimal) -> str:
    return localised(f"{value.normalize():f}")


def check_weights(engine: Engine, *, sheet_id: int) -> None:
    """Raise a ValidationError with a clear message unless the weights total 100 %."""
    error = weights_error(weights_total(engine, sheet_id=sheet_id), sheet_id=sheet_id)
    if error is not None:
        raise error


# --- writes ----------------------------------------------------------------------------------

def check_objective_target(values: ObjectiveInput, *, saved: ObjectiveInput | None = None) -> None:
    """The target's sign, and its bound unless the edit keeps the ``saved`` one.

    A target saved before the bounds existed stays editable in its other fields; a new
    figure, or another indicator or unit whose bound differs, must fit.

    Raises:
        ValidationError: as ``payout.check_target``.
    """
    kept = saved is not None and saved.target == values.target and (
        target_limit_unit(saved.indicator, saved.unit)
        == target_limit_unit(values.indicator, values.unit))
    check_target(values.target, lower_is_better=values.lower_is_better,
                 unit=None if kept else values.unit, indicator_code=values.indicator)


def _validate(values: ObjectiveInput, *, saved: ObjectiveInput | None = None) -> None:
    if not values.label.strip():
        raise ValidationError.of(QT_TRANSLATE_NOOP(
            "Errors", "Le libellé de l'objectif est obligatoire."))
    check_objective_target(values, saved=saved)
    if not Decimal(0) <= values.weight <= HUNDRED:
        raise ValidationError.of(QT_TRANSLATE_NOOP(
            "Errors", "Le poids doit être compris entre 0 et 100 %."))
    if not values.threshold_trigger <= values.threshold_target <= values.threshold_cap:
        raise ValidationError.of(QT_TRANSLATE_NOOP(
            "Errors", "Les seuils doivent respecter déclenchement ≤ cible ≤ plafond."))
    if values.basis not in ("ordered", "invoiced", "paid"):
        raise ValidationError.of(QT_TRANSLATE_NOOP(
            "Errors", "Base inconnue : commandé, facturé ou payé."))


def _apply(row: Objective, values: ObjectiveInput) -> None:
    data = asdict(values)
    data["label"] = values.label.strip()
    data["unit"] = values.unit or indicator(values.indicator).unit
    for name, value in data.items():
        setattr(row, name, value)


def add_objective(engine: Engine, *, sheet_id: int, values: ObjectiveInput,
                  objective_id: int | None = None, position: int | None = None
                  ) -> tuple[int, Changes]:
    """Add an objective at the end of a sheet (or at ``position``; a given id for undo).

    With an id, the objective is restored as it was, its target too (saved before the bounds).
    """
    _validate(values, saved=values if objective_id is not None else None)
    with Session(engine) as session:
        if session.get(ObjectiveSheet, sheet_id) is None:
            raise NotFoundError.of(SHEET_GONE, sheet_id=sheet_id)
        if position is None:
            positions = session.exec(select(Objective.position)
                                     .where(Objective.sheet_id == sheet_id)).all()
            position = max(positions, default=-1) + 1
        row = Objective(id=objective_id, sheet_id=sheet_id, position=position, label="",
                        indicator="", target=Decimal(1), weight=Decimal(0))
        _apply(row, values)
        session.add(row)
        session.commit()
        return row.id or 0, Changes(objectives={row.id or 0})


def add_objectives(engine: Engine, *, sheet_id: int,
                   entries: Sequence[tuple[int, ObjectiveInput]],
                   refused_if_filled: SrmError | None = None) -> tuple[list[int], Changes]:
    """Add objectives to a sheet at their positions, in one transaction (a copied year).

    All are checked first: a refusal adds none. ``refused_if_filled`` is raised, in the same
    transaction, when the sheet already has objectives.
    """
    for _position, values in entries:
        _validate(values)
    with Session(engine) as session:
        if session.get(ObjectiveSheet, sheet_id) is None:
            raise NotFoundError.of(SHEET_GONE, sheet_id=sheet_id)
        if refused_if_filled is not None and session.exec(
                select(Objective.id).where(Objective.sheet_id == sheet_id)).first() is not None:
            raise refused_if_filled
        rows = []
        for position, values in entries:
            row = Objective(sheet_id=sheet_id, position=position, label="", indicator="",
                            target=Decimal(1), weight=Decimal(0))
            _apply(row, values)
            session.add(row)
            rows.append(row)
        session.commit()
        ids = [row.id or 0 for row in rows]
    return ids, Changes(objectives=set(ids))


def update_objective(engine: Engine, *, objective_id: int, values: ObjectiveInput) -> Changes:
    """Replace the values of an objective (undone by calling it with the old values)."""
    with Session(engine) as session:
        row = session.get(Objective, objective_id)
        if row is None:
            raise NotFoundError.of(OBJECTIVE_GONE, objective_id=objective_id)
        _validate(values, saved=_objective_view(row).values)
        _apply(row, values)
        session.add(row)
        session.commit()
    return Changes(objectives={objective_id})


def delete_objective(engine: Engine, *, objective_id: int) -> Changes:
    """Remove an objective (undone with ``add_objective`` and its former id and position)."""
    with Session(engine) as session:
        row = session.get(Objective, objective_id)
        if row is None:
            raise NotFoundError.of(OBJECTIVE_GONE, objective_id=objective_id)
        session.delete(row)
        session.commit()
    return Changes(objectives={objective_id})
