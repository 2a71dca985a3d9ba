"""Spend charts: cumulative inclusive spend against target, by family, by kind, share by month."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING

from srm_inclusif.charts import style
from srm_inclusif.core.dashboard import DashboardFigures, pace_needed
from srm_inclusif.core.kinds import Family, Kind

if TYPE_CHECKING:
    from matplotlib.axes import Axes

CUMULATIVE_TITLE = "Achats inclusifs cumulés"
FAMILY_TITLE = "Achats par famille"
KIND_TITLE = "Achats inclusifs par type de structure"
SHARE_TITLE = "Part des achats inclusifs par mois"


def _euros(cents: int) -> float:
    return cents / 100


def draw_cumulative(ax: Axes, figures: DashboardFigures) -> None:
    """Cumulative inclusive spend, the straight target line over the period and the pace needed."""
    period = figures.period
    points = list(figures.cumulative)
    if not points and figures.target_cents is None:
        style.empty(ax, CUMULATIVE_TITLE)
        return
    days = [period.start] + [d for d, _ in points]
    values = [0.0] + [_euros(c) for _, c in points]
    ax.step(days, values, where="post", color=style.GREEN, linewidth=2,
            label="Réalisé", gid="actual")
    if figures.target_cents is not None:
        _draw_target(ax, figures, values[-1])
    style.decorate(ax, CUMULATIVE_TITLE, ylabel="€ HT")
    style.use_formatter(ax, "y", style.euros_axis)
    ax.set_xlim(period.start, period.end)
    _month_ticks(ax, period.start, period.end)
    ax.legend(fontsize=style.LABEL_SIZE - 1, frameon=False, loc="upper left")
    style.fit_margins(ax)


def _draw_target(ax: Axes, figures: DashboardFigures, done: float) -> None:
    period = figures.period
    target = _euros(figures.target_cents or 0)
    ax.plot([period.start, period.end], [0, target], color=style.BLUE, linestyle="--",
            linewidth=1.2, label=f"Objectif ({style.euros(target)})", gid="target")
    pace = pace_needed(figures)
    if pace is None:
        return
    remaining, days_left = pace
    start = max(min(figures.today, period.end), period.start)
    per_month = _euros(remaining) / max(days_left, 1) * 30.4
    ax.plot([start, period.end], [done, target], color=style.VERMILLION, linestyle=":",
            linewidth=1.8, label=f"Rythme nécessaire ({style.euros(per_month)} / mois)",
            gid="pace")


def _month_ticks(ax: Axes, start: date, end: date) -> None:
    ticks: list[date] = []
    day = date(start.year, start.month, 1)
    while day <= end:
        if day >= start:
            ticks.append(day)
        day = (day.replace(day=28) + timedelta(days=4)).replace(day=1)
    step = 2 if len(ticks) > 6 else 1  # every other month on a full year, to stay readable
    ticks = ticks[::step]
    ax.set_xticks(ticks, [style.MONTHS[d.month - 1] for d in ticks])


def draw_by_family(ax: Axes, by_family: dict[str, int]) -> None:
    """Horizontal bars: spend per family (insertion, handicap, ESS, classic)."""
    order = [f for f in Family if by_family.get(f.value)]
    if not order:
        style.empty(ax, FAMILY_TITLE)
        return
    values = [_euros(by_family[f.value]) for f in order]
    bars = ax.barh([f.label for f in order], values,
                   color=[style.FAMILY_COLOURS[f.value] for f in order])
    ax.invert_yaxis()
    ax.bar_label(bars, labels=[style.euros(v) for v in values], padding=3,
                 fontsize=style.LABEL_SIZE - 1)
    style.decorate(ax, FAMILY_TITLE, xlabel="€ HT")
    ax.grid(False)
    style.use_formatter(ax, "x", style.euros_axis, ticks=4)
    ax.margins(x=0.25)
    style.fit_margins(ax, [f.label for f in order])


def draw_by_kind(ax: Axes, by_kind: dict[str, int]) -> None:
    """Horizontal bars: inclusive spend per kind of structure, largest first."""
    kinds = sorted((Kind(k) for k, v in by_kind.items() if v), key=lambda k: -by_kind[k.value])
    if not kinds:
        style.empty(ax, KIND_TITLE)
        return
    values = [_euros(by_kind[k.value]) for k in kinds]
    bars = ax.barh([k.value for k in kinds], values,
                   color=[style.FAMILY_COLOURS[k.family.value] for k in kinds])
    ax.invert_yaxis()
    ax.bar_label(bars, labels=[style.euros(v) for v in values], padding=3,
                 fontsize=style.LABEL_SIZE - 1)
    style.decorate(ax, KIND_TITLE, xlabel="€ HT")
    ax.grid(False)
    style.use_formatter(ax, "x", style.euros_axis, ticks=4)
    ax.margins(x=0.25)
    style.fit_margins(ax, [k.value for k in kinds])


def draw_share_by_month(ax: Axes, share: dict[str, Decimal | None]) -> None:
    """Bars of the inclusive share of each month, in percent."""
    months = [m for m, v in share.items() if v is not None]
    if not months:
        style.empty(ax, SHARE_TITLE)
        return
    values = [float(share[m] or 0) for m in months]
    positions = list(range(len(months)))
    ax.bar(positions, values, color=style.SKY, gid="share")
    step = 2 if len(months) > 8 else 1  # every other month when a year is shown, to stay legible
    ax.set_xticks(positions[::step], [style.month_label(m) for m in months][::step])
    style.decorate(ax, SHARE_TITLE, ylabel="% des achats HT")
    style.use_formatter(ax, "y", style.percent_axis)
    top = max(values)
    ax.set_ylim(0, 100.0 if top > 60 else max(top * 1.3, 5.0))
    style.fit_margins(ax)
