"""A big import drops a table's indexes and builds them at the end: same rows, same indexes."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import IntegrityError

from srm_inclusif.storage import bulk_load

#: Rows the import adds: past ``bulk_load.MIN_ROWS``, so that the indexes are rebuilt.
ADDED = 25_000


class CancelledError(Exception):
    """The import stopped half-way (its transaction is rolled back)."""


def _import(path: Path, *, expected_rows: int, cancel: bool = False) -> dict[str, Any]:
    """Three rows, then ``ADDED`` more inside ``indexes_built_after``: what the file holds then."""
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b TEXT)"))
        connection.execute(text("CREATE INDEX ix_t_a ON t (a)"))
        connection.execute(text("CREATE UNIQUE INDEX ux_t_b ON t (b)"))
        connection.execute(text("CREATE TABLE batch (id INTEGER PRIMARY KEY)"))
        connection.execute(text("INSERT INTO t (a, b) VALUES ('x', 'old-1'), ('y', 'old-2'), "
                                "('z', 'old-3')"))
    rebuilt = None
    with (pytest.raises(CancelledError) if cancel else contextlib.nullcontext(),
          engine.begin() as connection):
        # the importer writes its batch first: the driver has begun the transaction by then
        connection.execute(text("INSERT INTO batch DEFAULT VALUES"))
        with bulk_load.indexes_built_after(connection, "t", expected_rows=expected_rows) as did:
            rebuilt = did
            connection.execute(text("INSERT INTO t (a, b) VALUES (:a, :b)"),
                               [{"a": f"a{i % 97}", "b": f"new-{i}"} for i in range(ADDED)])
            if cancel:
                raise CancelledError
    with engine.connect() as connection:
        found = {
            "rebuilt": rebuilt,
            "rows": connection.execute(text("SELECT id, a, b FROM t ORDER BY id")).all(),
            "indexes": connection.execute(text(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 't' "
                "ORDER BY name")).all(),
            "plan": " ".join(str(row[-1]) for row in connection.execute(
                text("EXPLAIN QUERY PLAN SELECT id FROM t WHERE a = 'a5'"))),
        }
    engine.dispose()
    return found


def test_an_import_with_its_indexes_rebuilt_gives_the_same_workspace(tmp_path) -> None:  # noqa: ANN001
    rebuilt = _import(tmp_path / "rebuilt.sqlite3", expected_rows=2 * ADDED)
    row_by_row = _import(tmp_path / "kept.sqlite3", expected_rows=0)

    assert (rebuilt["rebuilt"], row_by_row["rebuilt"]) == (True, False)
    assert len(rebuilt["rows"]) == 3 + ADDED
    assert rebuilt["rows"] == row_by_row["rows"]
    assert rebuilt["indexes"] == row_by_row["indexes"]
    assert [name for name, _sql in rebuilt["indexes"]] == ["ix_t_a", "ux_t_b"]
    assert "ix_t_a" in rebuilt["plan"]  # searches read the index again


def test_a_rebuilt_unique_index_still_refuses_a_duplicate(tmp_path) -> None:  # noqa: ANN001
    path = tmp_path / "rebuilt.sqlite3"
    _import(path, expected_rows=2 * ADDED)
    engine = create_engine(f"sqlite:///{path}")
    with pytest.raises(IntegrityError), engine.begin() as connection:
        connection.execute(text("INSERT INTO t (a, b) VALUES ('q', 'new-7')"))
    engine.dispose()


def test_a_cancelled_import_leaves_the_rows_and_indexes_as_they_were(tmp_path) -> None:  # noqa: ANN001
    found = _import(tmp_path / "cancelled.sqlite3", expected_rows=2 * ADDED, cancel=True)

    assert found["rebuilt"] is True
    assert [row[2] for row in found["rows"]] == ["old-1", "old-2", "old-3"]
    assert [name for name, _sql in found["indexes"]] == ["ix_t_a", "ux_t_b"]
