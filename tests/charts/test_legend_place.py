"""The legends sit under the charts: they cover none of the lines or bars, in both languages."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal

import numpy as np
import pytest

from srm_inclusif.charts import lifecycle, spend
from srm_inclusif.core import i18n
from srm_inclusif.core.dashboard import ContractTitle, DashboardFigures, HoursRow
from srm_inclusif.core.kpi_facts import Period
from srm_inclusif.core.numbers import ENGLISH, set_number_style
from tests.charts.drawing import drawn

ENGLISH_LABELS = {
    "Réalisé": "Actual", "Objectif ({amount})": "Target ({amount})",
    "Rythme nécessaire ({amount} / mois)": "Pace needed ({amount} / month)",
    "Prévues": "Planned", "Réalisées": "Realised",
}
YEAR = Period(date(2026, 1, 1), date(2026, 12, 31))
#: A chart alone on a laptop row, half of a wide dashboard, and the narrowest one.
WIDTHS = (7.0, 5.6, 3.9)


@pytest.fixture(params=["fr", "en"])
def language(request) -> Iterator[str]:
    if request.param == "en":
        set_number_style(ENGLISH)  # the conftest sets French back after the test
        i18n.set_translator(lambda _context, text: ENGLISH_LABELS.get(text, text))
    yield request.param
    i18n.set_translator(i18n._identity)


def _figures() -> DashboardFigures:
    # Spend that keeps up with a straight target, then the pace line at the top right: the
    # upper-left legend of before sat on the target line of a narrow chart.
    cumulative = tuple((date(2026, m, 10), 17_400_000 * m) for m in range(1, 11))
    return DashboardFigures(
        period=YEAR, today=date(2026, 11, 22), cumulative=cumulative, target_cents=190_000_000,
        by_family={}, by_kind={}, share_by_month={}, quality_by_month={}, hours=(),
        inclusive_cents=0, total_cents=0)


def _line_points(line) -> np.ndarray:  # noqa: ANN001
    """The line's points in display pixels, with points along each straight segment."""
    xy = line.get_xydata()
    if line.get_drawstyle() == "steps-post":  # each value holds until the next point
        corners = np.column_stack([xy[1:, 0], xy[:-1, 1]])
        xy = np.vstack([np.column_stack([xy[:-1], corners]).reshape(-1, 2), xy[-1:]])
    xy = line.get_transform().transform(xy)
    steps = np.linspace(0, 1, 60)[:, None]
    return np.vstack([a + steps * (b - a) for a, b in zip(xy[:-1], xy[1:], strict=True)])


@pytest.mark.parametrize("width", WIDTHS)
def test_cumulative_legend_covers_no_line(language, width) -> None:  # noqa: ANN001
    figure, ax = drawn(width, spend.draw_cumulative, _figures())
    legend = ax.get_legend()
    box = legend.get_window_extent()
    lines = [line for line in ax.get_lines() if line.get_gid() in ("actual", "target", "pace")]
    assert len(lines) == 3
    for line in lines:
        points = _line_points(line)
        inside = (points[:, 0] >= box.x0) & (points[:, 0] <= box.x1) & \
                 (points[:, 1] >= box.y0) & (points[:, 1] <= box.y1)
        assert not inside.any(), (line.get_gid(), box)
    labels = ax.get_xticklabels()
    assert labels
    assert not any(box.overlaps(label.get_window_extent()) for label in labels)
    whole = figure.bbox
    assert whole.x0 <= box.x0  # the whole legend is in the picture
    assert box.x1 <= whole.x1
    assert whole.y0 <= box.y0
    assert box.y1 <= whole.y1
    texts = [t.get_text() for t in legend.get_texts()]
    assert texts[0] == ("Actual" if language == "en" else "Réalisé")


@pytest.mark.parametrize("width", WIDTHS)
def test_hours_legend_covers_no_bar(language, width) -> None:  # noqa: ANN001
    # Contracts of about the same size: the bottom bars reach the right edge too.
    rows = [HoursRow(i, Decimal(900 - 10 * i), Decimal(880 - 10 * i)) for i in range(1, 6)]
    names = {row.contract_id: ContractTitle(f"Atelier {row.contract_id}", "Nettoyage")
             for row in rows}
    figure, ax = drawn(width, lifecycle.draw_insertion_hours, rows, names)
    box = ax.get_legend().get_window_extent()
    bars = [p for p in ax.patches if p.get_gid() in ("planned", "realised") and p.get_width()]
    assert bars
    assert not any(box.overlaps(bar.get_window_extent()) for bar in bars)
    assert not box.overlaps(ax.xaxis.label.get_window_extent())  # the hours caption
    whole = figure.bbox  # the whole legend is in the picture
    assert (whole.x0 <= box.x0, box.x1 <= whole.x1, whole.y0 <= box.y0, box.y1 <= whole.y1) \
        == (True, True, True, True)
    assert len(ax.get_legend().get_texts()) == 2  # planned and realised
    assert [t.get_text() for t in ax.get_legend().get_texts()] == (
        ["Planned", "Realised"] if language == "en" else ["Prévues", "Réalisées"])


def test_the_stand_in_catalogue_matches_the_shipped_one() -> None:
    """The English labels these tests use are the ones the app ships (no stale copy)."""
    import xml.etree.ElementTree as ET
    from pathlib import Path

    ts = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "srm_inclusif_en.ts"
    shipped = {m.findtext("source"): m.findtext("translation")
               for m in ET.parse(ts).iter("message")}
    assert {text: shipped.get(text) for text in ENGLISH_LABELS} == ENGLISH_LABELS
