"""search index: department and region with the city

Revision ID: 0014
Revises: 0013
Create Date: 2026-11-24

The list's search found a supplier by its city only: « Corse », « 2B » or « Réunion » found no
structure of Haute-Corse or of La Réunion. The index's place column now also holds the name and
code of the department and the name of the region, derived from the post code. The table keeps
its columns; its rows are filled again from the tables (on SQLite: the index is SQLite's).
"""

from __future__ import annotations

from alembic import op

from srm_inclusif.storage.search_index import rebuild_search_index

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def _refill() -> None:
    if op.get_bind().dialect.name == "sqlite":
        rebuild_search_index(op.get_bind())


def upgrade() -> None:
    _refill()


def downgrade() -> None:
    # the previous version reads the places as more words of the city: nothing to undo
    pass
