"""Charts read as they are meant: months in their place on a time axis."""

from __future__ import annotations

from decimal import Decimal

import pytest

from srm_inclusif.charts import lifecycle


def test_quality_months_keep_their_place_in_the_year(ax) -> None:  # noqa: ANN001
    lifecycle.draw_quality_trend(ax, {"2026-02": Decimal("3.6"), "2026-04": Decimal("4.8"),
                                      "2026-10": Decimal("4.2"), "2026-11": Decimal("4.4")})
    line = next(a for a in ax.lines if a.get_gid() == "quality")
    # February, April, October and November were drawn evenly spaced
    assert list(line.get_xdata()) == [0, 2, 8, 9]
    assert [t.get_text() for t in ax.get_xticklabels()] == ["févr.", "avr.", "oct.", "nov."]


def test_one_month_of_share_is_a_bar_not_the_whole_chart(ax) -> None:  # noqa: ANN001
    from srm_inclusif.charts import spend

    spend.draw_share_by_month(ax, {"2026-10": Decimal("100.00")})
    (bar,) = ax.patches
    low, high = ax.get_xlim()
    # a quarter with spend in October only drew one bar filling the width
    assert bar.get_width() / (high - low) < 0.35
    assert bar.get_x() + bar.get_width() / 2 == pytest.approx((low + high) / 2)


def test_share_months_keep_their_place(ax) -> None:  # noqa: ANN001
    from srm_inclusif.charts import spend

    spend.draw_share_by_month(ax, {"2026-03": Decimal("40"), "2026-01": Decimal("20")})
    assert [p.get_x() + p.get_width() / 2 for p in ax.patches] == [0, 2]
    assert [t.get_text() for t in ax.get_xticklabels()] == ["janv.", "mars"]
