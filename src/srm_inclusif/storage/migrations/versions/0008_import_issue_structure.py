"""name of the structure a reported import row is about

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-22

The report of an import (rejected, flagged, merged and conflicting rows) gave a row's file,
line, field, value and reason, but not which structure (or, for a purchase line, which supplier)
it was about: to act on « E-mail invalide », the user had to open the file at that line. Each
reported row now keeps the name its row carries. Rows reported before get an empty name (not
known: the file may be gone).
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("import_issue", schema=None) as batch_op:
        batch_op.add_column(sa.Column("structure_name",
                                      sqlmodel.sql.sqltypes.AutoString(length=250),
                                      nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("import_issue", schema=None) as batch_op:
        batch_op.drop_column("structure_name")
