"""0012: the search index of a workspace of the previous version, made again without prefixes."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from srm_inclusif.core.search_query import CounterpartyFilter
from srm_inclusif.storage import migrate
from srm_inclusif.storage.services.counterparties import search_counterparties
from srm_inclusif.storage.workspace import open_workspace
from tests.conftest import DEMO_TODAY
from tests.storage.test_migration_city_sort import ROW, ROWS
from tests.support import workspace_at

INDEXED = ("INSERT INTO counterparty_search(rowid, name, brand, city, sectors, offers, contacts) "
           "VALUES (?, ?, '', ?, '', '', '')")


def _found(engine, typed: str) -> list[str]:  # noqa: ANN001
    rows = search_counterparties(engine, flt=CounterpartyFilter(text=typed), today=DEMO_TODAY)
    return sorted(row.name for row in rows)


def test_a_0011_workspace_still_finds_what_is_typed(tmp_path: Path) -> None:
    path = tmp_path / "ancien.sqlite3"
    rows = [(ROW, row) for row in ROWS]
    rows += [(INDEXED, (number, name, city or ""))
             for number, (name, _norm, city) in enumerate(ROWS, start=1)]
    workspace_at(path, "0011", *rows)

    workspace = open_workspace(path)

    assert workspace.schema_revision == migrate.schema_head()
    with workspace.engine.connect() as connection:
        made = connection.execute(text(
            "SELECT sql FROM sqlite_master WHERE name = 'counterparty_search'")).scalar_one()
        buffer = connection.execute(text(
            "SELECT v FROM counterparty_search_config WHERE k = 'hashsize'")).scalar_one()
    assert "prefix" not in made
    assert "remove_diacritics 2" in made
    assert buffer == 64 * 1024 * 1024  # an import's terms still written once, at the commit
    # search-as-you-type, one letter and more, accents ignored, city too
    assert _found(workspace.engine, "t") == ["Tremplin"]
    assert _found(workspace.engine, "ré") == ["Recyclerie"]
    assert _found(workspace.engine, "lyo") == ["Atelier", "Tremplin"]
    assert _found(workspace.engine, "sans vil") == ["Sans ville"]
    workspace.close()
