"""Dashboard figures: one pass over the facts, pace needed, weighted achievement."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from srm_inclusif.core import dashboard
from srm_inclusif.core.kinds import Kind
from srm_inclusif.core.kpi_facts import ORGANISATION, KpiData, Period, SpendFact

PERIOD = Period(date(2026, 1, 1), date(2026, 12, 31))


def line(i, euros, day, kind, basis="invoiced"):
    return SpendFact(i, euros * 100, day, basis, kind, i, 1, None, None, None)


DATA = KpiData(spend=(
    line(1, 1000, date(2026, 1, 5), Kind.EI),
    line(2, 500, date(2026, 1, 5), Kind.EA),
    line(3, 3500, date(2026, 3, 1), Kind.CLASSIC),
    line(4, 2000, date(2026, 4, 1), Kind.ESAT),
    line(5, 9999, date(2026, 4, 1), Kind.ESAT, basis="paid"),
))


def test_build_figures_for_a_basis():
    figs = dashboard.build(DATA, PERIOD, ORGANISATION, basis="invoiced",
                           today=date(2026, 6, 30), target_cents=1_000_000)
    assert figs.cumulative == ((date(2026, 1, 5), 150_000), (date(2026, 4, 1), 350_000))
    assert figs.by_kind == {"EI": 100_000, "EA": 50_000, "ESAT": 200_000}
    assert figs.share == Decimal("50.00")  # 3 500 of 7 000
    assert dashboard.pace_needed(figs) == (650_000, 184)


def test_weighted_achievement_caps_each_objective():
    objectives = [
        dashboard.WeightedObjective(Decimal(40), Decimal(500), Decimal(450)),  # 90 %
        dashboard.WeightedObjective(Decimal(60), Decimal(100), Decimal(200)),  # 200 → 130 %
    ]
    assert dashboard.weighted_achievement(objectives) == Decimal("114.0")
    missing = [dashboard.WeightedObjective(Decimal(100), Decimal(10), None)]
    assert dashboard.weighted_achievement(missing) == Decimal("0.0")
    assert dashboard.weighted_achievement([]) is None
