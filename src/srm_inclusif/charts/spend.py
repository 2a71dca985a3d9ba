"""Spend charts: cumulative inclusive spend against target, by family, by kind, share by month.

A structure inclusive's spend lines are her sales: the panel passes the texts of the cumulative
chart (``SALES``) and draws her sales by client instead of the family and kind charts.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, NamedTuple

from srm_inclusif.charts import style
from srm_inclusif.charts.artists import Frame, bars, category_limits, frame, notes, pool
from srm_inclusif.core.dashboard import DashboardFigures, SpendElsewhere, pace_needed
from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP
from srm_inclusif.core.kinds import Family, Kind
from srm_inclusif.core.money import format_eur, to_cents
from srm_inclusif.core.vocabulary import SpendBasis

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.lines import Line2D

CUMULATIVE_TITLE = QT_TRANSLATE_NOOP("Charts", "Achats inclusifs cumulés")
FAMILY_TITLE = QT_TRANSLATE_NOOP("Charts", "Achats par famille")
KIND_TITLE = QT_TRANSLATE_NOOP("Charts", "Achats inclusifs par type de structure")
SHARE_TITLE = QT_TRANSLATE_NOOP("Charts", "Part des achats inclusifs par mois")
#: What an empty spend chart asks the user to do: its figures come from imported files.
IMPORT_HINT = QT_TRANSLATE_NOOP(
    "Charts", "Importez vos fournisseurs et vos dépenses depuis la page Imports / exports.")
NO_INCLUSIVE_SPEND = QT_TRANSLATE_NOOP("Charts", "Aucun achat inclusif sur la période")
#: An empty chart of a basis while another basis has spend in the period.
NO_SPEND_ON_BASIS = QT_TRANSLATE_NOOP("Charts", "Aucun achat en base {basis} sur cette période")
SWITCH_BASIS = QT_TRANSLATE_NOOP("Charts", "{amount} en base {other} : changez de base.")
#: Where the target is when none is on the basis shown (no line drawn against this spend).
TARGET_ON_OTHER_BASIS = QT_TRANSLATE_NOOP("Charts", "Objectif fixé en base {basis}.")
#: Why a share is missing: credit notes brought the spend to zero or below.
NO_SHARE = QT_TRANSLATE_NOOP("Charts", "Part non calculable")
NO_SHARE_REASON = QT_TRANSLATE_NOOP(
    "Charts", "Les achats de la période, avoirs déduits, sont nuls ou négatifs.")
NO_SHARE_MONTHS = QT_TRANSLATE_NOOP(
    "Charts", "— : part non calculable, achats du mois nuls ou négatifs (avoirs)")
SALES_TITLE = QT_TRANSLATE_NOOP("Charts", "Ventes cumulées")
SALES_BY_CLIENT_TITLE = QT_TRANSLATE_NOOP("Charts", "Ventes par client")
#: The title when she has more clients than the chart shows (``TOP_CLIENTS``).
SALES_TOP_CLIENTS_TITLE = QT_TRANSLATE_NOOP("Charts", "Ventes aux 10 premiers clients")
NO_SALES = QT_TRANSLATE_NOOP("Charts", "Aucune vente sur la période")
#: What an empty sales chart asks a structure inclusive to do.
SALES_HINT = QT_TRANSLATE_NOOP(
    "Charts", "Saisissez vos ventes (fiche client › Ventes…) ou importez-les depuis la page "
    "Imports / exports.")
#: Clients the sales chart shows, largest first: more would not fit a laptop's chart.
TOP_CLIENTS = 10


class CumulativeTexts(NamedTuple):
    """The title of the cumulative chart, what it says when empty and what to do then."""

    title: str
    nothing: str
    hint: str


#: A buyer's inclusive purchases.
INCLUSIVE_PURCHASES = CumulativeTexts(CUMULATIVE_TITLE, NO_INCLUSIVE_SPEND, IMPORT_HINT)
#: A structure inclusive's sales to her clients.
SALES = CumulativeTexts(SALES_TITLE, NO_SALES, SALES_HINT)


def empty_hint(figures: DashboardFigures, texts: CumulativeTexts = INCLUSIVE_PURCHASES, *,
               can_import: bool = True) -> str:
    """What an empty spend chart advises: importing only when the period has no spend at all.

    A period with purchases but none inclusive needs no import (the heading gives its total), and
    a read-only workspace can import nothing: then the chart only says what is missing ('').
    """
    if not can_import or figures.has_lines or figures.other_bases:
        return ""
    return texts.hint


#: Days of an average month (365.25 / 12, to one decimal), for a pace per month.
DAYS_A_MONTH = Decimal("30.4")


def _euros(cents: int) -> float:
    return cents / 100


def draw_cumulative(ax: Axes, figures: DashboardFigures,
                    texts: CumulativeTexts = INCLUSIVE_PURCHASES, can_import: bool = True
                    ) -> None:
    """Cumulative spend, the straight target line over the period and the pace needed.

    ``texts``: what the chart is called and says when empty (a buyer's or a seller's);
    ``can_import``: False in a read-only workspace (never advised to import).
    """
    period = figures.period
    points = list(figures.cumulative)
    if figures.spend_elsewhere:  # nothing on this basis: no target to draw against nothing
        _empty_on_this_basis(ax, texts.title, figures.spend_elsewhere)
        return
    if not points and figures.target_cents is None:
        style.empty(ax, texts.title, texts.nothing,
                    TARGET_ON_OTHER_BASIS if figures.target_basis
                    else empty_hint(figures, texts, can_import=can_import),
                    basis=_label(figures.target_basis))
        return
    chart = frame(ax, f"cumulative {texts.title}")  # set up again when its title changes
    if chart.fresh:
        style.decorate(ax, texts.title, ylabel=QT_TRANSLATE_NOOP("Charts", "€ HT"))
        style.use_formatter(ax, "y", style.euros_axis, integer=True)
        ax.xaxis.update_units([period.start])  # type: ignore[no-untyped-call]  # date axis
        chart.parts["actual"] = ax.plot(
            [],
            [],
            drawstyle="steps-post",
            color=style.GREEN,
            linewidth=2,
            label=style.tr(QT_TRANSLATE_NOOP("Charts", "Réalisé")),
            gid="actual",
        )[0]
    days = [period.start] + [d for d, _ in points]
    values = [0.0] + [_euros(c) for _, c in points]
    until = min(figures.today, period.end)  # flat since the last purchase, up to today
    if until > days[-1]:
        days.append(until)
        values.append(values[-1])
    chart.parts["actual"].set_data(days, values)
    target = _draw_target(ax, chart, figures, values[-1])
    ax.set_ylim(*_padded(min(*values, 0.0), max(*values, target, 0.0)))
    ax.set_xlim(period.start, period.end)  # type: ignore[arg-type]
    _month_ticks(ax, period.start, period.end)
    style.legend_below(ax)  # under the axes: never over the lines
    style.fit_margins(ax)


def _empty_on_this_basis(ax: Axes, title: str, elsewhere: SpendElsewhere) -> None:
    """Say that the spend is on another basis (the largest), and to switch to it."""
    style.empty(ax, title, NO_SPEND_ON_BASIS, SWITCH_BASIS, basis=_label(elsewhere.basis),
                other=_label(elsewhere.other), amount=format_eur(elsewhere.cents))


def _draw_target(ax: Axes, chart: Frame, figures: DashboardFigures, done: float) -> float:
    """The target and pace lines (when they apply); returns the target in euros (0 if none)."""
    period = figures.period
    has_target = figures.target_cents is not None
    target = _euros(figures.target_cents or 0)
    target_line = _line(
        ax, chart, "target", has_target, color=style.BLUE, linestyle="--", linewidth=1.2
    )
    pace = pace_needed(figures) if has_target else None
    pace_line = _line(
        ax, chart, "pace", pace is not None, color=style.VERMILLION, linestyle=":", linewidth=1.8
    )
    if target_line:
        target_line[0].set_data(
            [period.start, period.end],  # type: ignore[arg-type]
            [0, target],
        )
        target_line[0].set_label(
            style.tr(QT_TRANSLATE_NOOP("Charts", "Objectif ({amount})")).format(
                amount=format_eur(figures.target_cents)))
    _target_elsewhere(ax, chart, figures.target_basis)
    if pace is not None and pace_line:
        remaining, days_left = pace
        per_month = to_cents(Decimal(remaining) / 100 / days_left * DAYS_A_MONTH)
        pace_line[0].set_data([figures.today, period.end], [done, target])  # type: ignore[arg-type]
        pace_line[0].set_label(
            style.tr(QT_TRANSLATE_NOOP("Charts", "Rythme nécessaire ({amount} / mois)")).format(
                amount=format_eur(per_month)))
    return target


def _target_elsewhere(ax: Axes, chart: Frame, basis: str | None) -> None:
    """A line of the legend, without a line, saying the basis the target is set on."""
    note = _line(ax, chart, "target-elsewhere", basis is not None, linestyle="none")
    if note:
        note[0].set_label(style.tr(TARGET_ON_OTHER_BASIS).format(basis=_label(basis)))


def _label(basis: str | None) -> str:
    """The basis as the UI names it ('' for none)."""
    return SpendBasis(basis).label if basis else ""


def _padded(low: float, high: float) -> tuple[float, float]:
    """Limits holding ``low`` and ``high`` with the 5 % margins of autoscaling (1 € when flat)."""
    span = high - low or 1.0
    return low - 0.05 * span, high + 0.05 * span


def _line(ax: Axes, chart: Frame, gid: str, shown: bool, **props: object) -> list[Line2D]:
    """A line of the chart that exists only when it applies (none, or one reused)."""
    return pool(ax, chart, gid, 1 if shown else 0, lambda: ax.plot([], [], gid=gid, **props)[0])  # type: ignore[arg-type]


def _month_ticks(ax: Axes, start: date, end: date) -> None:
    ticks: list[date] = []
    day = date(start.year, start.month, 1)
    while day <= end:
        if day >= start:
            ticks.append(day)
        day = (day.replace(day=28) + timedelta(days=4)).replace(day=1)
    step = 2 if len(ticks) > 6 else 1  # every other month on a full year, to stay readable
    ticks = ticks[::step]
    ax.set_xticks(ticks, [style.month_name(d.month) for d in ticks])  # type: ignore[arg-type]


def draw_by_family(ax: Axes, by_family: dict[str, int],
                   elsewhere: SpendElsewhere | None = None, hint: str = IMPORT_HINT) -> None:
    """Horizontal bars: spend per family (insertion, handicap, ESS, classic).

    ``elsewhere``: the spend of the period is on another basis only (the chart says to switch);
    ``hint``: what an empty chart advises (``empty_hint``).
    """
    if elsewhere:
        _empty_on_this_basis(ax, FAMILY_TITLE, elsewhere)
        return
    order = [f for f in Family if by_family.get(f.value)]
    if not order:
        style.empty(ax, FAMILY_TITLE, hint=hint)
        return
    _amount_bars(
        ax,
        FAMILY_TITLE,
        [f.label for f in order],
        [by_family[f.value] for f in order],
        [style.FAMILY_COLOURS[f.value] for f in order],
    )


def draw_by_kind(ax: Axes, by_kind: dict[str, int],
                 elsewhere: SpendElsewhere | None = None, hint: str = IMPORT_HINT) -> None:
    """Horizontal bars: inclusive spend per kind of structure, largest first.

    ``elsewhere``: the spend of the period is on another basis only (the chart says to switch);
    ``hint``: what an empty chart advises (``empty_hint``: nothing when there are purchases).
    """
    if elsewhere:
        _empty_on_this_basis(ax, KIND_TITLE, elsewhere)
        return
    kinds = sorted((Kind(k) for k, v in by_kind.items() if v), key=lambda k: -by_kind[k.value])
    if not kinds:
        style.empty(ax, KIND_TITLE, NO_INCLUSIVE_SPEND, hint)
        return
    _amount_bars(
        ax,
        KIND_TITLE,
        [k.value for k in kinds],
        [by_kind[k.value] for k in kinds],
        [style.FAMILY_COLOURS[k.family.value] for k in kinds],
    )


def draw_sales_by_client(ax: Axes, by_client: dict[str, int],
                         elsewhere: SpendElsewhere | None = None, hint: str = SALES_HINT
                         ) -> None:
    """Horizontal bars: a structure inclusive's sales to her ``TOP_CLIENTS`` largest clients.

    ``by_client``: the sales of each client, by name. ``elsewhere``: the sales of the period are
    on another basis only (the chart says to switch). ``hint``: what an empty chart advises.
    """
    if elsewhere:
        _empty_on_this_basis(ax, SALES_BY_CLIENT_TITLE, elsewhere)
        return
    named = sorted((name for name, cents in by_client.items() if cents),
                   key=lambda name: -by_client[name])
    if not named:
        style.empty(ax, SALES_BY_CLIENT_TITLE, NO_SALES, hint)
        return
    top = named[:TOP_CLIENTS]
    title = SALES_TOP_CLIENTS_TITLE if len(named) > TOP_CLIENTS else SALES_BY_CLIENT_TITLE
    _amount_bars(ax, title, top, [by_client[name] for name in top], [style.GREEN] * len(top))


def _amount_bars(
    ax: Axes, title: str, names: list[str], cents: list[int], colours: list[str]
) -> None:
    """Horizontal bars from zero, first at the top, each labelled with its amount (no value axis).

    A negative amount (credit notes beyond the purchases) goes left of zero, its label on its
    left, and a line marks zero.
    """
    chart = frame(ax, title)
    if chart.fresh:
        style.decorate(ax, title, xlabel=QT_TRANSLATE_NOOP("Charts", "montants en € HT"))
        style.hide_value_axis(ax)  # the amounts are written on the bars
    values = [_euros(c) for c in cents]
    bars(ax, chart, "bars", [(0.0, i - 0.4, v, 0.8) for i, v in enumerate(values)], colours)
    for role, side, points, ha in (("values", 1, 3, "left"), ("debits", -1, -3, "right")):
        notes(ax, chart, role,
              [(v, i, format_eur(c)) for i, (v, c) in enumerate(zip(values, cents, strict=True))
               if (c > 0) == (side > 0)],
              offset=(points, 0), ha=ha, va="center", fontsize=style.LABEL_SIZE - 1)
    low = min(0.0, *values)
    pool(ax, chart, "zero", 1 if low < 0 else 0,
         lambda: ax.axvline(0, color=style.GREY, linewidth=0.8, gid="zero"))
    ax.set_yticks(range(len(names)), names)
    bottom, top = category_limits(len(names))
    ax.set_ylim(top, bottom)  # first bar at the top
    high = max(0.0, *values)
    span = high - low
    # room for the amount past the longest bar on either side; the zero line kept in view
    ax.set_xlim(low - 0.25 * span if low < 0 else 0, high + 0.25 * span if high > 0
                else 0.02 * span)
    style.fit_margins(ax, names)


#: Fewest month slots the share chart spans: one month alone is a bar, not the whole width.
MIN_MONTH_SLOTS = 3


def _month_limits(months: int) -> tuple[float, float]:
    """Limits of ``months`` bars at 0, 1, …, centred in at least ``MIN_MONTH_SLOTS`` slots."""
    low, high = category_limits(max(months, MIN_MONTH_SLOTS))
    shift = (max(months, MIN_MONTH_SLOTS) - months) / 2
    return low - shift, high - shift


def draw_share_by_month(ax: Axes, share: dict[str, Decimal | None],
                        elsewhere: SpendElsewhere | None = None, hint: str = IMPORT_HINT
                        ) -> None:
    """Bars of the inclusive share of each month, in percent.

    A month whose spend, credit notes deducted, is nil or negative has no share: « — » stands
    where its bar would, and the axis says why. ``elsewhere``: the spend of the period is on
    another basis only (the chart says to switch). ``hint``: what an empty chart advises.
    """
    if elsewhere:
        _empty_on_this_basis(ax, SHARE_TITLE, elsewhere)
        return
    months = sorted(share)
    known = [m for m in months if share[m] is not None]
    if not known:
        style.empty(ax, SHARE_TITLE, *((NO_SHARE, NO_SHARE_REASON) if months
                                       else (style.NO_DATA, hint)))
        return
    chart = frame(ax, "share")
    if chart.fresh:
        style.decorate(ax, SHARE_TITLE, ylabel=QT_TRANSLATE_NOOP("Charts", "% des achats HT"))
        style.use_formatter(ax, "y", style.percent_axis)
    positions = dict(zip(months, style.month_positions(months), strict=True))  # gaps kept
    values = [float(share[m] or 0) for m in known]
    bars(
        ax,
        chart,
        "bars",
        [(positions[m] - 0.4, 0.0, 0.8, v) for m, v in zip(known, values, strict=True)],
        [style.SKY] * len(values),
        gid="share",
    )
    unknown = [m for m in months if share[m] is None]
    notes(ax, chart, "unknown", [(positions[m], 0.0, "—") for m in unknown],
          offset=(0, 2), ha="center", va="bottom", fontsize=style.LABEL_SIZE)
    ax.set_xlabel(style.tr(NO_SHARE_MONTHS) if unknown else "", fontsize=style.LABEL_SIZE - 1)
    step = 2 if len(months) > 8 else 1  # every other month when a year is shown, to stay legible
    ticks = [positions[m] for m in months]
    ax.set_xticks(ticks[::step], [style.month_label(m) for m in months][::step])
    ax.set_xlim(*_month_limits(ticks[-1] + 1))
    top = max(values)
    ax.set_ylim(0, 100.0 if top > 60 else max(top * 1.3, 5.0))
    style.fit_margins(ax)
