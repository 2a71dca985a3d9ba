"""The sentence above the charts: spend on another basis, a nil or negative spend, no spend."""

from __future__ import annotations

from datetime import date

from srm_inclusif.charts import spend
from srm_inclusif.core import dashboard
from srm_inclusif.core.kinds import Kind
from srm_inclusif.core.kpi_facts import ORGANISATION, KpiData, Period, SpendFact
from srm_inclusif.ui.pages.dashboard_summary import spend_summary
from tests.charts.drawing import drawn

YEAR = Period(date(2025, 1, 1), date(2025, 12, 31))
#: The tester's year: 1 000 000 € paid, nothing invoiced.
PAID = KpiData(spend=(
    SpendFact(1, 24_000_000, date(2025, 5, 15), "paid", Kind.EI, 1, None, None, None, None),
    SpendFact(2, 76_000_000, date(2025, 7, 1), "paid", Kind.CLASSIC, 2, None, None, None,
                  None),
))


def _figures(data: KpiData, basis: str, period: Period = YEAR
             ) -> dashboard.DashboardFigures:
    return dashboard.build(data, period, ORGANISATION, basis=basis,
                           today=date(2026, 11, 22), target_cents=20_000_000)


def test_spend_on_another_basis_asks_to_switch_not_to_import() -> None:
    assert spend_summary(_figures(PAID, "invoiced")) == (
        "Aucun achat en base Facturé sur cette période ; 1\u202f000\u202f000\u00a0€ en base "
        "Payé : changez de base.")


def test_the_cumulative_chart_says_so_too_without_the_other_basis_target() -> None:
    _figure, ax = drawn(6, spend.draw_cumulative, _figures(PAID, "invoiced"))
    assert [t.get_text().replace("\n", " ") for t in ax.texts if t.get_text()] == [
        "Aucun achat en base Facturé sur cette période",
        "1\u202f000\u202f000\u00a0€ en base Payé : changez de base."]
    assert not [line for line in ax.get_lines() if line.get_gid() == "target"]


def test_the_basis_with_the_spend_shows_it() -> None:
    assert spend_summary(_figures(PAID, "paid")).startswith(
        "Achats inclusifs : 240\u202f000\u00a0€ HT sur 1\u202f000\u202f000\u00a0€ (24,00\u00a0%)")


def test_no_spend_on_any_basis_invites_an_import() -> None:
    assert spend_summary(_figures(KpiData(), "invoiced")).startswith(
        "Importez vos dépenses depuis la page Imports / exports")


def test_a_negative_spend_says_why_it_has_no_share() -> None:
    credit = KpiData(spend=(SpendFact(
        1, -50_037, date(2025, 11, 20), "paid", Kind.EI, 1, None, None, None, None),))
    q4 = Period(date(2025, 10, 1), date(2025, 12, 31))
    assert spend_summary(_figures(credit, "paid", q4)) == (
        "Achats inclusifs : \u2212500\u00a0€ HT sur \u2212500\u00a0€ (part non calculable : "
        "achats nuls ou négatifs, avoirs déduits), du 01/10/2025 au 31/12/2025.")


def test_the_summary_is_translated(marked) -> None:  # noqa: ANN001
    assert spend_summary(_figures(PAID, "invoiced")).startswith(
        "[ChartsPanel] Aucun achat en base [Vocabulary] Facturé")
