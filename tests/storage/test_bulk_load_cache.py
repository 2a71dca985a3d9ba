"""Indexes built at the end of a big import sort in a larger page cache, given back after."""

from __future__ import annotations

from sqlalchemy import create_engine, event, text

from srm_inclusif.storage import bulk_load


def _table(connection) -> None:
    connection.execute(text("CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT)"))
    connection.execute(text("CREATE INDEX ix_t_a ON t (a)"))


def test_the_indexes_come_back_and_the_page_cache_returns_to_its_size(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path / 'b.sqlite3'}")
    with engine.begin() as connection:
        _table(connection)
        connection.execute(text("PRAGMA cache_size = -3000"))
        sizes = []
        with bulk_load.indexes_built_after(connection, "t", expected_rows=50_000) as rebuilt:
            connection.execute(text("INSERT INTO t (a) VALUES ('x'), ('y')"))
            sizes.append(connection.execute(text("PRAGMA cache_size")).scalar_one())
        indexes = connection.execute(text(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 't'")).all()
        after = connection.execute(text("PRAGMA cache_size")).scalar_one()

    assert rebuilt
    assert sizes == [-3000]  # the import itself runs with the usual cache
    assert [name for (name,) in indexes] == ["ix_t_a"]
    assert after == -3000
    engine.dispose()


def test_indexes_are_built_in_a_cache_big_enough_to_sort_them_in_memory(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path / 'b.sqlite3'}")
    seen = []
    with engine.begin() as connection:
        _table(connection)

        def watch(conn, cursor, statement, *args):
            if statement.startswith("CREATE INDEX"):
                seen.append(cursor.connection.execute("PRAGMA cache_size").fetchone()[0])

        event.listen(engine, "before_cursor_execute", watch)
        with bulk_load.indexes_built_after(connection, "t", expected_rows=50_000):
            pass
        event.remove(engine, "before_cursor_execute", watch)

    assert seen == [-bulk_load.SORT_CACHE_KIB]
    engine.dispose()
