"""Fixtures shared by the chart tests."""

from __future__ import annotations

import pytest
from matplotlib.axes import Axes
from matplotlib.figure import Figure


@pytest.fixture
def ax() -> Axes:
    """Empty axes on a 6 × 4 inch figure, for one chart to be drawn on."""
    return Figure(figsize=(6, 4)).add_subplot()
