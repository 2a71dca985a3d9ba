"""a rejected line's own cells kept with its report

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-24

The lines to check of an import (wizard, imports page, ``--rejects``) gave a rejected line's
file, line number, field, value and reason: to fix it and import it again, the user had to find
it in the source file by its number. Each rejected line now keeps its cells under its file's
column titles (JSON text, capped), which the export gives after the report's columns. Rows
reported before have none (the file may be gone) and export as before.
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("import_issue", schema=None) as batch_op:
        batch_op.add_column(sa.Column("raw_cells", sqlmodel.sql.sqltypes.AutoString(),
                                      nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("import_issue", schema=None) as batch_op:
        batch_op.drop_column("raw_cells")
