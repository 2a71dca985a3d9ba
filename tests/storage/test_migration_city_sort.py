"""0011: a workspace of the previous version sorts by city through the new indexes, rows kept."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from srm_inclusif.core.search_query import CounterpartyFilter
from srm_inclusif.storage import migrate
from srm_inclusif.storage.services.counterparties import _page_ids, search_counterparties
from srm_inclusif.storage.workspace import open_workspace
from tests.conftest import DEMO_TODAY
from tests.support import workspace_at

ROW = ("INSERT INTO counterparty (name, norm_name, siret_status, kind, city, service_types, "
       "networks, offers, extra_sectors, client_references, is_qpv, is_zrr, notes, favourite, "
       "active, edited_fields, created_at, updated_at) VALUES (?, ?, 'missing', 'EI', ?, '[]', "
       "'[]', '[]', '[]', '[]', 0, 0, '', 0, 1, '[]', '2025-01-01 00:00:00', "
       "'2025-01-01 00:00:00')")
ROWS = (("Tremplin", "tremplin", "Lyon"), ("Atelier", "atelier", "Lyon"),
        ("Recyclerie", "recyclerie", "Annecy"), ("Sans ville", "sans ville", None))


def _sorted(engine, *, descending: bool) -> list[tuple[str, str | None]]:  # noqa: ANN001
    rows = search_counterparties(engine, flt=CounterpartyFilter(), today=DEMO_TODAY,
                                 sort="city", descending=descending)
    return [(row.name, row.city) for row in rows]


def _plan(engine, *, descending: bool) -> str:  # noqa: ANN001
    query = _page_ids(CounterpartyFilter(), DEMO_TODAY, "city", descending, None).limit(60)
    with engine.connect() as connection:
        return " ".join(row[3] for row in connection.execute(text(
            "EXPLAIN QUERY PLAN "
            + str(query.compile(engine, compile_kwargs={"literal_binds": True})))))


def test_a_0010_workspace_sorts_its_cities_through_the_new_indexes(tmp_path: Path) -> None:
    path = tmp_path / "ancien.sqlite3"
    workspace_at(path, "0010", *((ROW, row) for row in ROWS))

    workspace = open_workspace(path)

    assert workspace.schema_revision == migrate.schema_head()
    engine = workspace.engine
    assert _sorted(engine, descending=False) == [
        ("Sans ville", None), ("Recyclerie", "Annecy"), ("Atelier", "Lyon"), ("Tremplin", "Lyon")]
    # the cities reversed, the names still A to Z within a city, no city last
    assert _sorted(engine, descending=True) == [
        ("Atelier", "Lyon"), ("Tremplin", "Lyon"), ("Recyclerie", "Annecy"), ("Sans ville", None)]
    ascending, descending = _plan(engine, descending=False), _plan(engine, descending=True)
    assert "ix_counterparty_city_name" in ascending
    assert "TEMP B-TREE" not in ascending
    assert "ix_counterparty_city_desc_name" in descending
    assert "TEMP B-TREE" not in descending
    workspace.close()
