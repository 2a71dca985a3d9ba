"""Big imports on SQLite: secondary indexes built once at the end instead of row by row.

Adding 100 000 rows to a table with eleven indexes updates each index 100 000 times, at a
random place; building an index afterwards sorts the column once, several times cheaper. Worth
it only when the import could at least double the table (else rebuilding the existing rows
costs more than it saves: re-importing an unchanged directory writes nothing and would rebuild
them all). Every index goes, those matching would read through included: the caller then holds
the keys it matches by in memory. The indexes are dropped and created
again inside the caller's transaction: a rollback (cancel, error, dry run) brings them back as
they were, and other connections keep seeing the committed schema meanwhile. Other databases
keep their indexes (PostgreSQL would lock the table for everyone during the import).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

from sqlalchemy.engine import Connection

#: Below this many rows the gain is smaller than the cost of reading the index definitions.
MIN_ROWS = 20_000
#: Page cache (KiB, as ``PRAGMA cache_size`` takes it negated) of an import's connection. With
#: the default 2 MB, a 100 000-row import spills changed pages to the WAL again and again (the
#: same pages rewritten: 66 MB of WAL instead of 30) and sorts each rebuilt index through
#: temporary files. SQLite takes the memory only as pages are used.
SORT_CACHE_KIB = 65_536


@contextlib.contextmanager
def larger_page_cache(connection: Connection, kib: int = SORT_CACHE_KIB) -> Iterator[None]:
    """Give ``connection`` a page cache of ``kib`` for the block (SQLite), then its own back."""
    if connection.dialect.name != "sqlite":
        yield
        return
    # on the driver's connection: a pragma must not begin the caller's transaction
    driver: Any = connection.connection.driver_connection
    cache_size = int(driver.execute("PRAGMA cache_size").fetchone()[0])
    driver.execute(f"PRAGMA cache_size = -{kib}")
    try:
        yield
    finally:
        driver.execute(f"PRAGMA cache_size = {cache_size}")


@contextlib.contextmanager
def indexes_built_after(
    connection: Connection, table: str, *, expected_rows: int,
) -> Iterator[bool]:
    """Drop ``table``'s secondary indexes and create them again after the block.

    Yields whether it did: only on SQLite, when ``expected_rows`` is big and at least twice
    the table's row count; the block must then look rows up by their key only.
    On an error the block's transaction must be rolled back: the indexes are not recreated.
    """
    if connection.dialect.name != "sqlite" or expected_rows < MIN_ROWS:
        yield False
        return
    existing = connection.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar_one()
    if expected_rows < 2 * existing:
        yield False
        return
    dropped = [(name, sql) for name, sql in connection.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
        "AND sql IS NOT NULL ORDER BY name", (table,))]
    for name, _sql in dropped:
        connection.exec_driver_sql(f'DROP INDEX "{name}"')
    yield True
    with larger_page_cache(connection):  # sorted in memory (the import's is already large)
        for _name, sql in dropped:
            connection.exec_driver_sql(sql)
