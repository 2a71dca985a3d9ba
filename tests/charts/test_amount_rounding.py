"""Amounts on the charts are rounded as the summary rounds them: half up, to the euro."""

from __future__ import annotations

from datetime import date

from srm_inclusif.charts import spend, style
from srm_inclusif.core.dashboard import DashboardFigures
from srm_inclusif.core.kpi_facts import Period
from srm_inclusif.core.money import format_eur
from tests.charts.drawing import drawn

#: After 10 000,50 € more of handicap spend (the tester's data set).
BY_FAMILY = {"insertion": 13_800_000, "handicap": 11_200_050}


def _texts(ax) -> list[str]:  # noqa: ANN001
    return [t.get_text() for t in ax.texts if t.get_text()]


def test_bar_labels_round_half_up_as_the_summary_does() -> None:
    _figure, ax = drawn(5, spend.draw_by_family, BY_FAMILY)
    assert _texts(ax) == ["138\u202f000\u00a0€", "112\u202f001\u00a0€"]  # was « 112 000 € »
    assert _texts(ax) == [format_eur(c) for c in BY_FAMILY.values()]


def test_the_target_in_the_legend_rounds_half_up() -> None:
    figures = DashboardFigures(
        period=Period(date(2025, 1, 1), date(2025, 12, 31)), today=date(2026, 1, 10),
        cumulative=(), target_cents=12_345_650, by_family={}, by_kind={}, share_by_month={},
        quality_by_month={}, hours=(), inclusive_cents=0, total_cents=0)
    _figure, ax = drawn(6, spend.draw_cumulative, figures)
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend[-1] == "Objectif (123\u202f457\u00a0€)"


def test_an_axis_amount_rounds_half_up() -> None:
    assert style.euros_axis(2_500.5) == "2\u202f501\u00a0€"
