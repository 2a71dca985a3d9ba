"""On a basis without spend, the family, kind and share charts say to switch basis, not import."""

from __future__ import annotations

from datetime import date

import pytest
from sqlmodel import Session

from srm_inclusif.charts import spend
from srm_inclusif.core import dashboard
from srm_inclusif.core.kinds import Kind
from srm_inclusif.core.kpi_facts import ORGANISATION, KpiData, Period, SpendFact
from srm_inclusif.ui.pages.charts_panel import ChartsPanel
from tests.charts.drawing import drawn
from tests.support import add_purchase

YEAR = Period(date(2025, 1, 1), date(2025, 12, 31))
#: The tester's year: 1 000 000 € paid (240 000 € of it to an EI), nothing invoiced.
PAID = KpiData(spend=(
    SpendFact(1, 24_000_000, date(2025, 5, 15), "paid", Kind.EI, 1, None, None, None, None),
    SpendFact(2, 76_000_000, date(2025, 7, 1), "paid", Kind.CLASSIC, 2, None, None, None,
                  None),
))
SWITCH = ["Aucun achat en base Facturé sur cette période",
          "1\u202f000\u202f000\u00a0€ en base Payé : changez de base."]


def _invoiced() -> dashboard.DashboardFigures:
    return dashboard.build(PAID, YEAR, ORGANISATION, basis="invoiced",
                           today=date(2026, 11, 22))


def _sentences(ax) -> list[str]:  # noqa: ANN001
    return [t.get_text().replace("\n", " ") for t in ax.texts if t.get_text()]


@pytest.mark.parametrize(("draw", "part"), [
    (spend.draw_by_family, "by_family"), (spend.draw_by_kind, "by_kind"),
    (spend.draw_share_by_month, "share_by_month")])
def test_each_spend_chart_says_to_switch_basis(draw, part) -> None:  # noqa: ANN001
    figures = _invoiced()
    _figure, ax = drawn(6, draw, getattr(figures, part), figures.spend_elsewhere)
    assert _sentences(ax) == SWITCH


def test_on_the_basis_with_the_spend_they_draw_it() -> None:
    figures = dashboard.build(PAID, YEAR, ORGANISATION, basis="paid",
                              today=date(2026, 11, 22))
    assert figures.spend_elsewhere is None
    _figure, ax = drawn(6, spend.draw_by_kind, figures.by_kind, figures.spend_elsewhere)
    assert [p.get_width() for p in ax.patches] == [240_000.0]


@pytest.fixture
def panel(qtbot, ctx) -> ChartsPanel:  # noqa: ANN001
    """The panel of a workspace whose 2026 spend is all paid."""
    with Session(ctx.engine) as s:
        add_purchase(s, "EI", "EI", [(date(2026, 5, 15), 24_000_000)])  # paid
        add_purchase(s, "Classique", "CLASSIC", [(date(2026, 7, 1), 76_000_000)])
        s.commit()
    widget = ChartsPanel(ctx)
    qtbot.addWidget(widget)
    return widget


def test_the_dashboard_on_invoiced_says_to_switch_on_every_spend_chart(qtbot, panel):
    with qtbot.waitSignal(panel.drawn, timeout=10000):
        panel.show()
    with qtbot.waitSignal(panel.drawn):
        panel.basis_combo.setCurrentIndex(panel.basis_combo.findText("Facturé"))  # by hand
    for key in ("cumulative", "family", "kind", "share"):
        view = panel.charts[key]
        view.flush()  # those scrolled out of sight are drawn when they come into view
        assert _sentences(view.axes) == SWITCH, key
