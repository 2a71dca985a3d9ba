"""SQLite's planner statistics: made after an import, the demo and on closing; used by the list."""

from __future__ import annotations

from dataclasses import replace

import sqlalchemy as sa

from srm_inclusif.core.geo import departments
from srm_inclusif.core.search_query import CounterpartyFilter
from srm_inclusif.exchange.importer import ImportSettings, import_files
from srm_inclusif.storage.demo import build_demo
from srm_inclusif.storage.services.counterparties import count_matching
from srm_inclusif.storage.services.counterparty_query import facet_conditions
from srm_inclusif.storage.tables import Counterparty, table_of
from srm_inclusif.storage.workspace import open_workspace, refresh_statistics
from tests.conftest import DEMO_TODAY
from tests.exchange.import_support import flawed_directory

#: « QPV » and « Rhône » checked together: 1 structure in 7 is in a QPV, 1 in 100 in the Rhône.
QPV_IN_RHONE = replace(CounterpartyFilter().with_values(departments=["69"]), qpv=True)


def _statistics(workspace) -> list[str]:
    """The indexes of ``counterparty`` that SQLite has statistics for."""
    with workspace.engine.connect() as connection:
        if not connection.exec_driver_sql(
                "SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").first():
            return []
        return sorted(r[0] for r in connection.exec_driver_sql(
            "SELECT idx FROM sqlite_stat1 WHERE tbl = 'counterparty'"))


def _structures(workspace, count: int) -> int:
    """``count`` structures spread over every department, one in seven in a QPV; how many
    of them are in a QPV in the Rhône."""
    codes = sorted(departments())
    rows = [{"name": f"Structure {i}", "norm_name": f"structure {i}", "kind": "EI",
             "department_code": codes[i % len(codes)], "is_qpv": i % 7 == 0,
             "service_types": [], "networks": [], "offers": [], "extra_sectors": [],
             "edited_fields": []}
            for i in range(count)]
    with workspace.engine.begin() as connection:
        connection.execute(sa.insert(table_of(Counterparty)), rows)
    return sum(1 for r in rows if r["is_qpv"] and r["department_code"] == "69")


def _count_plan(workspace, flt: CounterpartyFilter) -> str:
    """How SQLite reads the counterparties to count the list (EXPLAIN QUERY PLAN)."""
    query = sa.select(sa.func.count()).select_from(table_of(Counterparty)).where(
        *facet_conditions(flt, DEMO_TODAY))
    with workspace.engine.connect() as connection:
        sql = str(query.compile(connection, compile_kwargs={"literal_binds": True}))
        return " ".join(r[3] for r in connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}"))


def test_an_import_leaves_statistics_a_dry_run_none(workspace, tmp_path) -> None:
    directory = flawed_directory(tmp_path / "annuaire.csv", 300)

    import_files(workspace.engine, [directory], ImportSettings(dry_run=True))
    assert _statistics(workspace) == []

    import_files(workspace.engine, [directory], ImportSettings())
    assert "ix_counterparty_department_code" in _statistics(workspace)


def test_the_demo_leaves_statistics(tmp_path) -> None:
    workspace = open_workspace(tmp_path / "demo.sqlite3")
    try:
        build_demo(workspace.engine, today=DEMO_TODAY)
        assert "ix_counterparty_is_qpv" in _statistics(workspace)
    finally:
        workspace.close()


def test_closing_a_searched_workspace_leaves_statistics(tmp_path) -> None:
    path = tmp_path / "espace.sqlite3"
    workspace = open_workspace(path)
    expected = _structures(workspace, 500)
    assert count_matching(workspace.engine, flt=QPV_IN_RHONE, today=DEMO_TODAY) == expected
    assert _statistics(workspace) == []

    workspace.close()

    workspace = open_workspace(path)
    try:
        assert "ix_counterparty_department_code" in _statistics(workspace)
    finally:
        workspace.close()


def test_with_statistics_qpv_in_a_department_is_counted_through_the_department(
        workspace) -> None:
    """Without statistics SQLite read every QPV structure to find the Rhône's few."""
    expected = _structures(workspace, 3000)
    assert "ix_counterparty_is_qpv" in _count_plan(workspace, QPV_IN_RHONE)

    refresh_statistics(workspace.engine)

    plan = _count_plan(workspace, QPV_IN_RHONE)
    assert "ix_counterparty_department_code" in plan
    assert "ix_counterparty_is_qpv" not in plan
    assert count_matching(workspace.engine, flt=QPV_IN_RHONE, today=DEMO_TODAY) == expected > 0
