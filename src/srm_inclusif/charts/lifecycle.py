"""Lifecycle charts: quality trend, pipeline funnel, insertion hours, objective progress."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING

from srm_inclusif.charts import style
from srm_inclusif.charts.artists import bars, category_limits, frame, notes, set_hover
from srm_inclusif.core.dashboard import ContractTitle, HoursRow, OwnerProgress, hours_total
from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP
from srm_inclusif.core.kpi import InsertionHours
from srm_inclusif.core.numbers import as_percent, grouped
from srm_inclusif.core.vocabulary import Stage

if TYPE_CHECKING:
    from matplotlib.axes import Axes

QUALITY_TITLE = QT_TRANSLATE_NOOP("Charts", "Note de qualité des retours")
PIPELINE_TITLE = QT_TRANSLATE_NOOP("Charts", "Relations par étape")
HOURS_TITLE = QT_TRANSLATE_NOOP("Charts", "Heures d'insertion")
PROGRESS_TITLE = QT_TRANSLATE_NOOP("Charts", "Atteinte des objectifs")
MAX_HOURS_ROWS = 8
#: What to do when a chart is empty: where in the app its figures are entered.
QUALITY_HINT = QT_TRANSLATE_NOOP(
    "Charts", "Notez un contrat par « Retour d'expérience… » sur la page Relations.")
PIPELINE_HINT = QT_TRANSLATE_NOOP(
    "Charts", "Ouvrez-en une par « Nouvelle relation… » sur la page Relations.")
HOURS_HINT = QT_TRANSLATE_NOOP(
    "Charts", "Cochez la clause sociale d'un contrat et indiquez ses heures prévues.")
PROGRESS_HINT = QT_TRANSLATE_NOOP(
    "Charts", "Créez-en une par « Nouvelle fiche… » sur la page Objectifs.")


def draw_quality_trend(ax: Axes, by_month: dict[str, Decimal]) -> None:
    """Weighted mean feedback score per month, on a 1 to 5 scale."""
    if not by_month:
        style.empty(
            ax,
            QUALITY_TITLE,
            QT_TRANSLATE_NOOP("Charts", "Aucun retour d'expérience sur la période"),
            QUALITY_HINT,
        )
        return
    chart = frame(ax, "quality")
    if chart.fresh:
        style.decorate(ax, QUALITY_TITLE, ylabel=QT_TRANSLATE_NOOP("Charts", "note sur 5"))
        ax.set_ylim(1, 5.4)
        ax.set_yticks([1, 2, 3, 4, 5])
        chart.parts["line"] = ax.plot(
            [], [], color=style.PURPLE, marker="o", linewidth=2, gid="quality"
        )[0]
    months = sorted(by_month)
    values = [float(by_month[m]) for m in months]
    positions = style.month_positions(months)  # months without feedback leave their gap
    chart.parts["line"].set_data(positions, values)
    notes(
        ax,
        chart,
        "scores",
        [(x, y, grouped(y, 1)) for x, y in zip(positions, values, strict=True)],
        offset=(0, 6),
        ha="center",
        fontsize=style.LABEL_SIZE - 1,
    )
    ax.set_xticks(positions, [style.month_label(m) for m in months])
    ax.set_xlim(-0.4, positions[-1] + 0.4)
    style.fit_margins(ax, left_px=50)


def draw_pipeline(ax: Axes, counts: dict[str, int]) -> None:
    """Funnel: relationships at each stage, in lifecycle order (centred bars)."""
    stages = [s for s in Stage if s is not Stage.ARRETEE]
    values = [counts.get(s.value, 0) for s in stages]
    if not any(values) and not counts.get(Stage.ARRETEE.value):
        style.empty(ax, PIPELINE_TITLE, QT_TRANSLATE_NOOP("Charts", "Aucune relation"),
                    PIPELINE_HINT)
        return
    names = [s.label for s in stages]
    chart = frame(ax, "pipeline")
    if chart.fresh:
        style.decorate(ax, PIPELINE_TITLE)
        style.hide_value_axis(ax)  # the counts are written on the bars
        ax.set_yticks(range(len(names)), names)
        low, high = category_limits(len(names))
        ax.set_ylim(high, low)  # first stage at the top
        chart.parts["stopped"] = ax.text(
            1.0,
            -0.02,
            "",
            transform=ax.transAxes,
            ha="right",
            va="top",
            fontsize=style.LABEL_SIZE - 1,
            color=style.GREY,
        )
    widest = max(values) or 1
    lefts = [(widest - v) / 2 for v in values]
    bars(
        ax,
        chart,
        "bars",
        [(x, i - 0.4, v, 0.8) for i, (x, v) in enumerate(zip(lefts, values, strict=True))],
        [style.BLUE] * len(values),
        gid="pipeline",
    )
    notes(
        ax,
        chart,
        "counts",
        [(x + v / 2, i, grouped(v)) for i, (x, v) in enumerate(zip(lefts, values, strict=True))],
        ha="center",
        va="center",
        color="white",
        fontsize=style.LABEL_SIZE,
        fontweight="bold",
    )
    ax.set_xlim(0, widest)
    chart.parts["stopped"].set_text(
        style.tr(QT_TRANSLATE_NOOP("Charts", "Arrêtées : {count}")).format(
            count=grouped(counts.get(Stage.ARRETEE.value, 0))))
    style.fit_margins(ax, names)


def draw_insertion_hours(ax: Axes, rows: Sequence[HoursRow],
                         titles: Mapping[int, ContractTitle]) -> None:
    """Grouped bars per contract with a clause: hours planned and realised, with the rate.

    Each contract is named on two lines, its structure then its title, cut to the room left;
    by its structure alone when the rows are too low for two lines. Pointing at a contract
    shows its whole name and hours.
    """
    total = hours_total(rows)  # every contract of the period, drawn or grouped
    rows, others = _top_hours(rows)
    if not rows:
        style.empty(
            ax, HOURS_TITLE, QT_TRANSLATE_NOOP("Charts", "Aucune clause sociale sur la période"),
            HOURS_HINT,
        )
        return
    chart = frame(ax, "hours")
    if chart.fresh:
        style.decorate(ax, HOURS_TITLE)
        style.use_formatter(ax, "x", style.number_axis, ticks=4)
        ax.grid(True, axis="x", color="#dddddd", linewidth=0.6)
        ax.grid(False, axis="y")
    names = [_contract_label(titles.get(r.contract_id), r.contract_id) for r in rows]
    if others:
        rows.append(_grouped_row(others))
        names.append(_others_label(len(others)))
    planned = [float(r.planned) for r in rows]
    realised = [float(r.realised) for r in rows]
    bars(
        ax,
        chart,
        "planned",
        [(0.0, i - 0.4, v, 0.4) for i, v in enumerate(planned)],
        [style.SKY] * len(rows),
        gid="planned",
        label=style.tr(QT_TRANSLATE_NOOP("Charts", "Prévues")),
    )
    bars(
        ax,
        chart,
        "realised",
        [(0.0, i, v, 0.4) for i, v in enumerate(realised)],
        [style.GREEN] * len(rows),
        gid="realised",
        label=style.tr(QT_TRANSLATE_NOOP("Charts", "Réalisées")),
    )
    ax.set_yticks(range(len(rows)), names)
    low, high = category_limits(len(rows))
    ax.set_ylim(high, low)  # largest contract at the top
    ax.set_xlim(0, 1.05 * max(planned + realised) or 1.0)
    ax.set_xlabel(_hours_caption(total), fontsize=style.LABEL_SIZE)
    style.legend_below(ax)  # under the caption: never over the bars
    set_hover(chart, [_hover(name, row) for name, row in zip(names, rows, strict=True)])
    style.fit_margins(ax, names)


def _top_hours(rows: Sequence[HoursRow]) -> tuple[list[HoursRow], list[HoursRow]]:
    """The contracts drawn one by one (most planned hours first) and those grouped on one row."""
    ranked = sorted(rows, key=lambda r: -r.planned)
    if len(ranked) <= MAX_HOURS_ROWS:
        return ranked, []
    return ranked[:MAX_HOURS_ROWS - 1], ranked[MAX_HOURS_ROWS - 1:]


def _grouped_row(rows: Sequence[HoursRow]) -> HoursRow:
    """One row for the contracts not drawn apart: their hours added up."""
    total = hours_total(rows)
    return HoursRow(0, total.planned, total.realised)


def _others_label(count: int) -> str:
    """« + 2 autres contrats »: the row that groups the smaller contracts (two at least)."""
    return style.tr(QT_TRANSLATE_NOOP("Charts", "+ {count} autres contrats")).format(
        count=grouped(count))


def _hours_caption(total: InsertionHours) -> str:
    """Hours realised of planned over every contract, with the rate ``stats`` gives."""
    # Short: the caption sits under a narrow chart whose left part holds the contract names.
    if total.rate is None:
        return style.tr(QT_TRANSLATE_NOOP("Charts", "heures"))
    return style.tr(QT_TRANSLATE_NOOP(
        "Charts", "{realised} h réalisées sur {planned} ({rate})")).format(
        realised=grouped(total.realised), planned=grouped(total.planned),
        rate=as_percent(grouped(total.rate)))


def _hover(name: str, row: HoursRow) -> str:
    """A contract's whole name over its hours: what its label may leave out."""
    hours = style.tr(QT_TRANSLATE_NOOP("Charts", "{planned} h prévues, {realised} h réalisées"))
    return f"{name}\n" + hours.format(planned=grouped(row.planned),
                                      realised=grouped(row.realised))


def _contract_label(title: ContractTitle | None, contract_id: int) -> str:
    """« Structure » over « title »: two contracts with one structure differ by the second line."""
    if title is None:
        return style.tr(QT_TRANSLATE_NOOP("Charts", "Contrat n° {number}")).format(
            number=contract_id)
    return f"{title.structure}\n{title.title}" if title.title else title.structure


def draw_objective_progress(ax: Axes, progress: Sequence[OwnerProgress]) -> None:
    """Horizontal bars: weighted achievement of each person's objectives, with the 100 % line."""
    rows = [p for p in progress if p.percent is not None]
    if not rows:
        style.empty(
            ax,
            PROGRESS_TITLE,
            QT_TRANSLATE_NOOP("Charts", "Aucune fiche objectifs pour l'année"),
            PROGRESS_HINT,
        )
        return
    chart = frame(ax, "progress")
    if chart.fresh:
        style.decorate(
            ax, PROGRESS_TITLE, xlabel=QT_TRANSLATE_NOOP("Charts", "atteinte pondérée (%)")
        )
        ax.grid(False)
        style.use_formatter(ax, "x", style.percent_axis)
        ax.axvline(100, color=style.BLACK, linewidth=1, linestyle="--", gid="target-line")
    values = [float(p.percent or 0) for p in rows]
    colours = [
        style.GREEN if v >= 100 else style.ORANGE if v >= 60 else style.VERMILLION for v in values
    ]
    bars(
        ax,
        chart,
        "bars",
        [(0.0, i - 0.4, v, 0.8) for i, v in enumerate(values)],
        colours,
        gid="progress",
    )
    notes(
        ax,
        chart,
        "values",
        [(v, i, as_percent(grouped(v))) for i, v in enumerate(values)],
        offset=(3, 0),
        ha="left",
        va="center",
        fontsize=style.LABEL_SIZE - 1,
    )
    names = [p.owner for p in rows]
    ax.set_yticks(range(len(rows)), names)
    low, high = category_limits(len(rows))
    ax.set_ylim(high, low)  # first person at the top
    ax.set_xlim(0, max(140.0, max(values) * 1.15))
    style.fit_margins(ax, names)
