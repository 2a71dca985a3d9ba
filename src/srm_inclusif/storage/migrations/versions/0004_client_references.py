"""client references of a counterparty

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22

The Marché de l'inclusion names up to three client references per structure (``Référence
client 1`` to ``3`` in its CSV and XLS exports, ``client_references`` in its API pages): the
companies a structure already works for, which a buyer reads before a first marché test. They
were left out of the import; they are now kept, as a list like ``offers``. Existing rows get an
empty list.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("counterparty", schema=None) as batch_op:
        batch_op.add_column(sa.Column("client_references", sa.JSON(), nullable=False,
                                      server_default="[]"))


def downgrade() -> None:
    with op.batch_alter_table("counterparty", schema=None) as batch_op:
        batch_op.drop_column("client_references")
