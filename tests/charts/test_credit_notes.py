"""Credit notes beyond the purchases: no share of a negative spend, amounts drawn below zero."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from srm_inclusif.charts import spend
from srm_inclusif.core import dashboard, kpi
from srm_inclusif.core.kinds import Kind
from srm_inclusif.core.kpi_facts import ORGANISATION, KpiData, Period, SpendFact
from tests.charts.drawing import drawn

Q4 = Period(date(2025, 10, 1), date(2025, 12, 31))


def _credit_note(cents: int = -50_037, day: date = date(2025, 11, 20)) -> SpendFact:
    return SpendFact(1, cents, day, "paid", Kind.EI, 1, None, None, None, None)


def _q4_figures() -> dashboard.DashboardFigures:
    data = KpiData(spend=(_credit_note(),))
    return dashboard.build(data, Q4, ORGANISATION, basis="paid", today=date(2026, 11, 22))


def _shown_ticks(ax) -> list[str]:  # noqa: ANN001
    """The y tick labels inside the axes (the locator also places one beyond each end)."""
    low, high = ax.get_ylim()
    return [t.get_text() for t in ax.get_yticklabels() if low <= t.get_position()[1] <= high]


def _texts(ax) -> list[str]:  # noqa: ANN001
    return [t.get_text() for t in ax.texts if t.get_text()]


def test_a_negative_spend_has_no_inclusive_share() -> None:
    figures = _q4_figures()
    assert figures.inclusive_cents == figures.total_cents == -50_037
    assert figures.share is None  # was 100 %
    assert figures.share_by_month == {"2025-11": None}


def test_a_positive_spend_keeps_its_share() -> None:
    assert kpi.share_percent(-10_000, 40_000) == Decimal("-25.00")
    assert kpi.share_percent(0, 0) is None


def test_a_negative_family_bar_goes_left_of_zero_with_its_amount_on_its_left() -> None:
    _figure, ax = drawn(5, spend.draw_by_family, {"insertion": -50_037})
    bar = next(p for p in ax.patches if p.get_width())
    assert bar.get_width() < 0
    left, right = ax.get_xlim()
    assert left < -500.37
    assert 0 < right < 20  # the zero line in view
    (label,) = [t for t in ax.texts if t.get_text()]
    assert label.get_text() == "\u2212500\u00a0€"
    assert label.get_horizontalalignment() == "right"


def test_a_negative_kind_bar_and_a_positive_one_share_the_axis() -> None:
    _figure, ax = drawn(5, spend.draw_by_kind, {"EI": 120_000, "ESAT": -50_000})
    assert _texts(ax) == ["1\u202f200\u00a0€", "\u2212500\u00a0€"]
    left, right = ax.get_xlim()
    assert left < -500
    assert right > 1_200


def test_the_cumulative_chart_draws_a_negative_running_total_below_zero() -> None:
    figure, ax = drawn(5, spend.draw_cumulative, _q4_figures())
    bottom, top = ax.get_ylim()
    assert bottom < -500.37 < 0 < top
    ticks = _shown_ticks(ax)
    assert len(ticks) == len(set(ticks)), ticks  # no « 1 € 1 € 1 € 0 € 0 € »


def test_small_amounts_tick_on_whole_euros() -> None:
    figures = dashboard.build(KpiData(spend=(_credit_note(120, date(2025, 11, 2)),)), Q4,
                              ORGANISATION, basis="paid", today=date(2026, 1, 5))
    _figure, ax = drawn(5, spend.draw_cumulative, figures)
    assert _shown_ticks(ax) == ["0\u00a0€", "1\u00a0€"]


def test_a_month_without_share_shows_a_dash_and_why() -> None:
    share = {"2025-10": Decimal("40.00"), "2025-11": None, "2025-12": Decimal("10.00")}
    _figure, ax = drawn(5, spend.draw_share_by_month, share)
    assert _texts(ax) == ["—"]
    assert ax.get_xlabel() == ("— : part non calculable, achats du mois nuls ou négatifs "
                               "(avoirs)")
    assert [t.get_text() for t in ax.get_xticklabels()] == ["oct.", "nov.", "déc."]


def test_a_period_without_any_share_says_why() -> None:
    _figure, ax = drawn(5, spend.draw_share_by_month, {"2025-11": None})
    assert [" ".join(t.split()) for t in _texts(ax)] == [
        "Part non calculable",
        "Les achats de la période, avoirs déduits, sont nuls ou négatifs."]
