"""Draw one dashboard chart on a figure of a given size, as the dashboard does, for reading."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure


def drawn(width: float, draw: Callable[..., Any], *args: Any,
          height: float = 2.8) -> tuple[Figure, Axes]:
    """The figure and axes once ``draw(ax, *args)`` is drawn on ``width`` × ``height`` inches."""
    figure = Figure(figsize=(width, height), dpi=100)
    FigureCanvasAgg(figure)
    ax = figure.add_subplot()
    draw(ax, *args)
    figure.canvas.draw()
    return figure, ax
