"""Empty charts, as a first-time user sees them: no bare axes, a sentence saying what to do."""

from __future__ import annotations

from datetime import date

import pytest

from srm_inclusif.charts import lifecycle, spend
from srm_inclusif.core.dashboard import DashboardFigures
from srm_inclusif.core.kpi_facts import Period

PERIOD = Period(date(2026, 1, 1), date(2026, 12, 31))
NOTHING = DashboardFigures(
    period=PERIOD, today=date(2026, 7, 1), cumulative=(), target_cents=None, by_family={},
    by_kind={}, share_by_month={}, quality_by_month={}, hours=(), inclusive_cents=0,
    total_cents=0)


def _shown(ax) -> list[str]:  # noqa: ANN001
    return [" ".join(t.get_text().split()) for t in ax.texts if t.get_text()]  # lines joined


@pytest.mark.parametrize(("draw", "data", "shown"), [
    (spend.draw_cumulative, NOTHING, ["Aucun achat inclusif sur la période",
                                      "Importez vos fournisseurs et vos dépenses depuis la page "
                                      "Imports / exports."]),
    (spend.draw_by_family, {}, ["Aucune donnée sur la période",
                                "Importez vos fournisseurs et vos dépenses depuis la page "
                                "Imports / exports."]),
    (lifecycle.draw_pipeline, {}, ["Aucune relation", "Ouvrez-en une par « Nouvelle "
                                   "relation… » sur la page Relations."]),
    (lifecycle.draw_objective_progress, [], ["Aucune fiche objectifs pour l'année",
                                             "Créez-en une par « Nouvelle fiche… » sur la page "
                                             "Objectifs."]),
], ids=["cumulative", "family", "pipeline", "progress"])
def test_an_empty_chart_says_what_to_do(ax, draw, data, shown) -> None:  # noqa: ANN001
    draw(ax, data)
    assert _shown(ax) == shown


def test_an_empty_chart_draws_no_axes(ax) -> None:  # noqa: ANN001
    lifecycle.draw_insertion_hours(ax, [], {})
    assert not any(spine.get_visible() for spine in ax.spines.values())
    assert list(ax.get_xticks()) == []
    assert list(ax.get_yticks()) == []
    assert ax.get_title(loc="left") == "Heures d'insertion"


def test_data_after_an_empty_chart_brings_the_axes_back(ax) -> None:  # noqa: ANN001
    lifecycle.draw_pipeline(ax, {})
    lifecycle.draw_pipeline(ax, {"sourcing": 2})
    assert ax.spines["left"].get_visible()
    assert "Aucune relation" not in _shown(ax)
