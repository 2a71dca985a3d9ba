"""0007: a workspace of the previous version gets the nature index, its natures unchanged."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from srm_inclusif.core.search_query import NATURE_NOT_GIVEN, CounterpartyFilter
from srm_inclusif.storage import migrate
from srm_inclusif.storage.services.counterparties import count_matching
from srm_inclusif.storage.workspace import open_workspace
from tests.conftest import DEMO_TODAY
from tests.support import workspace_at

ROW = ("INSERT INTO counterparty (name, norm_name, siret_status, kind, nature, service_types, "
       "networks, offers, extra_sectors, client_references, is_qpv, is_zrr, notes, favourite, "
       "active, edited_fields, created_at, updated_at) VALUES (?, ?, 'missing', 'EI', ?, '[]', "
       "'[]', '[]', '[]', '[]', 0, 0, '', 0, 1, '[]', '2025-01-01 00:00:00', "
       "'2025-01-01 00:00:00')")


def test_a_0006_workspace_counts_its_natures_through_the_new_index(tmp_path: Path) -> None:
    path = tmp_path / "ancien.sqlite3"
    workspace_at(path, "0006", (ROW, ("Atelier Siège", "atelier siege", "HEAD_OFFICE")),
                 (ROW, ("Atelier Antenne", "atelier antenne", "ANTENNA")),
                 (ROW, ("Atelier Inconnu", "atelier inconnu", None)))

    workspace = open_workspace(path)

    assert workspace.schema_revision == migrate.schema_head()
    with workspace.engine.connect() as connection:
        plan = connection.execute(text(
            "EXPLAIN QUERY PLAN SELECT count(*) FROM counterparty WHERE nature = 'ANTENNA'"
        )).all()
    assert any("ix_counterparty_nature" in row[3] for row in plan)
    counts = [count_matching(workspace.engine, flt=CounterpartyFilter(natures=frozenset({code})),
                             today=DEMO_TODAY)
              for code in ("HEAD_OFFICE", "ANTENNA", NATURE_NOT_GIVEN)]
    assert counts == [1, 1, 1]
    workspace.close()
