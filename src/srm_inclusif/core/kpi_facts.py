"""The plain facts the KPI engine works on: spend, contract and feedback facts, period, scope."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from functools import cached_property
from typing import NamedTuple

from srm_inclusif.core.kinds import Kind


class KindPeriod(NamedTuple):
    """A kind held by a counterparty from a date to a date (both inclusive, open when None)."""

    kind: Kind
    valid_from: date | None
    valid_until: date | None


def kind_on(default: Kind, periods: Sequence[KindPeriod], when: date | None) -> Kind:
    """The kind in force on a date: the latest-starting period covering it, else ``default``."""
    best: KindPeriod | None = None
    for period in periods:
        starts_ok = period.valid_from is None or when is None or period.valid_from <= when
        ends_ok = period.valid_until is None or when is None or when <= period.valid_until
        if starts_ok and ends_ok and (best is None or (period.valid_from or date.min) >= (
                best.valid_from or date.min)):
            best = period
    return best.kind if best is not None else default


class SpendFact(NamedTuple):
    """One spend line with the counterparty's kind on its date and the buyer's team."""

    id: int
    amount_cents: int
    spend_date: date
    basis: str
    kind: Kind
    counterparty_id: int
    person_id: int | None
    team_id: int | None
    category: str | None
    department: str | None


class ContractFact(NamedTuple):
    """One contract with the counterparty's kind at its start and its follower."""

    id: int
    counterparty_id: int
    kind: Kind
    contract_kind: str
    start_date: date | None
    end_date: date | None
    reserved_article: str | None
    has_clause_sociale: bool
    hours_planned: Decimal | None
    hours_realised: Decimal | None
    decision_date: date | None
    previous_contract_id: int | None
    person_id: int | None
    team_id: int | None


class FeedbackFact(NamedTuple):
    """One feedback: its date and the sum of score × weight and of weights of its scores."""

    id: int
    contract_id: int
    given_on: date
    direction: str
    weighted_sum: Decimal
    weight_total: Decimal
    person_id: int | None
    team_id: int | None


@dataclass(frozen=True)
class KpiData:
    """Everything the engine needs; contracts cover all time (first tests, renewals)."""

    spend: tuple[SpendFact, ...] = ()
    contracts: tuple[ContractFact, ...] = ()
    feedback: tuple[FeedbackFact, ...] = ()

    @cached_property
    def _by_basis(self) -> dict[str, tuple[list[date], list[SpendFact]]]:
        """Lines of each basis in date order, with their dates (for bisecting a period)."""
        groups: dict[str, list[SpendFact]] = defaultdict(list)
        for line in self.spend:
            groups[line.basis].append(line)
        result = {}
        for basis, lines in groups.items():
            lines.sort(key=lambda s: s.spend_date)
            result[basis] = ([s.spend_date for s in lines], lines)
        return result

    def lines_between(self, basis: str, start: date, end: date) -> list[SpendFact]:
        """Lines of a basis dated in ``[start, end]``."""
        dates, lines = self._by_basis.get(basis, ([], []))
        return lines[bisect_left(dates, start):bisect_right(dates, end)]


@dataclass(frozen=True)
class Period:
    """A date range, both ends inclusive."""

    start: date
    end: date

    @classmethod
    def year(cls, year: int, *, start_month: int = 1, as_of: date | None = None) -> Period:
        """The (fiscal) year starting in ``year`` on ``start_month``, stopped at ``as_of``."""
        start = date(year, start_month, 1)
        end = (date(year + 1, start_month, 1) if start_month > 1 else date(year + 1, 1, 1))
        end = end - timedelta(days=1)
        if as_of is not None and start <= as_of < end:
            end = as_of
        return cls(start, end)

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day <= self.end


@dataclass(frozen=True)
class Scope:
    """Whose figures: a person, a team, or the whole organisation (both None)."""

    person_id: int | None = None
    team_id: int | None = None

    def matches(self, fact: SpendFact | ContractFact | FeedbackFact) -> bool:
        """True when the fact belongs to the scope."""
        if self.person_id is not None:
            return fact.person_id == self.person_id
        if self.team_id is not None:
            return fact.team_id == self.team_id
        return True


ORGANISATION = Scope()


@dataclass(frozen=True)
class IndicatorValue:
    """An indicator's value (None when it cannot be computed) and the records behind it."""

    value: Decimal | None
    spend_line_ids: tuple[int, ...] = ()
    contract_ids: tuple[int, ...] = field(default=())
