"""Redrawing a chart on the Axes it already shows gives the same picture as a fresh drawing."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

import numpy as np
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from srm_inclusif.charts import lifecycle, spend
from srm_inclusif.core.dashboard import ContractTitle, DashboardFigures, HoursRow, OwnerProgress
from srm_inclusif.core.kpi_facts import Period

YEAR = Period(date(2026, 1, 1), date(2026, 12, 31))
QUARTER = Period(date(2026, 4, 1), date(2026, 6, 30))


def _figures(period: Period, points: int, target: int | None) -> DashboardFigures:
    days = [date.fromordinal(period.start.toordinal() + 9 * i) for i in range(points)]
    return DashboardFigures(
        period=period, today=date(2026, 5, 15),
        cumulative=tuple((d, 250_000 * (i + 1)) for i, d in enumerate(days)),
        target_cents=target, by_family={}, by_kind={}, share_by_month={},
        quality_by_month={}, hours=(), inclusive_cents=0, total_cents=0)


#: For each chart, data sets drawn one after the other: more and fewer items, values that
#: change the scale, the empty chart and back, and optional parts (target, pace) coming and going.
SEQUENCES: dict[str, tuple[Callable[..., None], list[tuple[Any, ...]]]] = {
    "cumulative": (spend.draw_cumulative, [
        (_figures(YEAR, 30, 20_000_000),), (_figures(QUARTER, 8, None),),
        (_figures(YEAR, 30, 5_000_000),), (_figures(YEAR, 0, None),),
        (_figures(YEAR, 12, 90_000_000),)]),
    "family": (spend.draw_by_family, [
        ({"insertion": 3_000_000, "handicap": 1_000_000, "classic": 6_000_000},),
        ({"ess": 120_000_000},), ({},),
        ({"insertion": 5, "handicap": 7, "ess": 9, "classic": 11},)]),
    "kind": (spend.draw_by_kind, [
        ({"EI": 3_000_000, "ESAT": 1_000_000, "EA": 7_000_000},), ({"TIH": 50_000},),
        ({},), ({"ACI": 1, "ETTI": 2, "EA": 3, "ESAT": 4, "TIH": 5, "EI": 6},)]),
    "share": (spend.draw_share_by_month, [
        ({f"2026-{m:02d}": Decimal(5 * m) for m in range(1, 13)},),
        ({"2026-04": Decimal("12.5"), "2026-05": None, "2026-06": Decimal(80)},),
        ({"2026-04": None},), ({"2026-02": Decimal(3)},)]),
    "quality": (lifecycle.draw_quality_trend, [
        ({"2026-02": Decimal("3.6"), "2026-04": Decimal("4.8"), "2026-10": Decimal("4.2")},),
        ({"2026-05": Decimal(2)},), ({},),
        ({f"2026-{m:02d}": Decimal(1 + m / 3) for m in range(1, 13)},)]),
    "pipeline": (lifecycle.draw_pipeline, [
        ({"sourcing": 8, "consultation": 3, "arretee": 2},), ({"contrat_en_cours": 40},),
        ({},), ({"arretee": 1},)]),
    "hours": (lifecycle.draw_insertion_hours, [
        (tuple(HoursRow(i, Decimal(100 * i), Decimal(40 * i)) for i in range(1, 11)),
         {i: ContractTitle(f"Atelier {i}", "Nettoyage des locaux") for i in range(1, 11)}),
        ((HoursRow(3, Decimal(50), Decimal(0)),), {3: ContractTitle("Envol", "Espaces verts")}),
        ((), {}),
        ((HoursRow(1, Decimal(0), Decimal(0)),), {})]),
    "progress": (lifecycle.draw_objective_progress, [
        ([OwnerProgress("Alice", 1, Decimal("99.0")), OwnerProgress("Bob", 2, Decimal(45)),
          OwnerProgress("Chloé", 3, Decimal(170))],),
        ([OwnerProgress("Bob", 2, Decimal(70))],), ([],),
        ([OwnerProgress("Alice", 1, None), OwnerProgress("Dan", 4, Decimal(101))],)]),
}


def _canvas() -> FigureCanvasAgg:
    return FigureCanvasAgg(Figure(figsize=(5, 3), dpi=100))


def _pixels(canvas: FigureCanvasAgg) -> np.ndarray:
    canvas.draw()
    return np.asarray(canvas.buffer_rgba()).copy()


def _texts(ax: Any) -> list[str]:
    """Every visible text of the chart: title, labels, tick labels, notes, legend."""
    ax.figure.canvas.draw()
    found = [t.get_text() for t in ax.findobj(lambda a: hasattr(a, "get_text"))
             if t.get_visible() and t.get_text()]
    return sorted(found)


@pytest.mark.parametrize("chart", list(SEQUENCES))
def test_redrawn_chart_equals_a_fresh_drawing(chart: str) -> None:
    painter, datasets = SEQUENCES[chart]
    reused = _canvas()
    ax = reused.figure.add_subplot()
    for args in datasets:
        painter(ax, *args)
        fresh = _canvas()
        painter(fresh.figure.add_subplot(), *args)
        assert _texts(ax) == _texts(fresh.figure.axes[0]), args
        assert np.array_equal(_pixels(reused), _pixels(fresh)), args
        assert len(reused.figure.axes) == 1
