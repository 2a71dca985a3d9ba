"""The insertion hours chart over ten contracts: its caption counts all ten, as `stats` does."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from srm_inclusif.charts import lifecycle
from srm_inclusif.cli.commands.stats import figures as stats_figures
from srm_inclusif.core import dashboard
from srm_inclusif.core.kinds import Kind
from srm_inclusif.core.kpi_facts import ORGANISATION, ContractFact, KpiData, Period
from tests.charts.drawing import drawn

PERIOD = Period(date(2026, 1, 1), date(2026, 12, 31))
#: Eight big contracts realised at 36 %, two small ones fully realised: 40 % in all.
HOURS = [(1000, 360)] * 8 + [(100, 100), (100, 100)]


def _contract(i: int, planned: int, realised: int) -> ContractFact:
    return ContractFact(i, i, Kind.EI, "marche_test", date(2026, 1, 1), date(2026, 12, 31),
                        None, True, Decimal(planned), Decimal(realised), None, None, None, None)


DATA = KpiData(contracts=tuple(_contract(i + 1, p, r) for i, (p, r) in enumerate(HOURS)))


def _figures() -> dashboard.DashboardFigures:
    return dashboard.build(DATA, PERIOD, ORGANISATION, basis="invoiced",
                           today=date(2026, 6, 30))


def test_caption_gives_hours_and_rate_of_every_contract_of_the_period() -> None:
    _figure, ax = drawn(5.13, lifecycle.draw_insertion_hours, _figures().hours, {})
    assert ax.get_xlabel() == "3\u202f080 h réalisées sur 8\u202f200 (38\u00a0%)"


def test_the_smaller_contracts_are_grouped_on_the_last_row() -> None:
    _figure, ax = drawn(5.13, lifecycle.draw_insertion_hours, _figures().hours, {})
    names = [t.get_text() for t in ax.get_yticklabels()]
    assert len(names) == lifecycle.MAX_HOURS_ROWS
    assert names[-1] == "+ 3 autres contrats"
    planned = [p.get_width() for p in ax.patches if p.get_gid() == "planned"]
    assert sum(planned) == 8200  # nothing left out


def test_dashboard_and_stats_give_the_same_hours_and_rate() -> None:
    total = dashboard.hours_total(_figures().hours)
    stats = stats_figures(DATA, PERIOD, ORGANISATION, "invoiced", "given")
    assert (str(total.planned), str(total.realised), str(total.rate)) == (
        stats["heures_insertion_prevues"], stats["heures_insertion_realisees"],
        stats["taux_realisation_heures_pct"])
    assert len(total.contract_ids) == 10
