"""indexes on the QPV and ZRR flags

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22

The counterparty list counts the structures in a QPV or a ZRR on every click of those facets;
without an index SQLite read all 100 000 rows of a large register to count them.
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("counterparty", schema=None) as batch_op:
        batch_op.create_index("ix_counterparty_is_qpv", ["is_qpv"], unique=False)
        batch_op.create_index("ix_counterparty_is_zrr", ["is_zrr"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("counterparty", schema=None) as batch_op:
        batch_op.drop_index("ix_counterparty_is_zrr")
        batch_op.drop_index("ix_counterparty_is_qpv")
