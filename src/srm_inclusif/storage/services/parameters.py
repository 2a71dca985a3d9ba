"""Dated parameters (SMIC horaire, OETH coefficients and rates): read, edit, and OETH set-up."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from srm_inclusif.core.errors import NotFoundError, ValidationError
from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP, translate
from srm_inclusif.core.numbers import day_text, read_typed
from srm_inclusif.core.oeth import OethParameters
from srm_inclusif.storage.changes import Changes
from srm_inclusif.storage.tables import Parameter


class ParameterUnit(StrEnum):
    """What a parameter's number counts, hence how it is shown and typed."""

    EUROS = "euros"
    #: Stored as a fraction (``0.06``), shown and typed as a percentage (``6 %``).
    PERCENT = "percent"
    #: A number of hourly SMIC (the OETH coefficients, the surcontribution).
    SMIC_HOURS = "smic_hours"
    NUMBER = "number"


@dataclass(frozen=True)
class ParameterKind:
    """What the user is told a parameter is: its label (French, "Parameters" context) and unit."""

    label: str
    unit: ParameterUnit


#: The parameters the app reads, in the order they are listed: the ``OethParameters`` field each
#: fills → its name (as seeded in ``storage/seed.py``) and its kind (French label, unit).
APP_PARAMETERS = {
    "smic": ("smic_horaire", ParameterKind(
        QT_TRANSLATE_NOOP("Parameters", "SMIC horaire brut"), ParameterUnit.EUROS)),
    "employment_rate": ("oeth_taux_emploi", ParameterKind(
        QT_TRANSLATE_NOOP("Parameters", "Taux d'emploi obligatoire"), ParameterUnit.PERCENT)),
    "coef_20_249": ("oeth_coef_20_249", ParameterKind(
        QT_TRANSLATE_NOOP("Parameters", "Coefficient, 20 à 249 salariés"),
        ParameterUnit.SMIC_HOURS)),
    "coef_250_749": ("oeth_coef_250_749", ParameterKind(
        QT_TRANSLATE_NOOP("Parameters", "Coefficient, 250 à 749 salariés"),
        ParameterUnit.SMIC_HOURS)),
    "coef_750": ("oeth_coef_750", ParameterKind(
        QT_TRANSLATE_NOOP("Parameters", "Coefficient, 750 salariés et plus"),
        ParameterUnit.SMIC_HOURS)),
    "surcontribution": ("oeth_surcontribution", ParameterKind(
        QT_TRANSLATE_NOOP("Parameters", "Surcontribution"), ParameterUnit.SMIC_HOURS)),
    "deduction_rate": ("oeth_taux_deduction", ParameterKind(
        QT_TRANSLATE_NOOP("Parameters", "Part déductible du coût de main-d'œuvre"),
        ParameterUnit.PERCENT)),
    "cap_low": ("oeth_plafond_bas", ParameterKind(
        QT_TRANSLATE_NOOP("Parameters", "Plafond de déduction sous le seuil d'emploi direct"),
        ParameterUnit.PERCENT)),
    "cap_high": ("oeth_plafond_haut", ParameterKind(
        QT_TRANSLATE_NOOP("Parameters", "Plafond de déduction à partir du seuil d'emploi direct"),
        ParameterUnit.PERCENT)),
    "cap_threshold": ("oeth_seuil_plafond", ParameterKind(
        QT_TRANSLATE_NOOP("Parameters", "Seuil d'emploi direct du plafond haut"),
        ParameterUnit.PERCENT)),
}
#: OethParameters field → parameter name.
OETH_PARAMETER_NAMES = {field: name for field, (name, _kind) in APP_PARAMETERS.items()}
#: Parameter name → its kind, in the order they are listed.
PARAMETER_KINDS = dict(APP_PARAMETERS.values())


def parameter_kind(name: str) -> ParameterKind:
    """The label and unit of a parameter; one the user made up is named as typed."""
    return PARAMETER_KINDS.get(name, ParameterKind(name, ParameterUnit.NUMBER))


def parameter_label(name: str) -> str:
    """A parameter's label in the UI language (the name as typed for one the user made up)."""
    known = PARAMETER_KINDS.get(name)
    return translate("Parameters", known.label) if known else name


def _listing_order(name: str) -> tuple[int, str]:
    known = list(PARAMETER_KINDS)
    return (known.index(name) if name in known else len(known), name)


@dataclass(frozen=True)
class ParameterRow:
    """One dated value of a parameter."""

    id: int
    name: str
    value: Decimal
    valid_from: date
    note: str


def list_parameters(engine: Engine) -> list[ParameterRow]:
    """Every dated value: the known parameters first, as listed above, each by date."""
    query = select(Parameter).order_by(Parameter.name, col(Parameter.valid_from))
    with Session(engine) as session:
        rows = [_row(p) for p in session.exec(query)]
    return sorted(rows, key=lambda row: _listing_order(row.name))


def parameter_value(engine: Engine, *, name: str, on: date) -> Decimal:
    """The value of a parameter in force on a date (the latest one starting on or before it)."""
    query = (select(col(Parameter.value)).where(Parameter.name == name, Parameter.valid_from <= on)
             .order_by(col(Parameter.valid_from).desc()).limit(1))
    with Session(engine) as session:
        value = session.exec(query).first()
    if value is None:
        raise NotFoundError.of(QT_TRANSLATE_NOOP(
            "Errors", "Aucune valeur du paramètre « {name} » en vigueur le {day}."),
            name=parameter_label(name), parameter=name, on=on, day=day_text(on))
    return Decimal(value)


def oeth_parameters(engine: Engine, *, year: int) -> OethParameters:
    """The OETH parameters in force on 31 December of the year."""
    on = date(year, 12, 31)
    values = {field: parameter_value(engine, name=name, on=on)
              for field, name in OETH_PARAMETER_NAMES.items()}
    return OethParameters(**values)


PARAMETER_GONE = QT_TRANSLATE_NOOP("Errors", "Paramètre introuvable.")


def _row(p: Parameter) -> ParameterRow:
    return ParameterRow(p.id or 0, p.name, Decimal(p.value), p.valid_from, p.note)


def _checked_value(value: Decimal | str) -> Decimal:
    # typed in the UI: read in its number style (« 1 234,5 », "1,234.5")
    number = value if isinstance(value, Decimal) else read_typed(str(value))
    if number is None:
        raise ValidationError.of(QT_TRANSLATE_NOOP("Errors", "« {value} » n'est pas un nombre."),
                                  value=value)
    if not number.is_finite() or number < 0:
        raise ValidationError.of(QT_TRANSLATE_NOOP(
            "Errors", "Un paramètre doit être un nombre positif ou nul."), value=value)
    return number


def add_parameter(engine: Engine, *, name: str, value: Decimal | str, valid_from: date,
                  note: str = "") -> tuple[int, Changes]:
    """Add a dated value (refused when the same parameter already has one on that date)."""
    number = _checked_value(value)
    name = name.strip()
    if not name:
        raise ValidationError.of(QT_TRANSLATE_NOOP(
            "Errors", "Le nom du paramètre est obligatoire."))
    with Session(engine) as session:
        clash = session.exec(select(Parameter.id).where(
            Parameter.name == name, Parameter.valid_from == valid_from)).first()
        if clash is not None:
            raise ValidationError.of(QT_TRANSLATE_NOOP(
                "Errors", "« {name} » a déjà une valeur au {day}."), name=parameter_label(name),
                parameter=name, valid_from=valid_from, day=day_text(valid_from))
        row = Parameter(name=name, value=number, valid_from=valid_from, note=note)
        session.add(row)
        session.commit()
        return row.id or 0, Changes(parameters=True)


def update_parameter(engine: Engine, *, parameter_id: int, value: Decimal | str,
                     note: str | None = None) -> Changes:
    """Change the value (and optionally the note) of one dated value."""
    number = _checked_value(value)
    with Session(engine) as session:
        row = session.get(Parameter, parameter_id)
        if row is None:
            raise NotFoundError.of(PARAMETER_GONE, parameter_id=parameter_id)
        row.value = number
        if note is not None:
            row.note = note
        session.add(row)
        session.commit()
    return Changes(parameters=True)


def get_parameter(engine: Engine, *, parameter_id: int) -> ParameterRow:
    """One dated value (to build the inverse of an edit)."""
    with Session(engine) as session:
        row = session.get(Parameter, parameter_id)
        if row is None:
            raise NotFoundError.of(PARAMETER_GONE, parameter_id=parameter_id)
        return _row(row)


def delete_parameter(engine: Engine, *, parameter_id: int) -> Changes:
    """Remove one dated value (undone with ``add_parameter``)."""
    with Session(engine) as session:
        row = session.get(Parameter, parameter_id)
        if row is None:
            raise NotFoundError.of(PARAMETER_GONE, parameter_id=parameter_id)
        session.delete(row)
        session.commit()
    return Changes(parameters=True)
