"""An empty spend chart advises importing only when there is no spend at all and it can import."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from srm_inclusif.charts import spend
from srm_inclusif.core.dashboard import DashboardFigures
from srm_inclusif.core.kpi_facts import Period

PERIOD = Period(date(2026, 1, 1), date(2026, 12, 31))
NOTHING = DashboardFigures(
    period=PERIOD, today=date(2026, 7, 1), cumulative=(), target_cents=None, by_family={},
    by_kind={}, share_by_month={}, quality_by_month={}, hours=(), inclusive_cents=0,
    total_cents=0)
#: 40 943 € of purchases, none of them inclusive.
CLASSIC_ONLY = replace(NOTHING, by_family={"classic": 4_094_300}, total_cents=4_094_300)


def _shown(ax) -> list[str]:  # noqa: ANN001
    return [" ".join(t.get_text().split()) for t in ax.texts if t.get_text()]


def test_purchases_without_inclusive_ones_get_no_advice(ax) -> None:  # noqa: ANN001
    spend.draw_cumulative(ax, CLASSIC_ONLY)
    assert _shown(ax) == ["Aucun achat inclusif sur la période"]


def test_no_spend_at_all_is_told_to_import(ax) -> None:  # noqa: ANN001
    spend.draw_cumulative(ax, NOTHING)
    assert _shown(ax)[1].startswith("Importez vos fournisseurs")


def test_a_read_only_workspace_gets_no_advice(ax) -> None:  # noqa: ANN001
    spend.draw_cumulative(ax, NOTHING, spend.INCLUSIVE_PURCHASES, False)
    assert _shown(ax) == ["Aucun achat inclusif sur la période"]
    assert spend.empty_hint(NOTHING, spend.SALES, can_import=False) == ""
    assert spend.empty_hint(NOTHING, spend.SALES) == spend.SALES_HINT
