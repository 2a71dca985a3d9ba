"""The full-text search index of counterparties (SQLite FTS5 ``counterparty_search``).

The index holds, per counterparty (rowid = counterparty id): name, brand, place (in the ``city``
column: the city, then the department's name and code and the region's name, derived from the
post code: « Corse » or « 2B » finds Bastia), sector names (reference sectors, their groups and
free-text métiers), offers with the client references (names and descriptions, in the
``offers`` column) and the names of contacts that are not anonymised.
Everything SQLite-specific about text search lives here, so that a later PostgreSQL backend only
has to provide the same three functions.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

import sqlalchemy as sa
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

#: One row of the index per counterparty; each column is a space-joined text. Empty lists
#: (most rows) skip their ``json_each`` subquery: it cost more than the rest of the row.
_ROWS_SQL = """
SELECT c.id,
       c.name,
       coalesce(c.brand, ''),
       coalesce(c.city, '') || coalesce((SELECT ' ' || d.name || ' ' || d.code
                                                || CASE d.region_name WHEN d.name THEN ''
                                                   ELSE ' ' || d.region_name END
                                           FROM department d WHERE d.code = c.department_code),
                                        ''),
       coalesce((SELECT group_concat(s.name || ' ' || s.group_name, ' ')
                   FROM counterparty_sector cs JOIN sector s ON s.id = cs.sector_id
                  WHERE cs.counterparty_id = c.id), '')
         || CASE c.extra_sectors WHEN '[]' THEN '' ELSE ' ' || coalesce(
              (SELECT group_concat(value, ' ') FROM json_each(c.extra_sectors)), '') END,
       CASE c.offers WHEN '[]' THEN '' ELSE coalesce(
         (SELECT group_concat(coalesce(json_extract(value, '$.name'), '') || ' '
                              || coalesce(json_extract(value, '$.description'), ''), ' ')
            FROM json_each(c.offers)), '') END
         || CASE c.client_references WHEN '[]' THEN '' ELSE ' ' || coalesce(
              (SELECT group_concat(coalesce(json_extract(value, '$.name'), '') || ' '
                                   || coalesce(json_extract(value, '$.description'), ''), ' ')
                 FROM json_each(c.client_references)), '') END,
       coalesce((SELECT group_concat(coalesce(k.first_name, '') || ' '
                                     || coalesce(k.last_name, ''), ' ')
                   FROM contact k WHERE k.counterparty_id = c.id AND NOT k.anonymised), '')
  FROM counterparty c
"""

_INSERT_PREFIX = (
    "INSERT INTO counterparty_search(rowid, name, brand, city, sectors, offers, contacts) "
)


def index_new_counterparties(connection: Connection, first_id: int, last_id: int) -> None:
    """Index counterparties ``first_id`` to ``last_id`` that have no index row yet.

    The import's path for the rows it has just created (with their sectors and contacts): one
    statement over a range of ids, no row to delete first.
    """
    connection.exec_driver_sql(
        _INSERT_PREFIX + _ROWS_SQL + " WHERE c.id BETWEEN ? AND ?", (first_id, last_id))


class NewRowsIndexer:
    """Indexes the rows an import creates, by batches of consecutive new ids.

    FTS5 writes its buffered terms out as a new segment at the end of every ``INSERT ...
    SELECT`` into the index, and merges segments as they pile up: indexing a big import 2 000
    rows at a time cost a third more than in one statement. Batches of ``BATCH`` rows cost as
    little as one statement and each still takes a fraction of a second (progress keeps moving).
    A row created but not indexed yet is *pending*: it is read from the tables when its batch
    is indexed, so changes made to it meanwhile need no reindexing of their own.
    """

    BATCH = 10_000

    def __init__(self, connection: Connection, first_new_id: int) -> None:
        self.connection = connection
        self.first_pending = first_new_id
        self.last_created = first_new_id - 1

    def is_pending(self, counterparty_id: int) -> bool:
        """True for a new row that its batch will index (do not reindex it on its own)."""
        return counterparty_id >= self.first_pending

    def created_up_to(self, last_id: int) -> None:
        """Rows up to ``last_id`` exist with their links; index them once a batch is full."""
        self.last_created = max(self.last_created, last_id)
        if self.last_created - self.first_pending + 1 >= self.BATCH:
            self.flush()

    def flush(self) -> None:
        """Index every pending row now (at the end of the import)."""
        if self.last_created >= self.first_pending:
            index_new_counterparties(self.connection, self.first_pending, self.last_created)
        self.first_pending = self.last_created + 1


def reindex_counterparties(connection: Connection | Session, ids: Iterable[int]) -> None:
    """Refresh the index rows of the given counterparties (deleted ones simply drop out).

    Runs inside the caller's transaction: pass the Connection or Session that wrote the rows.
    """
    id_list = sorted({int(i) for i in ids})
    if not id_list:
        return
    conn = _connection(connection)
    id_json = json.dumps(id_list)
    conn.execute(
        sa.text("DELETE FROM counterparty_search WHERE rowid IN "
                "(SELECT value FROM json_each(:ids))"),
        {"ids": id_json},
    )
    conn.execute(
        sa.text(_INSERT_PREFIX + _ROWS_SQL + " WHERE c.id IN (SELECT value FROM json_each(:ids))"),
        {"ids": id_json},
    )


def rebuild_search_index(connection: Connection | Session) -> None:
    """Rebuild the whole index from the tables (after a bulk load or to repair it)."""
    conn = _connection(connection)
    conn.execute(sa.text("DELETE FROM counterparty_search"))
    conn.execute(sa.text(_INSERT_PREFIX + _ROWS_SQL))
    conn.execute(
        sa.text("INSERT INTO counterparty_search(counterparty_search) VALUES ('optimize')")
    )


def purge_deleted_terms(connection: Connection | Session) -> None:
    """Rewrite the index so that no trace of deleted text stays in it (after anonymising).

    FTS5 only marks deleted entries until segments merge; ``optimize`` merges them now, and
    ``secure_delete`` overwrites the freed pages of the file.
    """
    conn = _connection(connection)
    conn.exec_driver_sql("PRAGMA secure_delete = ON")
    conn.execute(
        sa.text("INSERT INTO counterparty_search(counterparty_search) VALUES ('optimize')")
    )


def search_matches(fts_query: str) -> sa.Subquery:
    """A subquery ``(id, rank)`` of counterparties matching an FTS query, best rank lowest.

    ``fts_query`` must come from :func:`srm_inclusif.core.search_query.to_fts_query`. The name
    weighs most, then brand, sectors and offers, then city and contacts.
    """
    return (
        sa.select(
            sa.literal_column("counterparty_search.rowid").label("id"),
            sa.literal_column("bm25(counterparty_search, 10.0, 6.0, 2.0, 4.0, 3.0, 2.0)")
            .label("rank"),
        )
        .select_from(sa.table("counterparty_search"))
        .where(sa.text("counterparty_search MATCH :fts_query").bindparams(fts_query=fts_query))
        .subquery("matches")
    )


def match_ids(fts_query: str) -> sa.Select[tuple[int]]:
    """The ids of the counterparties matching an FTS query, in no particular order."""
    return (
        sa.select(sa.literal_column("counterparty_search.rowid"))
        .select_from(sa.table("counterparty_search"))
        .where(sa.text("counterparty_search MATCH :fts_ids").bindparams(fts_ids=fts_query))
    )


def collect_matches(connection: Connection, fts_query: str) -> int:
    """Keep the ids matching an FTS query in this connection's ``temp.search_hits``; their number.

    The list needs the matches twice (to count them, then to page through them in name order):
    reading the index once instead halves the cost of a search of several words on 100 000
    counterparties. The rows belong to the caller's transaction, rolled back when the
    connection goes back to the pool; each call starts afresh. Read them with
    :func:`collected_ids`.
    """
    connection.exec_driver_sql(
        "CREATE TEMP TABLE IF NOT EXISTS search_hits (id INTEGER PRIMARY KEY)")
    connection.exec_driver_sql("DELETE FROM temp.search_hits")
    inserted = connection.execute(
        sa.text("INSERT INTO temp.search_hits SELECT rowid FROM counterparty_search "
                "WHERE counterparty_search MATCH :q"), {"q": fts_query})
    return int(inserted.rowcount)


def collected_ids(*, unindexed: bool = False) -> sa.TextClause:
    """``counterparty.id IN`` the ids kept by :func:`collect_matches`.

    ``unindexed`` writes ``+counterparty.id``: SQLite then reads the counterparties another
    way (the name index in order, a facet's index) and checks each against the matches,
    instead of reading the matches first.
    """
    plus = "+" if unindexed else ""
    return sa.text(f"{plus}counterparty.id IN (SELECT id FROM temp.search_hits)")


def count_matches(connection: Connection | Session, fts_query: str) -> int:
    """How many counterparties match an FTS query (fast: the index alone answers)."""
    query = sa.text("SELECT count(*) FROM counterparty_search WHERE counterparty_search MATCH :q")
    return int(_connection(connection).execute(query, {"q": fts_query}).scalar_one())


def _connection(connection: Connection | Session) -> Connection:
    if isinstance(connection, Session):
        connection.flush()
        return connection.connection()
    return connection
