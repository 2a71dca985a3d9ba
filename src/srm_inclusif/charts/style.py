"""Shared chart style: Okabe-Ito palette, number formats of the UI language, titles and axes."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from functools import lru_cache
from typing import TYPE_CHECKING, Any
from weakref import WeakKeyDictionary

from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP, translate
from srm_inclusif.core.money import format_eur, to_cents
from srm_inclusif.core.numbers import as_percent, grouped, in_euros

if TYPE_CHECKING:
    from matplotlib.axes import Axes

#: Settings in force while a chart is rendered: unhinted glyphs render about a third faster
#: and, at screen resolution, look the same (text is a good half of a chart's drawing time).
RC: dict[Any, Any] = {"text.hinting": "no_hinting"}

#: Okabe-Ito colour-blind-safe palette.
ORANGE = "#E69F00"
SKY = "#56B4E9"
GREEN = "#009E73"
YELLOW = "#F0E442"
BLUE = "#0072B2"
VERMILLION = "#D55E00"
PURPLE = "#CC79A7"
BLACK = "#000000"
GREY = "#999999"
PALETTE = (BLUE, ORANGE, GREEN, VERMILLION, SKY, PURPLE, YELLOW, BLACK)

FAMILY_COLOURS = {"insertion": GREEN, "handicap": BLUE, "ess": ORANGE, "classic": GREY}

MONTHS = (
    QT_TRANSLATE_NOOP("Charts", "janv."),
    QT_TRANSLATE_NOOP("Charts", "févr."),
    QT_TRANSLATE_NOOP("Charts", "mars"),
    QT_TRANSLATE_NOOP("Charts", "avr."),
    QT_TRANSLATE_NOOP("Charts", "mai"),
    QT_TRANSLATE_NOOP("Charts", "juin"),
    QT_TRANSLATE_NOOP("Charts", "juil."),
    QT_TRANSLATE_NOOP("Charts", "août"),
    QT_TRANSLATE_NOOP("Charts", "sept."),
    QT_TRANSLATE_NOOP("Charts", "oct."),
    QT_TRANSLATE_NOOP("Charts", "nov."),
    QT_TRANSLATE_NOOP("Charts", "déc."),
)

TITLE_SIZE = 11
#: Start of the frame key of an empty chart (``empty``).
EMPTY_PREFIX = "empty:"
LABEL_SIZE = 9
#: Smallest text a chart shows, in points (tick labels, bar values, legend): smaller reads
#: as a smudge on a 1280 × 720 laptop.
MIN_SIZE = LABEL_SIZE - 1
#: Distance between the baselines of the lines of one label, in font sizes: apart, not touching.
LINE_SPACING = 1.3
#: Least room between two labels of several lines, in pixels.
LABEL_GAP_PX = 4


def euros(value: float | Decimal) -> str:
    """An amount in euros: ``12 345 €`` (``€12,345`` in English), rounded as every amount is.

    Half up, by ``format_eur``: a float's own formatting rounds half to even, and bars read
    « 112 000 € » beside a summary's « 112 001 € ».
    """
    return format_eur(to_cents(Decimal(str(value))))


def euros_axis(value: float, _position: object = None) -> str:
    """Tick label for an axis in euros; large values in k€ or M€ to stay readable."""
    if abs(value) >= 1_000_000:
        return in_euros(grouped(value / 1_000_000, 1), "M")
    if abs(value) >= 10_000:  # 12 500 is « 12,5 k€ », not a second « 12 k€ »
        return in_euros(grouped(value / 1_000, 0 if value % 1_000 == 0 else 1), "k")
    return euros(value)


def percent_axis(value: float, _position: object = None) -> str:
    """Tick label for an axis in percent: ``45 %``."""
    return as_percent(grouped(value))


def number_axis(value: float, _position: object = None) -> str:
    """Tick label for a count or hours axis."""
    return grouped(value)


def month_label(key: str) -> str:
    """``2026-03`` → ``mars``."""
    return month_name(int(key[5:7]))


def month_positions(months: Sequence[str]) -> list[int]:
    """Months (``2026-02``) counted from the first: February, April, October → 0, 2, 8."""

    def index(key: str) -> int:
        return int(key[:4]) * 12 + int(key[5:7])

    first = index(months[0])
    return [index(m) - first for m in months]


def decorate(ax: Axes, title: str, *, ylabel: str = "", xlabel: str = "") -> None:
    """Title, axis labels, light grid and no top/right frame."""
    # An explicit ``y`` fixes the title's place: otherwise matplotlib measures every artist of
    # the Axes on each drawing to lift the title above top ticks, which these charts never have.
    _set_title(ax, tr(title))
    ax.set_ylabel(tr(ylabel) if ylabel else "", fontsize=LABEL_SIZE)
    ax.set_xlabel(tr(xlabel) if xlabel else "", fontsize=LABEL_SIZE)
    ax.tick_params(labelsize=LABEL_SIZE - 1)
    ax.grid(True, axis="y", color="#dddddd", linewidth=0.6)
    ax.set_axisbelow(True)
    for side, shown in (("top", False), ("right", False), ("left", True), ("bottom", True)):
        ax.spines[side].set_visible(shown)  # every side: Axes.clear() keeps a hidden spine hidden


def _set_title(ax: Axes, title: str, x: float = 0.0, shown: str | None = None) -> None:
    """The bold title above the plot, starting ``x`` (in axes widths) from its left edge."""
    _TITLES[ax] = title  # whole, ``shown`` cut on a narrow chart
    ax.set_title(shown or title, fontsize=TITLE_SIZE, loc="left", fontweight="bold", y=1.0,
                 x=x)


def _keep_title_inside(ax: Axes, width: float, left: float) -> None:
    """Start the title left of the plot when, from its left edge, it would run off the figure.

    On a narrow dashboard (1024 px screen) « Part des achats inclusifs par mois » lost its end.
    """
    title = _TITLES.get(ax, ax.get_title(loc="left"))
    if not title:
        return
    room = (width - 2 * TITLE_PAD_PX) / BOLD_RATIO  # narrower still, its end becomes « … »
    shown = fitted(title, room, dpi=ax.figure.dpi, size=TITLE_SIZE)
    needed = text_px(shown, dpi=ax.figure.dpi, size=TITLE_SIZE) * BOLD_RATIO
    start = min(left * width, max(width - TITLE_PAD_PX - needed, TITLE_PAD_PX))
    _set_title(ax, title, (start - left * width) / max(width * (1 - left) - 16, 1), shown)


def hide_value_axis(ax: Axes) -> None:
    """No x ticks, grid nor bottom spine: horizontal bars that carry their own value labels."""
    ax.set_xticks([])
    ax.spines["bottom"].set_visible(False)
    ax.grid(False)


def month_name(month: int) -> str:
    """Short month name (1 → ``janv.``) in the UI language."""
    return tr(MONTHS[month - 1])


def tr(text: str) -> str:
    """A chart text (marked with ``QT_TRANSLATE_NOOP("Charts", ...)``) in the UI language."""
    return translate("Charts", text)


#: What an empty chart says by default.
NO_DATA = QT_TRANSLATE_NOOP("Charts", "Aucune donnée sur la période")


def empty(ax: Axes, title: str, message: str = NO_DATA, hint: str = "",
          **fields: str) -> None:
    """Draw a titled chart without axes that says why it is empty and what to do about it.

    ``fields`` fill the ``{placeholders}`` of the translated sentences.
    """
    from srm_inclusif.charts.artists import frame

    chart = frame(ax, f"{EMPTY_PREFIX}{title}")
    if chart.fresh:
        decorate(ax, title)
        ax.set_xticks([])
        ax.set_yticks([])
        ax.grid(False)
        for spine in ax.spines.values():
            spine.set_visible(False)  # empty axes read as a chart of zeros
        chart.parts["message"] = ax.text(
            0.5, 0.53, "", ha="center", va="bottom", transform=ax.transAxes,
            fontsize=LABEL_SIZE + 1, color="#555555", gid="empty-message",
        )
        chart.parts["hint"] = ax.text(
            0.5, 0.47, "", ha="center", va="top", transform=ax.transAxes,
            fontsize=LABEL_SIZE, color=GREY, gid="empty-hint",
        )
    chart.parts["sentences"] = (tr(message).format(**fields),
                                tr(hint).format(**fields) if hint else "")
    fit_margins(ax)  # lays the sentences out on the lines the width allows


def _wrap_empty(ax: Axes, room: float) -> None:
    """The sentences of an empty chart broken into lines of at most ``room`` pixels."""
    from srm_inclusif.charts.artists import frame_of

    chart = frame_of(ax)
    if chart is None or "sentences" not in chart.parts:
        return
    for part, sentence in zip(("message", "hint"), chart.parts["sentences"], strict=True):
        text = chart.parts[part]
        text.set_text(wrapped(sentence, room, dpi=ax.figure.dpi, size=text.get_fontsize()))


def wrapped(text: str, room: float, *, dpi: float, size: float) -> str:
    """``text`` broken between words into lines of at most ``room`` pixels (a longer word alone)."""
    lines: list[str] = []
    for word in filter(None, text.split(" ")):  # a no-break space holds « 1 000 € » together
        joined = f"{lines[-1]} {word}" if lines else word
        if lines and text_px(joined, dpi=dpi, size=size) <= room:
            lines[-1] = joined
        else:
            lines.append(word)
    return "\n".join(lines)


def is_empty(ax: Axes) -> bool:
    """True when ``ax`` shows the message of an empty chart (``empty``), not figures."""
    from srm_inclusif.charts.artists import frame_of

    chart = frame_of(ax)
    return chart is not None and chart.key.startswith(EMPTY_PREFIX)


#: Steps between ticks: round numbers only, so that 100 % and 1 000 fall on a tick (0, 25, 50…
#: rather than 0, 30, 60, 90, 120 on an objective axis with its 100 % line).
TICK_STEPS = (1, 2, 2.5, 5, 10)


def use_formatter(
    ax: Axes, axis: str, formatter: Callable[[float, Any], str], *, ticks: int = 5,
    integer: bool = False,
) -> None:
    """Attach a tick formatter function to the x or y axis, with at most ``ticks`` ticks.

    ``integer`` keeps the ticks on whole numbers: whole euros, so that a small range does not
    read « 0 € 0 € 1 € 1 € » (0,2 € steps written to the euro).
    """
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    target = ax.yaxis if axis == "y" else ax.xaxis
    target.set_major_formatter(FuncFormatter(formatter))
    target.set_major_locator(
        MaxNLocator(ticks, min_n_ticks=2, steps=list(TICK_STEPS), integer=integer))


ELLIPSIS = "…"
#: Room kept between the y tick labels and the figure's left edge, in pixels.
LABEL_PAD_PX = 18
#: Most of the figure's width the y tick labels may take: the bars need the rest.
MAX_LABEL_SHARE = 0.45
#: Bold text is this much wider than ``text_px`` measures it; room kept beside a title (px).
BOLD_RATIO = 1.12
TITLE_PAD_PX = 8


@lru_cache(maxsize=4096)
def _glyph_points(char: str, size: float) -> float:
    """Advance of one character in the charts' font, in points (unhinted, as rendered)."""
    from matplotlib.font_manager import FontProperties
    from matplotlib.textpath import text_to_path

    width: float = text_to_path.get_text_width_height_descent(
        char, FontProperties(size=size), ismath=False)[0]
    return width


def text_px(text: str, *, dpi: float, size: float = LABEL_SIZE - 1) -> float:
    """Width in pixels of the longest line of ``text`` in the charts' font."""
    return max(sum(_glyph_points(c, size) for c in line) for line in text.split("\n")) \
        * dpi / 72


def fitted(text: str, room: float, *, dpi: float, size: float = LABEL_SIZE - 1,
           middle: bool = False) -> str:
    """``text`` with each line cut to ``room`` pixels: its end (or its ``middle``) becomes « … »."""
    return "\n".join(_fitted_line(line, room, dpi, size, middle) for line in text.split("\n"))


def _fitted_line(line: str, room: float, dpi: float, size: float, middle: bool) -> str:
    def width(text: str) -> float:
        return text_px(text, dpi=dpi, size=size)

    if width(line) <= room + 0.5:  # + 0.5: the widest label, once the margins are rounded
        return line
    head, tail = line, ""
    if middle:
        head, tail = line[: len(line) // 2], line[len(line) // 2:]
    while head and width(head + ELLIPSIS + tail) > room:
        if middle and len(tail) > len(head):
            tail = tail[1:]
        else:
            head = head[:-1]
    return head.rstrip(" —-,") + ELLIPSIS + tail.lstrip()


#: Gid of a legend laid out under the axes by ``legend_below``.
LEGEND_BELOW = "legend-below"
LEGEND_ROW_PX = 15  # one row of legend text at LABEL_SIZE - 1, with its spacing
LEGEND_KEY_PX = 48  # a legend entry's line sample, the gap after it and before the next column


def legend_below(ax: Axes) -> None:
    """A legend under the x axis, where it covers no data, on as few rows as the width allows.

    ``fit_margins`` leaves it room under the tick labels and lays it out again on a resize.
    """
    ax.legend(frameon=False, fontsize=LABEL_SIZE - 1).set_gid(LEGEND_BELOW)


def fit_margins(ax: Axes, left_labels: list[str] | None = None, *, left_px: float = 78) -> None:
    """Fixed margins (much faster than a layout engine), leaving room for the y labels.

    ``left_labels`` are the y tick labels in full: they are measured in the charts' font, given
    at most ``MAX_LABEL_SHARE`` of the width, and shown cut to it when they are wider. Labels of
    several lines show only their first when the rows are too low for them.
    """
    figure: Any = ax.get_figure(root=True)
    if figure is None:
        return
    _MARGINS[figure] = (left_labels, left_px)
    left = _margins(ax, figure, left_labels, left_px)
    if left_labels:
        labels = _labels_fitting_rows(ax, figure, left_labels)
        if labels is not left_labels:  # shorter labels: the bars take the room left
            left = _margins(ax, figure, labels, left_px)
        room = left * figure.get_figwidth() * figure.dpi - LABEL_PAD_PX
        _show_left_labels(ax, labels, room=room)


def _margins(ax: Axes, figure: Any, labels: list[str] | None, left_px: float) -> float:
    """Set the figure's margins for y tick ``labels``; the left one as a share of the width."""
    width: float = figure.get_figwidth() * figure.dpi
    height = figure.get_figheight() * figure.dpi
    if labels:
        widest = max(text_px(label, dpi=figure.dpi) for label in labels)
        left_px = min(widest, MAX_LABEL_SHARE * width - LABEL_PAD_PX) + LABEL_PAD_PX
    left: float = min(max(left_px / width, 0.08), 0.5)
    bottom_px = 46 + _lay_out_legend(ax, figure, width * (1 - left) - 16)
    figure.subplots_adjust(left=left, right=1 - 16 / width, top=1 - 30 / height,
                           bottom=min(bottom_px / height, 0.5))
    _keep_title_inside(ax, width, left)
    if is_empty(ax):
        _wrap_empty(ax, width * (1 - left) - 16 - 2 * LABEL_PAD_PX)
    return left


def _labels_fitting_rows(ax: Axes, figure: Any, labels: list[str]) -> list[str]:
    """``labels``, or their ``one_line`` form when their lines, spaced, overflow a category."""
    lines = max(label.count("\n") + 1 for label in labels)
    if lines == 1:
        return labels
    row_px = figure.get_figheight() * figure.dpi \
        * (figure.subplotpars.top - figure.subplotpars.bottom) \
        / max(abs(ax.get_ylim()[1] - ax.get_ylim()[0]), 1)
    if _lines_px(lines, MIN_SIZE, figure.dpi) + LABEL_GAP_PX > row_px:
        return one_line(labels)
    return labels


def _show_left_labels(ax: Axes, labels: list[str], *, room: float) -> None:
    """The y tick labels (categories at 0, 1, …) cut to ``room`` pixels, their lines apart."""
    dpi = ax.figure.dpi
    size = MIN_SIZE  # never smaller: a long label is cut or on one line instead
    shown = [fitted(label, room, dpi=dpi, size=size) for label in labels]
    if len(set(shown)) < len(set(labels)):  # names that differ at their end: keep the end
        shown = [fitted(label, room, dpi=dpi, size=size, middle=True) for label in labels]
    spacing = LINE_SPACING if any("\n" in label for label in labels) else 1.2
    ticks = ax.get_yticklabels()
    if [(t.get_text(), t.get_fontsize(), t.get_linespacing()) for t in ticks] != \
            [(text, size, spacing) for text in shown]:
        ax.set_yticks(range(len(shown)), shown)
        for tick in ax.get_yticklabels():
            tick.set_fontsize(size)
            tick.set_linespacing(spacing)


def _lines_px(lines: int, size: float, dpi: float) -> float:
    """Height in pixels of a label of ``lines`` lines at ``size`` points, ``LINE_SPACING`` apart.

    A line of the charts' font is some 1.2 font sizes high (accents above, descenders below).
    """
    return (1.2 + LINE_SPACING * (lines - 1)) * size * dpi / 72


def one_line(labels: list[str]) -> list[str]:
    """Each label's first line; « first — second » where two labels share their first line."""
    firsts = [label.split("\n")[0] for label in labels]
    return [first if firsts.count(first) == 1 else " — ".join(label.split("\n")[:2])
            for first, label in zip(firsts, labels, strict=True)]


def _lay_out_legend(ax: Axes, figure: Any, room: float) -> float:
    """Lay out a ``legend_below`` in the columns that fit ``room`` pixels; its height."""
    from matplotlib.transforms import blended_transform_factory

    legend = ax.get_legend()
    if legend is None or legend.get_gid() != LEGEND_BELOW:
        return 0
    handles, labels = ax.get_legend_handles_labels()
    columns = legend_columns(labels, room, dpi=figure.dpi)
    placed = ax.legend(
        handles, labels, ncols=columns, loc="lower center", bbox_to_anchor=(0.5, 0.0),
        bbox_transform=blended_transform_factory(ax.transAxes, figure.transFigure),
        frameon=False, fontsize=LABEL_SIZE - 1, borderaxespad=0.2, columnspacing=1.2)
    placed.set_gid(LEGEND_BELOW)
    rows = -(-len(labels) // columns)
    return rows * LEGEND_ROW_PX + 4


def legend_columns(labels: list[str], room: float, *, dpi: float = 100) -> int:
    """The most columns (matplotlib fills them top to bottom) whose entries fit ``room``."""
    widths = [text_px(label, dpi=dpi) + LEGEND_KEY_PX for label in labels]
    for columns in range(len(widths), 1, -1):
        rows = -(-len(widths) // columns)
        needed = sum(max(widths[c * rows:(c + 1) * rows], default=0) for c in range(columns))
        if needed <= room:
            return columns
    return 1


_MARGINS: WeakKeyDictionary[Any, tuple[list[str] | None, float]] = WeakKeyDictionary()
_TITLES: WeakKeyDictionary[Axes, str] = WeakKeyDictionary()


def refit(figure: Any) -> None:
    """Recompute the margins of a figure after a resize (pixel room for labels is fixed)."""
    saved = _MARGINS.get(figure)
    if saved is not None and figure.axes:
        fit_margins(figure.axes[0], saved[0], left_px=saved[1])
