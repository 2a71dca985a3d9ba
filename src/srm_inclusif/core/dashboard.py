"""The dashboard's figures for a period, scope and basis, computed from the KPI facts."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import NamedTuple

from srm_inclusif.core import kpi
from srm_inclusif.core.kinds import Family, Kind
from srm_inclusif.core.kpi_facts import KpiData, Period, Scope, SpendFact
from srm_inclusif.core.payout import achievement
from srm_inclusif.core.vocabulary import Profile, SpendBasis

#: The objectives whose target the cumulative spend chart draws, by profile: a buyer's inclusive
#: spend; a structure inclusive's total (her spend lines are her sales, all of them counted),
#: never a buyer's inclusive-spend objective, left by a workspace that changed profile.
TARGET_INDICATOR = {Profile.ACHETEUR: "inclusive_spend", Profile.STRUCTURE_INCLUSIVE: "total_spend"}


class ContractTitle(NamedTuple):
    """How a chart names a contract: the structure first (what a buyer knows), then its title."""

    structure: str
    title: str


@dataclass(frozen=True)
class HoursRow:
    """Clause hours of one contract."""

    contract_id: int
    planned: Decimal
    realised: Decimal


@dataclass(frozen=True)
class OwnerProgress:
    """Weighted achievement of the objectives of one sheet owner (percent)."""

    owner: str
    person_id: int | None
    percent: Decimal | None


@dataclass(frozen=True)
class DashboardFigures:
    """Everything the dashboard draws, as plain values."""

    period: Period
    today: date
    cumulative: tuple[tuple[date, int], ...]
    target_cents: int | None
    by_family: dict[str, int]
    by_kind: dict[str, int]
    share_by_month: dict[str, Decimal | None]
    quality_by_month: dict[str, Decimal]
    hours: tuple[HoursRow, ...]
    inclusive_cents: int
    total_cents: int
    pipeline: dict[str, int] = field(default_factory=dict)
    progress: tuple[OwnerProgress, ...] = ()
    #: When the basis shown has no spend line in the period: the spend on each other basis
    #: that has some (cents), so that the user is told to switch rather than to import.
    other_bases: dict[str, int] = field(default_factory=dict)
    #: The basis of the amounts (a ``SpendBasis`` value).
    basis: str = SpendBasis.INVOICED.value
    #: When no target is on the basis shown: the basis the year's targets are on, so that the
    #: chart says where the target is rather than leaving it out without a word.
    target_basis: str | None = None

    @property
    def has_lines(self) -> bool:
        """True when the period has spend lines on its basis (whatever their sum)."""
        return bool(self.by_family)

    @property
    def share(self) -> Decimal | None:
        """Inclusive share of the period, in percent."""
        return kpi.share_percent(self.inclusive_cents, self.total_cents)

    @property
    def spend_elsewhere(self) -> SpendElsewhere | None:
        """The other basis with the most spend, when the basis shown has none in the period."""
        if not self.other_bases:
            return None
        other, cents = max(self.other_bases.items(), key=lambda item: item[1])
        return SpendElsewhere(self.basis, other, cents)


class SpendElsewhere(NamedTuple):
    """No spend on the basis shown, ``cents`` on ``other``: the spend charts say to switch."""

    basis: str
    other: str
    cents: int


def build(data: KpiData, period: Period, scope: Scope, *, basis: str,
          today: date, target_cents: int | None = None, target_basis: str | None = None,
          direction: str | None = "given") -> DashboardFigures:
    """Compute the figures of every chart in one pass over the spend lines of the period."""
    lines = kpi.spend_lines(data, period, scope, basis)
    sums = _SpendSums.of(lines)
    # the contracts `stats` counts, so that the chart's totals and rate are its own
    counted = set(kpi.insertion_hours(data, period, scope).contract_ids)
    clauses = [c for c in data.contracts if c.id in counted]
    return DashboardFigures(
        period=period, today=today,
        cumulative=sums.cumulative(),
        target_cents=target_cents,
        by_family={f.value: v for f, v in sums.by_family.items()},
        by_kind={k.value: v for k, v in sums.by_kind.items() if k in _INCLUSIVE},
        share_by_month={f"{y:04d}-{m:02d}": kpi.share_percent(sums.month_inclusive[(y, m)], v)
                        for (y, m), v in sorted(sums.month_total.items())},
        quality_by_month=kpi.quality_by_month(data, period, scope, direction),
        hours=tuple(HoursRow(c.id, c.hours_planned or Decimal(0), c.hours_realised or
                             Decimal(0)) for c in clauses),
        inclusive_cents=sum(sums.month_inclusive.values()),
        total_cents=sum(sums.month_total.values()),
        other_bases={} if lines else spend_on_other_bases(data, period, scope, basis),
        basis=basis,
        target_basis=None if target_cents is not None else target_basis,
    )


def hours_total(rows: Iterable[HoursRow]) -> kpi.InsertionHours:
    """The clause hours of every row, whose ``rate`` is the one ``stats`` gives for them."""
    rows = tuple(rows)
    return kpi.InsertionHours(sum((r.planned for r in rows), Decimal(0)),
                              sum((r.realised for r in rows), Decimal(0)),
                              tuple(r.contract_id for r in rows))


def spend_on_other_bases(data: KpiData, period: Period, scope: Scope, basis: str
                         ) -> dict[str, int]:
    """Spend (cents) of the period on each basis but ``basis`` that has lines, in basis order."""
    return {b: cents for b, cents in spend_by_basis(data, period, scope).items() if b != basis}


def spend_by_basis(data: KpiData, period: Period, scope: Scope) -> dict[str, int]:
    """Spend (cents) of the period on each basis that has lines, in basis order."""
    lines = {b.value: kpi.spend_lines(data, period, scope, b.value) for b in SpendBasis}
    return {b: kpi.total_cents(found) for b, found in lines.items() if found}


def most_common_basis(bases: Iterable[str]) -> str | None:
    """The basis found most often (on a tie, the first in basis order); None when there is none."""
    counts = Counter(bases)
    order = {b.value: rank for rank, b in enumerate(SpendBasis)}
    return min(counts, key=lambda b: (-counts[b], order.get(b, len(order))), default=None)


def default_basis(objective_bases: Iterable[str], spend_bases: Collection[str]) -> str:
    """The basis a dashboard opens on (fed by ``storage.services.opening_basis`` alone).

    The basis of the year's spend objectives (the most common), so that the target line is
    drawn; else the only basis the year's spend is on; else « Facturé ».
    """
    chosen = most_common_basis(objective_bases)
    if chosen is not None:
        return chosen
    if len(spend_bases) == 1:
        return next(iter(spend_bases))
    return SpendBasis.INVOICED.value


_FAMILY = {kind: kind.family for kind in Kind}
_INCLUSIVE = frozenset(kind for kind in Kind if kind.is_inclusive)


@dataclass
class _SpendSums:
    """Every spend aggregate of the dashboard, gathered in one pass over the lines."""

    per_day: dict[date, int] = field(default_factory=lambda: defaultdict(int))
    by_family: dict[Family, int] = field(default_factory=lambda: defaultdict(int))
    by_kind: dict[Kind, int] = field(default_factory=lambda: defaultdict(int))
    month_total: dict[tuple[int, int], int] = field(default_factory=lambda: defaultdict(int))
    month_inclusive: dict[tuple[int, int], int] = field(
        default_factory=lambda: defaultdict(int))

    @classmethod
    def of(cls, lines: list[SpendFact]) -> _SpendSums:
        sums = cls()
        family, inclusive = _FAMILY, _INCLUSIVE
        for s in lines:
            kind, cents, day = s.kind, s.amount_cents, s.spend_date
            month = (day.year, day.month)
            sums.by_family[family[kind]] += cents
            sums.by_kind[kind] += cents
            sums.month_total[month] += cents
            if kind in inclusive:
                sums.per_day[day] += cents
                sums.month_inclusive[month] += cents
        return sums

    def cumulative(self) -> tuple[tuple[date, int], ...]:
        running, points = 0, []
        for day in sorted(self.per_day):
            running += self.per_day[day]
            points.append((day, running))
        return tuple(points)


def pace_needed(figures: DashboardFigures) -> tuple[int, int] | None:
    """Cents still to spend and the days left after today to reach the target.

    None when the target is met or when no pace applies: a period over (nothing can be
    bought in it any more; 0 days left read « 6 080 000 € / mois ») or not begun yet (its
    pace is the target line itself).
    """
    period, today = figures.period, figures.today
    if figures.target_cents is None or not period.start <= today < period.end:
        return None
    done = figures.cumulative[-1][1] if figures.cumulative else 0
    remaining = figures.target_cents - done
    if remaining <= 0:
        return None
    return remaining, (period.end - today).days


@dataclass(frozen=True)
class WeightedObjective:
    """One objective's weight, target, thresholds and actual, for progress."""

    weight: Decimal
    target: Decimal
    actual: Decimal | None
    cap: Decimal = Decimal(130)
    lower_is_better: bool = False


def weighted_achievement(objectives: list[WeightedObjective]) -> Decimal | None:
    """Σ weight × achievement (capped) ÷ Σ weight, in percent; None without weights."""
    weights = sum((o.weight for o in objectives), Decimal(0))
    if not weights:
        return None
    total = Decimal(0)
    for o in objectives:
        if o.actual is None or o.target <= 0:
            continue
        ratio = achievement(o.actual, o.target, lower_is_better=o.lower_is_better) * 100
        total += o.weight * min(ratio, o.cap)
    return (total / weights).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
