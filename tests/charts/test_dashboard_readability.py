"""Dashboard charts on a laptop: whole sentences, round ticks, numbers in the UI language."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal

import pytest

from srm_inclusif.charts import lifecycle, spend
from srm_inclusif.core import i18n
from srm_inclusif.core.dashboard import DashboardFigures, OwnerProgress
from srm_inclusif.core.kpi_facts import Period
from srm_inclusif.core.numbers import ENGLISH, as_percent, grouped, set_number_style
from tests.charts.drawing import drawn

ENGLISH_TEXTS = {
    "Importez vos fournisseurs et vos dépenses depuis la page Imports / exports.":
        "Import your suppliers and your spend from the Imports / exports page.",
    "Notez un contrat par « Retour d'expérience… » sur la page Relations.":
        "Score a contract with “Feedback…” on the Relationships page.",
    "Arrêtées : {count}": "Stopped: {count}",
}
NOTHING = DashboardFigures(
    period=Period(date(2026, 1, 1), date(2026, 12, 31)), today=date(2026, 7, 1),
    cumulative=(), target_cents=None, by_family={}, by_kind={}, share_by_month={},
    quality_by_month={}, hours=(), inclusive_cents=0, total_cents=0)
#: Width of a dashboard chart on a 1280 × 720 laptop, and a narrower one (inches at 100 dpi).
WIDTHS = (5.13, 3.9)


@pytest.fixture(params=["fr", "en"])
def language(request) -> Iterator[str]:  # noqa: ANN001
    if request.param == "en":
        set_number_style(ENGLISH)  # the conftest sets French back after the test
        i18n.set_translator(lambda _context, text: ENGLISH_TEXTS.get(text, text))
    yield request.param
    i18n.set_translator(i18n._identity)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize(("draw", "data"), [
    (spend.draw_cumulative, NOTHING), (spend.draw_by_family, {}),
    (lifecycle.draw_quality_trend, {}), (lifecycle.draw_insertion_hours, ())],
    ids=["cumulative", "family", "quality", "hours"])
def test_an_empty_chart_shows_its_whole_sentences(language, width, draw, data) -> None:  # noqa: ANN001
    args = (data, {}) if draw is lifecycle.draw_insertion_hours else (data,)
    figure, ax = drawn(width, draw, *args)
    whole = figure.bbox
    sentences = [t for t in ax.texts if t.get_text()]
    assert len(sentences) == 2
    for text in sentences:
        box = text.get_window_extent()
        assert whole.x0 <= box.x0, text.get_text()  # no word cut by the figure's edges
        assert box.x1 <= whole.x1, text.get_text()
    message, hint = sorted(sentences, key=lambda t: -t.get_window_extent().y0)
    assert message.get_window_extent().y0 >= hint.get_window_extent().y1  # one under the other
    if language == "en" and draw is spend.draw_by_family:
        assert " ".join(hint.get_text().split()) == ENGLISH_TEXTS[
            "Importez vos fournisseurs et vos dépenses depuis la page Imports / exports."]


def test_the_objective_axis_has_a_tick_at_100_percent(language) -> None:  # noqa: ANN001
    progress = [OwnerProgress("Alice", 1, Decimal(103)), OwnerProgress("Bob", 2, Decimal(87))]
    _figure, ax = drawn(5.13, lifecycle.draw_objective_progress, progress)
    labels = [t.get_text() for t in ax.get_xticklabels()]
    assert as_percent(grouped(100)) in labels
    assert as_percent(grouped(100)) == ("100%" if language == "en" else "100\u00a0%")


def test_pipeline_counts_are_written_in_the_ui_language(language) -> None:  # noqa: ANN001
    _figure, ax = drawn(5.13, lifecycle.draw_pipeline, {"sourcing": 1234, "arretee": 1500})
    texts = [t.get_text() for t in ax.texts]
    assert grouped(1234) in texts
    assert grouped(1234) == ("1,234" if language == "en" else "1\u202f234")
    stopped = "Stopped: {count}" if language == "en" else "Arrêtées : {count}"
    assert stopped.format(count=grouped(1500)) in texts
