"""The KPI engine: pure functions over plain spend, contract and feedback facts."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from srm_inclusif.core.indicators import Needs, indicator
from srm_inclusif.core.kinds import Family, Kind
from srm_inclusif.core.kpi_facts import (
    ORGANISATION,
    ContractFact,
    IndicatorValue,
    KpiData,
    Period,
    Scope,
    SpendFact,
)
from srm_inclusif.core.vocabulary import ContractKind

HUNDRED = Decimal(100)


# --- spend -----------------------------------------------------------------------------------

def spend_lines(
    data: KpiData, period: Period, scope: Scope = ORGANISATION, basis: str = "invoiced"
) -> list[SpendFact]:
    """Spend lines of a basis in a period for a scope."""
    lines = data.lines_between(basis, period.start, period.end)
    if scope.person_id is not None:
        return [s for s in lines if s.person_id == scope.person_id]
    if scope.team_id is not None:
        return [s for s in lines if s.team_id == scope.team_id]
    return lines


def total_cents(lines: Iterable[SpendFact], keep: Callable[[Kind], bool] | None = None) -> int:
    """Sum of amounts, optionally of the lines whose kind passes ``keep``."""
    if keep is None:
        return sum(s.amount_cents for s in lines)
    return sum(s.amount_cents for s in lines if keep(s.kind))


def is_inclusive(kind: Kind) -> bool:
    """Insertion or handicap kind."""
    return kind.is_inclusive


def share_percent(part_cents: int, whole_cents: int) -> Decimal | None:
    """``part ÷ whole`` in percent (2 decimals); None when the whole is not positive.

    Credit notes can leave a period's spend at zero or below: a share of a negative whole
    (-500 € of -500 € read « 100 % ») means nothing.
    """
    if whole_cents <= 0:
        return None
    return (Decimal(part_cents) * HUNDRED / Decimal(whole_cents)).quantize(
        Decimal("0.01"), rounding=ROUND_HALF_UP)


SPLITS: dict[str, Callable[[SpendFact], str]] = {
    "family": lambda s: s.kind.family.value,
    "kind": lambda s: s.kind.value,
    "category": lambda s: s.category or "",
    "department": lambda s: s.department or "",
    "month": lambda s: f"{s.spend_date.year:04d}-{s.spend_date.month:02d}",
}


def split_cents(lines: Iterable[SpendFact], by: str, *, inclusive_only: bool = False
                ) -> dict[str, int]:
    """Amounts summed per family, kind, category, department or month."""
    key = SPLITS[by]
    totals: dict[str, int] = defaultdict(int)
    for s in lines:
        if not inclusive_only or s.kind.is_inclusive:
            totals[key(s)] += s.amount_cents
    return dict(totals)


def monthly_share(lines: Iterable[SpendFact]) -> dict[str, Decimal | None]:
    """Inclusive share in percent per month ``YYYY-MM``."""
    inclusive: dict[str, int] = defaultdict(int)
    whole: dict[str, int] = defaultdict(int)
    for s in lines:
        month = f"{s.spend_date.year:04d}-{s.spend_date.month:02d}"
        whole[month] += s.amount_cents
        if s.kind.is_inclusive:
            inclusive[month] += s.amount_cents
    return {m: share_percent(inclusive[m], whole[m]) for m in sorted(whole)}


def cumulative_daily(lines: Iterable[SpendFact], *, inclusive_only: bool = True
                     ) -> list[tuple[date, int]]:
    """Running total (cents) per spend date, in date order."""
    per_day: dict[date, int] = defaultdict(int)
    for s in lines:
        if not inclusive_only or s.kind.is_inclusive:
            per_day[s.spend_date] += s.amount_cents
    running, points = 0, []
    for day in sorted(per_day):
        running += per_day[day]
        points.append((day, running))
    return points


_SPEND_FILTERS: dict[str, Callable[[Kind], bool] | None] = {
    "inclusive_spend": is_inclusive,
    "insertion_spend": lambda k: k.family is Family.INSERTION,
    "handicap_spend": lambda k: k.family is Family.HANDICAP,
    "ess_spend": lambda k: k.family is Family.ESS,
    "total_spend": None,
}


def _spend_indicator(code: str, lines: list[SpendFact]) -> IndicatorValue:
    if code == "inclusive_share":
        part = [s for s in lines if s.kind.is_inclusive]
        value = share_percent(total_cents(part), total_cents(lines))
        return IndicatorValue(value, tuple(s.id for s in part))
    keep = _SPEND_FILTERS[code]
    kept = lines if keep is None else [s for s in lines if keep(s.kind)]
    euros = Decimal(total_cents(kept)) / HUNDRED
    return IndicatorValue(euros, tuple(s.id for s in kept))


# --- contracts ---------------------------------------------------------------------------------

def _started_in(data: KpiData, period: Period, scope: Scope) -> list[ContractFact]:
    return [c for c in data.contracts if c.start_date in period and scope.matches(c)]


def _active_in(data: KpiData, period: Period, scope: Scope) -> list[ContractFact]:
    return [
        c for c in data.contracts
        if scope.matches(c) and (c.start_date is None or c.start_date <= period.end)
        and (c.end_date is None or c.end_date >= period.start)
    ]


def is_reserved(contract: ContractFact) -> bool:
    """A marché réservé (by kind or by its article)."""
    return contract.contract_kind == ContractKind.MARCHE_RESERVE or bool(
        contract.reserved_article)


_CONTRACT_FILTERS: dict[str, Callable[[ContractFact], bool]] = {
    "contracts": lambda c: c.kind.is_inclusive,
    "test_contracts": lambda c: c.kind.is_inclusive
    and c.contract_kind == ContractKind.MARCHE_TEST,
    "reserved_contracts": is_reserved,
    "clause_contracts": lambda c: c.has_clause_sociale,
}
#: A structure inclusive's contracts and marchés test with all her clients, whatever their kind
#: (``core.indicators``: codes of their own, so that a buyer's counts keep their meaning).
#: Not in ``contract_counts``, whose figures are a buyer's (DOMAIN.md section 4).
_ANY_KIND_FILTERS: dict[str, Callable[[ContractFact], bool]] = {
    "all_contracts": lambda c: True,
    "all_test_contracts": lambda c: c.contract_kind == ContractKind.MARCHE_TEST,
}


def contract_counts(data: KpiData, period: Period, scope: Scope = ORGANISATION
                    ) -> dict[str, int]:
    """Contracts started in the period: inclusive ones, of which tests, reserved, with clause."""
    started = _started_in(data, period, scope)
    return {code: sum(1 for c in started if keep(c)) for code, keep in _CONTRACT_FILTERS.items()}


def new_suppliers_tested(data: KpiData, period: Period, scope: Scope = ORGANISATION
                         ) -> list[ContractFact]:
    """First marché test (ever) of each inclusive counterparty, when it started in the period."""
    return [c for c in new_counterparties_tested(data, period, scope) if c.kind.is_inclusive]


def new_counterparties_tested(data: KpiData, period: Period, scope: Scope = ORGANISATION
                              ) -> list[ContractFact]:
    """First marché test (ever) of each counterparty, whatever its kind, started in the period.

    A structure inclusive's new clients tested: her clients are mostly ordinary companies.
    """
    first: dict[int, ContractFact] = {}
    for c in data.contracts:
        if c.contract_kind != ContractKind.MARCHE_TEST or c.start_date is None:
            continue
        known = first.get(c.counterparty_id)
        if known is None or (c.start_date, c.id) < (known.start_date or date.max, known.id):
            first[c.counterparty_id] = c
    return [c for c in first.values() if c.start_date in period and scope.matches(c)]


@dataclass(frozen=True)
class InsertionHours:
    """Clause hours of the contracts active in a period."""

    planned: Decimal
    realised: Decimal
    contract_ids: tuple[int, ...]

    @property
    def rate(self) -> Decimal | None:
        """Realised ÷ planned in percent; None without planned hours."""
        if not self.planned:
            return None
        return (self.realised * HUNDRED / self.planned).quantize(
            Decimal("0.01"), rounding=ROUND_HALF_UP)


def insertion_hours(data: KpiData, period: Period, scope: Scope = ORGANISATION
                    ) -> InsertionHours:
    """Hours planned and realised under the clauses sociales active in the period."""
    clauses = [c for c in _active_in(data, period, scope) if c.has_clause_sociale]
    planned = sum((c.hours_planned or Decimal(0) for c in clauses), Decimal(0))
    realised = sum((c.hours_realised or Decimal(0) for c in clauses), Decimal(0))
    return InsertionHours(planned, realised, tuple(c.id for c in clauses))


def renewal(data: KpiData, period: Period, scope: Scope = ORGANISATION
            ) -> tuple[Decimal | None, tuple[int, ...]]:
    """Tests decided in the period that a later contract renewed ÷ tests decided (percent)."""
    decided = [c for c in data.contracts if c.contract_kind == ContractKind.MARCHE_TEST
               and c.decision_date in period and scope.matches(c)]
    followed = {c.previous_contract_id for c in data.contracts if c.previous_contract_id}
    renewed = sum(1 for c in decided if c.id in followed)
    rate = share_percent(renewed, len(decided))
    return rate, tuple(c.id for c in decided)


# --- feedback --------------------------------------------------------------------------------

def quality_score(data: KpiData, period: Period, scope: Scope = ORGANISATION,
                  direction: str | None = "given") -> tuple[Decimal | None, tuple[int, ...]]:
    """Weighted mean of the feedback scores in the period (2 decimals) and the contracts."""
    kept = [f for f in data.feedback if f.given_on in period and scope.matches(f)
            and (direction is None or f.direction == direction) and f.weight_total]
    weights = sum((f.weight_total for f in kept), Decimal(0))
    if not weights:
        return None, ()
    mean = sum((f.weighted_sum for f in kept), Decimal(0)) / weights
    contracts = tuple(dict.fromkeys(f.contract_id for f in kept))
    return mean.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP), contracts


def quality_by_month(data: KpiData, period: Period, scope: Scope = ORGANISATION,
                     direction: str | None = "given") -> dict[str, Decimal]:
    """Weighted mean score per month ``YYYY-MM`` (months without feedback left out)."""
    sums: dict[str, list[Decimal]] = defaultdict(lambda: [Decimal(0), Decimal(0)])
    for f in data.feedback:
        if f.given_on in period and scope.matches(f) and f.weight_total and (
                direction is None or f.direction == direction):
            acc = sums[f"{f.given_on.year:04d}-{f.given_on.month:02d}"]
            acc[0] += f.weighted_sum
            acc[1] += f.weight_total
    return {m: (s / w).quantize(Decimal("0.01")) for m, (s, w) in sorted(sums.items())}


# --- one indicator ---------------------------------------------------------------------------

def compute(code: str, data: KpiData, period: Period, scope: Scope = ORGANISATION, *,
            basis: str = "invoiced", direction: str | None = "given") -> IndicatorValue:
    """The value of any computed indicator of the catalogue; None value for manual ones."""
    needs = indicator(code).needs
    if needs is Needs.SPEND:
        return _spend_indicator(code, spend_lines(data, period, scope, basis))
    if needs is Needs.FEEDBACK:
        value, contracts = quality_score(data, period, scope, direction)
        return IndicatorValue(value, contract_ids=contracts)
    if needs is Needs.CONTRACTS:
        return _contract_indicator(code, data, period, scope)
    return IndicatorValue(None)


def _contract_indicator(code: str, data: KpiData, period: Period, scope: Scope
                        ) -> IndicatorValue:
    keep = _CONTRACT_FILTERS.get(code) or _ANY_KIND_FILTERS.get(code)
    if keep is not None:
        return _counted([c for c in _started_in(data, period, scope) if keep(c)])
    if code == "new_suppliers_tested":
        return _counted(new_suppliers_tested(data, period, scope))
    if code == "new_counterparties_tested":
        return _counted(new_counterparties_tested(data, period, scope))
    if code == "renewal_rate":
        rate, ids = renewal(data, period, scope)
        return IndicatorValue(rate, contract_ids=ids)
    hours = insertion_hours(data, period, scope)
    value = {"insertion_hours_planned": hours.planned, "insertion_hours": hours.realised,
             "insertion_hours_rate": hours.rate}[code]
    return IndicatorValue(value, contract_ids=hours.contract_ids)


def _counted(contracts: list[ContractFact]) -> IndicatorValue:
    """How many contracts (or counterparties, one first test each), with the contracts."""
    return IndicatorValue(Decimal(len(contracts)), contract_ids=tuple(c.id for c in contracts))
