"""indexes sorting the counterparty list by city

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-23

A click on the « Ville » column title sorts the list by city, then name, then id. Without an
index SQLite read and sorted the 100 000 rows of a large register on every click (0.1 to 0.7 s
on a loaded machine); through these indexes it reads the first 60 in order. Descending sorts the
cities from Z to A but keeps the names from A to Z within a city: an index read backwards would
reverse the names too, hence a second index, its city descending.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_counterparty_city_name", "counterparty", ["city", "norm_name"])
    op.create_index("ix_counterparty_city_desc_name", "counterparty",
                    [sa.text("city DESC"), "norm_name"])


def downgrade() -> None:
    op.drop_index("ix_counterparty_city_desc_name", table_name="counterparty")
    op.drop_index("ix_counterparty_city_name", table_name="counterparty")
