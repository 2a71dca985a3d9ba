"""A chart's title stays whole on a narrow dashboard (a 1024 px wide screen)."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest

from srm_inclusif.charts import spend
from srm_inclusif.core import i18n
from tests.charts.drawing import drawn

ENGLISH_TITLES = {
    "Part des achats inclusifs par mois": "Inclusive share of spend by month",
    "Achats inclusifs par type de structure": "Inclusive spend by structure type",
}
SHARE = {f"2026-{month:02d}": Decimal(70) for month in range(1, 13)}
KINDS = {"TIH": 99_902_000, "EITI": 70_784_100, "ESAT": 3_724_000}
#: Width of a dashboard chart on a 1024 × 600 screen, and narrower (inches at 100 dpi).
NARROW = (3.7, 3.2)


@pytest.fixture(params=["fr", "en"])
def language(request) -> Iterator[str]:  # noqa: ANN001
    if request.param == "en":
        i18n.set_translator(lambda _context, text: ENGLISH_TITLES.get(text, text))
    yield request.param
    i18n.set_translator(i18n._identity)


@pytest.mark.parametrize("width", NARROW)
@pytest.mark.parametrize(("draw", "data"), [(spend.draw_share_by_month, SHARE),
                                            (spend.draw_by_kind, KINDS)], ids=["share", "kind"])
def test_the_title_is_not_cut_by_the_right_edge(language, width, draw, data) -> None:  # noqa: ANN001
    figure, ax = drawn(width, draw, data)
    title = ax.get_title(loc="left")
    whole = [t for t in (*ENGLISH_TITLES, *ENGLISH_TITLES.values()) if t.startswith(
        title.removesuffix("…"))]
    assert len(title.removesuffix("…")) >= 10  # a title cut to « … » alone reads nothing
    assert whole  # whole, or its end cut to « … » on the narrowest
    if width == NARROW[0]:
        assert title in whole
    box = ax._left_title.get_window_extent()  # the title as drawn
    # « Inclusive share of spend by month » lost its « h » behind the figure's right edge
    assert box.x1 <= figure.bbox.x1
    assert box.x0 >= figure.bbox.x0


def test_a_title_that_fits_still_starts_above_the_plot(language) -> None:  # noqa: ANN001
    figure, ax = drawn(5.13, spend.draw_share_by_month, SHARE)
    title = ax._left_title.get_window_extent()
    assert title.x0 == pytest.approx(ax.get_window_extent().x0, abs=1)
    assert title.x1 <= figure.bbox.x1


def test_a_cut_title_is_whole_again_on_a_wider_chart() -> None:
    figure, ax = drawn(3.2, spend.draw_by_kind, KINDS)
    assert ax.get_title(loc="left").endswith("…")
    figure.set_size_inches(5.13, 2.8)
    from srm_inclusif.charts.style import refit

    refit(figure)  # as the dashboard does when the chart is resized
    assert ax.get_title(loc="left") == "Achats inclusifs par type de structure"
