"""Lifecycle charts: quality trend, pipeline funnel, insertion hours, objective progress."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING

from srm_inclusif.charts import style
from srm_inclusif.core.dashboard import HoursRow, OwnerProgress
from srm_inclusif.core.vocabulary import Stage

if TYPE_CHECKING:
    from matplotlib.axes import Axes

QUALITY_TITLE = "Note de qualité des retours"
PIPELINE_TITLE = "Relations par étape"
HOURS_TITLE = "Heures d'insertion"
PROGRESS_TITLE = "Atteinte des objectifs par personne"
MAX_HOURS_ROWS = 8


def draw_quality_trend(ax: Axes, by_month: dict[str, Decimal]) -> None:
    """Weighted mean feedback score per month, on a 1 to 5 scale."""
    if not by_month:
        style.empty(ax, QUALITY_TITLE, "Aucun retour d'expérience sur la période")
        return
    months = list(by_month)
    values = [float(by_month[m]) for m in months]
    ax.plot([style.month_label(m) for m in months], values, color=style.PURPLE, marker="o",
            linewidth=2, gid="quality")
    for x, y in enumerate(values):
        ax.annotate(style.group_thousands(y, 1), (x, y), textcoords="offset points",
                    xytext=(0, 6), ha="center", fontsize=style.LABEL_SIZE - 1)
    style.decorate(ax, QUALITY_TITLE, ylabel="note sur 5")
    ax.set_ylim(1, 5.4)
    ax.set_yticks([1, 2, 3, 4, 5])
    style.fit_margins(ax, left_px=50)


def draw_pipeline(ax: Axes, counts: dict[str, int]) -> None:
    """Funnel: relationships at each stage, in lifecycle order (centred bars)."""
    stages = [s for s in Stage if s is not Stage.ARRETEE]
    values = [counts.get(s.value, 0) for s in stages]
    if not any(values) and not counts.get(Stage.ARRETEE.value):
        style.empty(ax, PIPELINE_TITLE, "Aucune relation")
        return
    widest = max(values) or 1
    lefts = [(widest - v) / 2 for v in values]
    bars = ax.barh([s.label for s in stages], values, left=lefts, color=style.BLUE,
                   gid="pipeline")
    ax.bar_label(bars, labels=[str(v) for v in values], label_type="center", color="white",
                 fontsize=style.LABEL_SIZE, fontweight="bold")
    ax.invert_yaxis()
    stopped = counts.get(Stage.ARRETEE.value, 0)
    style.decorate(ax, PIPELINE_TITLE)
    ax.grid(False)
    ax.set_xticks([])
    ax.spines["bottom"].set_visible(False)
    ax.text(1.0, -0.02, f"Arrêtées : {stopped}", transform=ax.transAxes, ha="right",
            va="top", fontsize=style.LABEL_SIZE - 1, color=style.GREY)
    style.fit_margins(ax, [s.label for s in stages])


def draw_insertion_hours(ax: Axes, rows: Sequence[HoursRow], titles: dict[int, str]) -> None:
    """Grouped bars per contract with a clause: hours planned and realised, with the rate."""
    rows = sorted(rows, key=lambda r: -r.planned)[:MAX_HOURS_ROWS]
    if not rows:
        style.empty(ax, HOURS_TITLE, "Aucune clause sociale sur la période")
        return
    positions = list(range(len(rows)))
    names = [_short(titles.get(r.contract_id, f"Contrat {r.contract_id}")) for r in rows]
    planned = [float(r.planned) for r in rows]
    realised = [float(r.realised) for r in rows]
    ax.barh([p - 0.2 for p in positions], planned, height=0.4, color=style.SKY,
            label="Prévues", gid="planned")
    ax.barh([p + 0.2 for p in positions], realised, height=0.4, color=style.GREEN,
            label="Réalisées", gid="realised")
    ax.set_yticks(positions, names)
    ax.invert_yaxis()
    total_p, total_r = sum(planned), sum(realised)
    rate = f"réalisées : {style.group_thousands(100 * total_r / total_p)} %" if total_p else ""
    style.decorate(ax, HOURS_TITLE, xlabel=f"heures prévues et réalisées ({rate})" if rate
                   else "heures prévues et réalisées")
    style.use_formatter(ax, "x", style.number_axis, ticks=4)
    ax.grid(True, axis="x", color="#dddddd", linewidth=0.6)
    ax.grid(False, axis="y")
    ax.legend(fontsize=style.LABEL_SIZE - 1, frameon=False, loc="lower right")
    style.fit_margins(ax, names)


def _short(text: str, width: int = 24) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def draw_objective_progress(ax: Axes, progress: Sequence[OwnerProgress]) -> None:
    """Horizontal bars: weighted achievement of each person's objectives, with the 100 % line."""
    rows = [p for p in progress if p.percent is not None]
    if not rows:
        style.empty(ax, PROGRESS_TITLE, "Aucune fiche d'objectifs pour l'année")
        return
    values = [float(p.percent or 0) for p in rows]
    colours = [style.GREEN if v >= 100 else style.ORANGE if v >= 60 else style.VERMILLION
               for v in values]
    bars = ax.barh([p.owner for p in rows], values, color=colours, gid="progress")
    ax.bar_label(bars, labels=[f"{style.group_thousands(v)} %" for v in values], padding=3,
                 fontsize=style.LABEL_SIZE - 1)
    ax.axvline(100, color=style.BLACK, linewidth=1, linestyle="--", gid="target-line")
    ax.invert_yaxis()
    style.decorate(ax, PROGRESS_TITLE, xlabel="atteinte pondérée (%)")
    ax.grid(False)
    style.use_formatter(ax, "x", style.percent_axis)
    ax.set_xlim(0, max(140.0, max(values) * 1.15))
    style.fit_margins(ax, [p.owner for p in rows])
