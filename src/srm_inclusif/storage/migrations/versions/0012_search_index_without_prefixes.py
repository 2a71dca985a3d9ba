"""search index: no prefix indexes

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-24

The search index kept three extra copies of its terms, cut to their first 1, 2 and 3 letters,
to answer the prefix queries of search-as-you-type (« nett » finds « Nettoyage »). Measured on
100 000 counterparties, FTS5 answers them as fast from its terms alone (1 to 25 ms with or
without, ranked or counted), while filling those copies made a third of the index's cost, the
largest part of a big import. The index is made again without them, and filled from the tables.
"""

from __future__ import annotations

import contextlib

import sqlalchemy as sa
from alembic import op

from srm_inclusif.storage.search_index import rebuild_search_index

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

_COLUMNS = "name, brand, city, sectors, offers, contacts"
_TOKENIZE = "tokenize='unicode61 remove_diacritics 2'"
#: Bytes of pending terms kept in memory before FTS5 writes a segment (as revision 0003 set).
HASH_SIZE = 64 * 1024 * 1024


def _remake(options: str) -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute("DROP TABLE IF EXISTS counterparty_search")
    op.execute(f"CREATE VIRTUAL TABLE counterparty_search USING fts5({_COLUMNS}, {options})")
    # an SQLite older than the option refuses it: the index works, only slower to fill
    with contextlib.suppress(sa.exc.OperationalError):
        op.execute(f"INSERT INTO counterparty_search(counterparty_search, rank) "
                   f"VALUES ('hashsize', {HASH_SIZE})")
    rebuild_search_index(op.get_bind())


def upgrade() -> None:
    _remake(_TOKENIZE)


def downgrade() -> None:
    _remake(f"{_TOKENIZE}, prefix='1 2 3'")
