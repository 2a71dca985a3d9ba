"""Artists kept on an Axes from one drawing to the next, and updated in place.

Re-plotting a chart (clear the Axes, then build new ticks, bars, lines and texts) costs several
times more than changing the data of the artists already there, and the dashboard redraws its
charts on every change of period, person or basis. So a painter asks ``frame(ax, key)`` for the
artists of its chart: a fresh frame the first time (the Axes is cleared if it showed another
chart, or the empty-chart message), the same frame on the following drawings.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar
from weakref import WeakKeyDictionary

if TYPE_CHECKING:
    from matplotlib.artist import Artist
    from matplotlib.axes import Axes
    from matplotlib.patches import Rectangle
    from matplotlib.text import Annotation

A = TypeVar("A", bound="Artist")


@dataclass
class Frame:
    """The artists one chart keeps on its Axes, by role."""

    key: str
    fresh: bool = True
    pools: dict[str, list[Any]] = field(default_factory=dict)
    parts: dict[str, Any] = field(default_factory=dict)


_FRAMES: WeakKeyDictionary[Any, Frame] = WeakKeyDictionary()


def frame(ax: Axes, key: str) -> Frame:
    """The frame of chart ``key`` on ``ax``: ``fresh`` when the chart must set up its Axes."""
    current = _FRAMES.get(ax)
    if current is not None and current.key == key:
        current.fresh = False
        return current
    if current is not None:
        ax.clear()  # it showed another chart: start again from a blank Axes
    made = Frame(key)
    _FRAMES[ax] = made
    return made


def frame_of(ax: Axes) -> Frame | None:
    """The frame of the chart last drawn on ``ax``, None if none."""
    return _FRAMES.get(ax)


def pool(ax: Axes, chart: Frame, role: str, count: int, make: Callable[[], A]) -> list[A]:
    """``count`` artists of one role, reusing those of the last drawing; extra ones are removed.

    ``make`` creates one artist already added to ``ax``.
    """
    artists: list[A] = chart.pools.setdefault(role, [])
    while len(artists) < count:
        artists.append(make())
    for extra in artists[count:]:
        extra.remove()
    del artists[count:]
    return artists


def bars(ax: Axes, chart: Frame, role: str, rects: Sequence[tuple[float, float, float, float]],
         colours: Sequence[str], *, gid: str | None = None, label: str | None = None
         ) -> list[Rectangle]:
    """Rectangles ``(x, y, width, height)`` in data coordinates (no autoscaling: set limits)."""
    from matplotlib.patches import Rectangle

    def make() -> Rectangle:
        patch = Rectangle((0, 0), 0, 0, gid=gid, label="_nolegend_")
        ax.add_artist(patch)  # not add_patch: the data limits are set by the chart itself
        return patch

    patches = pool(ax, chart, role, len(rects), make)
    for patch, (x, y, width, height), colour in zip(patches, rects, colours, strict=True):
        patch.set_bounds(x, y, width, height)
        patch.set_facecolor(colour)
    if patches and label:
        patches[0].set_label(label)  # one legend entry for the series
    return patches


def notes(ax: Axes, chart: Frame, role: str, items: Sequence[tuple[float, float, str]],
          *, offset: tuple[float, float] = (0, 0), **props: Any) -> list[Annotation]:
    """Texts at data points ``(x, y, text)``, shifted by ``offset`` points (bar values...)."""

    def make() -> Annotation:
        return ax.annotate("", (0, 0), xytext=offset, textcoords="offset points", **props)

    texts = pool(ax, chart, role, len(items), make)
    for text, (x, y, content) in zip(texts, items, strict=True):
        text.xy = (x, y)
        text.set_text(content)
    return texts


def category_limits(count: int, *, width: float = 0.8) -> tuple[float, float]:
    """Limits around ``count`` bars at 0, 1, …: the 5 % margins matplotlib would add."""
    low, high = -width / 2, count - 1 + width / 2
    margin = 0.05 * (high - low)
    return low - margin, high + margin


def set_hover(chart: Frame, texts: Sequence[str]) -> None:
    """What the chart says of each category (at 0, 1, …) under the mouse: whole names, values."""
    chart.parts["hover"] = list(texts)


def hover_text(ax: Axes, x: float, y: float) -> str | None:
    """The hover text of the category at display point ``(x, y)`` (pixels), None if none.

    A category is its bars and, left of them, its label: a name cut or shown on one line is
    read whole by pointing at either.
    """
    chart = frame_of(ax)
    texts: list[str] = chart.parts.get("hover", []) if chart is not None else []
    box = ax.get_window_extent()
    if not texts or not (box.y0 <= y <= box.y1 and x <= box.x1):
        return None
    index = round(ax.transData.inverted().transform((x, y))[1])
    return texts[index] if 0 <= index < len(texts) else None
