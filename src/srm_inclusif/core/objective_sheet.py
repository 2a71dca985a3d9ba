"""The variable-pay objective sheet as a plain document: header, rows, totals and checksum.

One sheet per person and year (DOMAIN.md section 4). In ``targets`` mode (start of the year) the
sheet lists the objectives only; in ``actuals`` mode it adds the actual of each objective at a
data date, the achievement, payout rate and weighted payout, the total payout and amount, and a
checksum of its figures so that a signed, frozen sheet can be recognised later.
"""

from __future__ import annotations

import hashlib
from calendar import monthrange
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum

from srm_inclusif.core.count_units import count_unit_text
from srm_inclusif.core.errors import SrmError
from srm_inclusif.core.fiscal_year import fiscal_year_label
from srm_inclusif.core.indicators import indicator, is_known
from srm_inclusif.core.numbers import (
    as_percent,
    fixed,
    in_euros,
    percent_of,
    score_text,
    trimmed,
    with_unit,
)
from srm_inclusif.core.payout import (
    achievement,
    payout_cents,
    payout_rate,
    sheet_total,
    weighted_payout,
)
from srm_inclusif.core.sheet_parties import SheetHolder
from srm_inclusif.core.sheet_problems import SheetProblem as SheetProblem
from srm_inclusif.core.sheet_problems import SheetProblemKind as SheetProblemKind
from srm_inclusif.core.sheet_problems import problem_texts as problem_texts
from srm_inclusif.core.sheet_problems import running_until, sheet_problems
from srm_inclusif.core.vocabulary import SPEND_BASIS_LABELS, SpendBasis


class SheetMode(StrEnum):
    """What a sheet shows: the targets only, or the actuals at a data date."""

    TARGETS = "targets"
    ACTUALS = "actuals"

    @property
    def label(self) -> str:
        """French label."""
        return {"targets": "Objectifs (début de période)",
                "actuals": "Résultats (fin de période)"}[self.value]


@dataclass(frozen=True)
class SheetHeader:
    """Who and when: organisation, person (or team), role, team, year, period and data date."""

    organisation: str
    #: The person's name, or the team's on a team's sheet.
    person_name: str
    role: str
    team: str | None
    year: int
    period_start: date
    period_end: date
    data_date: date | None
    target_variable_cents: int
    #: Whose sheet it is: how its header and signatures read (``sheet_parties``).
    holder: SheetHolder = SheetHolder.EMPLOYEE
    #: The names of a team's people, on a team's sheet.
    members: tuple[str, ...] = ()

    @property
    def year_label(self) -> str:
        """The year as the app names it: « 2026 », or « 2026-2027 » when it starts in July."""
        return fiscal_year_label(self.year, self.period_start.month)


@dataclass(frozen=True)
class SourceLine:
    """A spend line or contract behind an actual, as listed on the "Données" sheet."""

    objective_label: str
    kind: str  # "spend" or "contract"
    record_id: int
    when: date | None
    counterparty: str
    description: str
    amount_cents: int | None
    #: The counterparty's kind code on the line's date (a contract's first day), as counted.
    structure_kind: str = ""


@dataclass(frozen=True)
class ObjectiveInput:
    """One objective as stored: what the sheet needs before any actual is known."""

    label: str
    indicator: str
    indicator_label: str
    basis: str
    unit: str
    baseline: Decimal | None
    target: Decimal
    weight: Decimal
    trigger: Decimal = Decimal(60)
    target_threshold: Decimal = Decimal(100)
    cap: Decimal = Decimal(130)
    curve: str = "linear"
    lower_is_better: bool = False


@dataclass(frozen=True)
class SheetRow:
    """One objective of the sheet with, in actuals mode, its figures (None when unknown)."""

    objective: ObjectiveInput
    actual: Decimal | None = None
    achievement: Decimal | None = None
    payout_rate: Decimal | None = None
    weighted: Decimal | None = None
    #: Why the figures are missing, in French (``NOT_AVAILABLE`` or the payout error's message).
    note: str = ""
    #: The payout error behind ``note``, if any: the UI says it in its language (``error_text``).
    error: SrmError | None = field(default=None, compare=False)


@dataclass(frozen=True)
class ObjectiveSheetDocument:
    """The whole sheet of one person and year, ready for an exporter."""

    header: SheetHeader
    mode: SheetMode
    rows: tuple[SheetRow, ...]
    comment: str = ""
    sources: tuple[SourceLine, ...] = field(default_factory=tuple)

    @property
    def weights_total(self) -> Decimal:
        """Sum of the weights, in percent (100 for a valid sheet)."""
        return sum((row.objective.weight for row in self.rows), Decimal(0))

    @property
    def missing_actuals(self) -> tuple[str, ...]:
        """Labels of the objectives whose actual is not known yet (none in targets mode)."""
        if self.mode is SheetMode.TARGETS:
            return ()
        return tuple(row.objective.label for row in self.rows if row.actual is None)

    @property
    def period_running(self) -> bool:
        """Whether the actuals are taken before the period's last day: they may still change."""
        head = self.header
        return (self.mode is SheetMode.ACTUALS
                and running_until(head.data_date, head.period_end) is not None)

    @property
    def problems(self) -> tuple[SheetProblem, ...]:
        """What keeps the sheet from being signed (``sheet_problems``)."""
        running_until = self.header.period_end if self.period_running else None
        return sheet_problems(self.weights_total, self.missing_actuals, running_until)

    @property
    def is_provisional(self) -> bool:
        """Whether the amount may still change: an actual is missing or the period runs on."""
        return bool(self.missing_actuals) or self.period_running

    @property
    def total(self) -> Decimal | None:
        """Total payout ratio (0.99 for 99 %); None in targets mode."""
        if self.mode is SheetMode.TARGETS:
            return None
        return sheet_total(row.weighted or Decimal(0) for row in self.rows)

    @property
    def amount_cents(self) -> int | None:
        """Variable pay earned, in cents; None in targets mode."""
        total = self.total
        return None if total is None else payout_cents(total, self.header.target_variable_cents)

    @property
    def checksum(self) -> str | None:
        """Checksum of the figures of an actuals sheet (``XXXX-XXXX-XXXX-XXXX``); None otherwise."""
        if self.mode is SheetMode.TARGETS:
            return None
        return figures_checksum(self)


#: The note of a row whose actual is not known (the UI shows its own translation of it).
NOT_AVAILABLE = "Réalisé non disponible"

#: Short names of the payout curves and of the spend bases as the sheets workbook writes them:
#: the XLSX exchanged with HR stays French whatever the UI language (its formulas compare the
#: curve names), like the files exchanged with suppliers. The UI and the PDF use
#: ``payout.curve_label`` and ``SpendBasis.label``, in the UI language.
_CURVE_SHORT = {"linear": "Linéaire", "ramp": "Progressive", "step": "Paliers"}


def curve_short_label(curve: str) -> str:
    """Short French name of a payout curve, for the workbook (the code itself when unknown)."""
    return _CURVE_SHORT.get(curve, curve)


def indicator_french_label(objective: ObjectiveInput) -> str:
    """French name of an objective's indicator in the profile's words, for the workbook."""
    if not is_known(objective.indicator):
        return objective.indicator_label  # an unknown code: its label as given
    return indicator(objective.indicator).french_label  # « Ventes totales » for a seller


def basis_label(basis: str) -> str:
    """French name of a spend basis, for the workbook (the code itself when unknown)."""
    try:
        return SPEND_BASIS_LABELS[SpendBasis(basis)]
    except ValueError:
        return basis


def format_decimal(value: Decimal | None, places: int = 2) -> str:
    """``450 000``, ``4,2``, ``1 234,5`` (``1,234.5`` in English): at most ``places`` decimals."""
    if value is None:
        return ""
    if value.is_infinite():
        return "∞"
    return trimmed(value, places)


def format_percent(ratio: Decimal | None, places: int = 1) -> str:
    """Percentage of a ratio: ``Decimal("0.9")`` → ``90 %``, ``0.1125`` → ``11,25 %``."""
    if ratio is None:
        return ""
    if ratio.is_infinite():
        return "∞"
    return as_percent(format_decimal(ratio * 100, places))


#: Decimals of every amount and figure of a sheet, on screen, in the PDF and in the workbook:
#: two, so that amounts show their cents; its percentages have two as well
#: (``numbers.PERCENT_PLACES``), so that the weighted payouts of the worked example
#: (36,00 %, 11,25 %…) add up to the total shown (99,00 %).
SHEET_PLACES = 2


class FigureKind(StrEnum):
    """How the targets and actuals of an objective are written, after its unit."""

    MONEY = "money"  # « € »: 500 000,00 €
    SCORE = "score"  # « / 5 »: 4,80 / 5
    PERCENT = "percent"  # « % », a figure already in percent: 12,50 %
    QUANTITY = "quantity"  # hours, contracts…: 1 500 h, 12,5 h


def figure_kind(unit: str) -> FigureKind:
    """The kind of figure an objective's unit announces."""
    unit = unit.strip()
    if unit == "€":
        return FigureKind.MONEY
    if unit.startswith("/"):
        return FigureKind.SCORE
    return FigureKind.PERCENT if unit == "%" else FigureKind.QUANTITY


def figure_text(value: Decimal | None, unit: str) -> str:
    """A target or actual with its unit, the same on screen and on paper; "" when unknown."""
    if value is None:
        return ""
    kind = figure_kind(unit)
    if kind is FigureKind.MONEY:
        return in_euros(fixed(value, SHEET_PLACES))
    if kind is FigureKind.SCORE:
        return score_text(value, unit.strip()[1:].strip())
    if kind is FigureKind.PERCENT:
        return as_percent(fixed(value, SHEET_PLACES))
    # « 1 contrat », « 0 client », « 4 contracts »: a count's unit in the UI language
    return with_unit(trimmed(value, SHEET_PLACES), count_unit_text(value, unit))


def percent_text(ratio: Decimal | None) -> str:
    """A weight, achievement, payout rate, weighted payout or total as the sheet writes it.

    ``Decimal("1.0974")`` → ``109,74 %``, ``0.36`` → ``36,00 %``; "" when unknown.
    """
    if ratio is None:
        return ""
    if ratio.is_infinite():
        return "∞"
    return percent_of(ratio)


def fiscal_period(year: int, start_month: int = 1) -> tuple[date, date]:
    """First and last day of the fiscal year that starts in ``year`` on ``start_month``."""
    start = date(year, start_month, 1)
    end_year, end_month = (year, 12) if start_month == 1 else (year + 1, start_month - 1)
    return start, date(end_year, end_month, monthrange(end_year, end_month)[1])


def default_data_date(year: int, today: date, start_month: int = 1) -> date:
    """The date a year's actuals are taken at unless chosen: the end of its period once over.

    A closed year's results stop at its last day; a year still running is read up to today.
    """
    return min(today, fiscal_period(year, start_month)[1])


def compute_row(objective: ObjectiveInput, actual: Decimal | None) -> SheetRow:
    """Achievement, payout rate and weighted payout of one objective for an actual."""
    if actual is None:
        return SheetRow(objective, note=NOT_AVAILABLE)
    try:
        ratio = achievement(actual, objective.target, lower_is_better=objective.lower_is_better)
        rate = payout_rate(ratio, trigger=objective.trigger, target=objective.target_threshold,
                           cap=objective.cap, curve=objective.curve)
    except SrmError as error:
        # kept without its traceback, whose frames would hold the caller's objects alive
        return SheetRow(objective, actual=actual, note=error.message,
                        error=error.with_traceback(None))
    return SheetRow(objective, actual, ratio, rate, weighted_payout(rate, objective.weight))


def build_document(
    header: SheetHeader,
    objectives: list[ObjectiveInput],
    *,
    mode: SheetMode,
    actuals: list[Decimal | None] | None = None,
    comment: str = "",
    sources: tuple[SourceLine, ...] = (),
) -> ObjectiveSheetDocument:
    """Assemble a sheet; in actuals mode ``actuals`` gives one value per objective, in order."""
    if mode is SheetMode.TARGETS:
        rows = tuple(SheetRow(objective) for objective in objectives)
        return ObjectiveSheetDocument(header, mode, rows, comment)
    values = actuals if actuals is not None else [None] * len(objectives)
    if len(values) != len(objectives):
        raise ValueError("one actual per objective is required")
    rows = tuple(compute_row(obj, value) for obj, value in zip(objectives, values, strict=True))
    return ObjectiveSheetDocument(header, mode, rows, comment, tuple(sources))


def _canonical(value: object) -> str:
    if isinstance(value, Decimal):
        return "" if value.is_infinite() else format(value.normalize(), "f")
    return "" if value is None else str(value)


def figures_checksum(document: ObjectiveSheetDocument) -> str:
    """SHA-256 of the sheet's identity and figures, shortened to 16 hex digits in 4 groups."""
    head = document.header
    parts = [head.person_name, head.year, head.data_date, head.target_variable_cents]
    for row in document.rows:
        obj = row.objective
        parts += [obj.label, obj.indicator, obj.target, obj.weight, obj.trigger,
                  obj.target_threshold, obj.cap, obj.curve, row.actual, row.weighted]
    parts.append(document.total)
    digest = hashlib.sha256("|".join(_canonical(part) for part in parts).encode()).hexdigest()
    short = digest[:16].upper()
    return "-".join(short[i:i + 4] for i in range(0, 16, 4))
