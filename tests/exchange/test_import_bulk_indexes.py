"""A big import builds its facet indexes at the end: same rows, same indexes, kept on cancel."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy import event, text

from srm_inclusif.core.errors import Cancelled
from srm_inclusif.core.search_query import CounterpartyFilter
from srm_inclusif.exchange.importer import ImportSettings, import_files
from srm_inclusif.storage import bulk_load
from srm_inclusif.storage.services.counterparties import count_matching
from srm_inclusif.storage.workspace import open_workspace
from tests.exchange.import_support import flawed_directory, snapshot


def _indexes(workspace) -> list[tuple[str, str]]:
    with workspace.engine.connect() as connection:
        return [tuple(r) for r in connection.execute(text(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' "
            "AND tbl_name = 'counterparty' AND sql IS NOT NULL ORDER BY name"))]


def _plans(workspace) -> list[str]:
    with workspace.engine.connect() as connection:
        return [r[3] for r in connection.execute(text(
            "EXPLAIN QUERY PLAN SELECT count(*) FROM counterparty WHERE kind = 'EA'"))]


@contextlib.contextmanager
def _dropped_indexes(workspace) -> Iterator[list[str]]:
    """The DROP INDEX statements run inside the block."""
    dropped: list[str] = []

    def watch(conn, cursor, statement, *args):
        if statement.startswith("DROP INDEX"):
            dropped.append(statement)

    event.listen(workspace.engine, "before_cursor_execute", watch)
    try:
        yield dropped
    finally:
        event.remove(workspace.engine, "before_cursor_execute", watch)


@pytest.fixture
def big(monkeypatch):
    """Every import counts as big enough to build its indexes at the end."""
    monkeypatch.setattr(bulk_load, "MIN_ROWS", 10)


def test_big_import_gives_the_same_rows_and_indexes(tmp_path, big):
    path = flawed_directory(tmp_path / "annuaire.csv", 300)
    results = []
    for name, min_rows in (("ligne", 10**9), ("fin", 10)):
        bulk_load.MIN_ROWS = min_rows
        workspace = open_workspace(tmp_path / f"{name}.sqlite3")
        indexes = _indexes(workspace)
        try:
            summary = import_files(workspace.engine, [path], ImportSettings())
            with workspace.engine.connect() as connection:
                rows = [tuple(r) for r in connection.execute(text(
                    "SELECT name, siret, kind, post_code FROM counterparty ORDER BY id"))]
            ea = count_matching(workspace.engine, flt=CounterpartyFilter(kinds=frozenset({"EA"})),
                                today=date(2026, 11, 22))
            results.append((summary.counts(), rows, ea))
            assert _indexes(workspace) == indexes  # every facet index is back, as defined
            assert any("ix_counterparty_kind" in plan for plan in _plans(workspace))
        finally:
            workspace.close()

    line_by_line, built_at_end = results
    assert built_at_end == line_by_line
    assert built_at_end[2] > 0


def test_cancelled_big_import_keeps_the_indexes(workspace, tmp_path, big):
    path = flawed_directory(tmp_path / "annuaire.csv", 3000)
    indexes = _indexes(workspace)
    before = snapshot(workspace)
    cancel = threading.Event()

    def progress(done: int, total: int) -> None:
        if done:  # (the first report comes before any row is read)
            cancel.set()  # heard a few rows later, in the middle of the import

    with pytest.raises(Cancelled), _dropped_indexes(workspace) as dropped:
        import_files(workspace.engine, [path], ImportSettings(), progress=progress,
                     cancel=cancel)

    # every index, those matching would read through included, was gone during the import...
    assert sorted(dropped) == [f'DROP INDEX "{name}"' for name, _sql in indexes]
    assert any("match" in statement for statement in dropped)
    assert snapshot(workspace) == before
    assert _indexes(workspace) == indexes  # ...and are back after the rollback


def test_small_import_into_a_big_table_keeps_its_indexes(workspace, tmp_path, big):
    """Rebuilding the existing rows' indexes would cost more than the import saves."""
    import_files(workspace.engine, [flawed_directory(tmp_path / "grand.csv", 400)],
                 ImportSettings())
    with _dropped_indexes(workspace) as dropped:
        summary = import_files(workspace.engine, [flawed_directory(tmp_path / "petit.csv", 50)],
                               ImportSettings())

    assert summary.rows == 50
    assert dropped == []


def test_big_import_over_existing_rows_matches_them_as_line_by_line(tmp_path, big):
    """Without its indexes the table is matched through keys in memory: same result."""
    first = flawed_directory(tmp_path / "premier.csv", 150)
    second = flawed_directory(tmp_path / "second.csv", 300)  # the first's structures and more
    results = []
    for name, min_rows in (("ligne", 10**9), ("fin", 10)):
        workspace = open_workspace(tmp_path / f"{name}.sqlite3")
        try:
            bulk_load.MIN_ROWS = 10**9
            import_files(workspace.engine, [first], ImportSettings())
            with workspace.engine.begin() as connection:
                connection.execute(text(
                    "UPDATE counterparty SET phone = '09 99 99 99 99', "
                    "edited_fields = '[\"phone\"]' WHERE name = 'Structure 5'"))
            bulk_load.MIN_ROWS = min_rows
            with _dropped_indexes(workspace) as dropped:
                summary = import_files(workspace.engine, [second], ImportSettings())
            with workspace.engine.connect() as connection:
                rows = [tuple(r) for r in connection.execute(text(
                    "SELECT name, siret, kind, phone, email FROM counterparty ORDER BY id"))]
                issues = [tuple(r) for r in connection.execute(text(
                    "SELECT line, field, value, reason FROM import_issue "
                    "WHERE batch_id = :b ORDER BY id"), {"b": summary.batch_id})]
            results.append((summary.counts(), rows, issues, bool(dropped)))
        finally:
            workspace.close()

    line_by_line, built_at_end = results
    assert (line_by_line[3], built_at_end[3]) == (False, True)
    assert built_at_end[:3] == line_by_line[:3]
    counts = built_at_end[0]
    assert counts["inserted"] == 295 - 145  # its structures, but those already there
    assert counts["conflicts"] >= 1  # the hand-edited phone is kept and reported
    assert any(
        row[0] == "Structure 5" and row[3] == "09 99 99 99 99" for row in built_at_end[1])


def test_reimporting_the_same_big_file_keeps_the_indexes(workspace, tmp_path, big):
    """An unchanged directory writes nothing: rebuilding every index would be pure cost."""
    path = flawed_directory(tmp_path / "annuaire.csv", 300)
    with _dropped_indexes(workspace) as first:
        import_files(workspace.engine, [path], ImportSettings())
    with _dropped_indexes(workspace) as again:
        summary = import_files(workspace.engine, [path], ImportSettings())

    assert first != []  # into an empty table they were built at the end
    assert again == []
    assert summary.inserted == 0
