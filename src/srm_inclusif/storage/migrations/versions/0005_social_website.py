"""social network page of a counterparty

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22

The Marché de l'inclusion gives a structure's page on a social network (LinkedIn, Facebook...):
``Réseau social`` in its CSV and XLS exports made from a need, ``contact_social_website`` in its
API pages. Buyers look at it before a first contact; it was left out of the import and is now
kept next to ``website``. Existing rows get NULL (no page known).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("counterparty", schema=None) as batch_op:
        batch_op.add_column(sa.Column("social_website", sa.String(length=300), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("counterparty", schema=None) as batch_op:
        batch_op.drop_column("social_website")
