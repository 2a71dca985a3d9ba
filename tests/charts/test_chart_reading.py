"""Charts read as they are meant: months in their place on a time axis."""

from __future__ import annotations

from decimal import Decimal

import pytest
from matplotlib.figure import Figure

from srm_inclusif.charts import lifecycle


@pytest.fixture
def ax():  # noqa: ANN201
    return Figure(figsize=(6, 4)).add_subplot()


def test_quality_months_keep_their_place_in_the_year(ax) -> None:  # noqa: ANN001
    lifecycle.draw_quality_trend(ax, {"2026-02": Decimal("3.6"), "2026-04": Decimal("4.8"),
                                      "2026-10": Decimal("4.2"), "2026-11": Decimal("4.4")})
    line = next(a for a in ax.lines if a.get_gid() == "quality")
    # February, April, October and November were drawn evenly spaced
    assert list(line.get_xdata()) == [0, 2, 8, 9]
    assert [t.get_text() for t in ax.get_xticklabels()] == ["févr.", "avr.", "oct.", "nov."]
