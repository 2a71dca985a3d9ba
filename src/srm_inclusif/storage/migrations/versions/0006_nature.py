"""head office or antenna of a counterparty

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-22

The Marché de l'inclusion API gives each structure a ``nature``: ``HEAD_OFFICE`` (the siège) or
``ANTENNA`` (a local branch of a bigger structure). Buyers need it when sourcing near a site and
when two records look like duplicates; it was left out of the import and is now kept. Existing
rows get NULL (not known).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("counterparty", schema=None) as batch_op:
        batch_op.add_column(sa.Column("nature", sa.String(length=12), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("counterparty", schema=None) as batch_op:
        batch_op.drop_column("nature")
