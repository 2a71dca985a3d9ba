"""The pace needed to reach the target: drawn while the year runs, not on one over or to come."""

from __future__ import annotations

from datetime import date

import pytest

from srm_inclusif.charts import spend
from srm_inclusif.core import dashboard
from srm_inclusif.core.kinds import Kind
from srm_inclusif.core.kpi_facts import ORGANISATION, KpiData, Period, SpendFact
from tests.charts.drawing import drawn

YEAR = Period(date(2025, 1, 1), date(2025, 12, 31))
DATA = KpiData(spend=(
    SpendFact(1, 24_000_000, date(2025, 5, 15), "paid", Kind.EI, 1, None, None, None, None),
))


def _figures(today: date) -> dashboard.DashboardFigures:
    return dashboard.build(DATA, YEAR, ORGANISATION, basis="paid", today=today,
                           target_cents=100_000_000)


def _legend(today: date) -> list[str]:
    _figure, ax = drawn(6, spend.draw_cumulative, _figures(today))
    return [text.get_text() for text in ax.get_legend().get_texts()]


@pytest.mark.parametrize("today", [date(2026, 11, 22), date(2025, 12, 31), date(2024, 11, 22)],
                         ids=["year-over", "its-last-day", "year-to-come"])
def test_no_pace_outside_the_running_year(today: date) -> None:
    assert dashboard.pace_needed(_figures(today)) is None
    assert _legend(today) == ["Réalisé", "Objectif (1\u202f000\u202f000\u00a0€)"]


def test_the_pace_of_a_running_year_spreads_what_is_left_over_the_days_left() -> None:
    assert dashboard.pace_needed(_figures(date(2025, 9, 1))) == (76_000_000, 121)
    # 760 000 € in 121 days: 760 000 / 121 × 30,4 a month
    assert _legend(date(2025, 9, 1))[-1] == "Rythme nécessaire (190\u202f942\u00a0€ / mois)"
