"""impact reports of a structure inclusive to its clients

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-22

A structure inclusive reports to each client what its purchases produced over a period: the
people employed on the mission, the hours worked, the training hours and the exits, counted by
category (durable employment, transition employment, positive exits, other exits), from which
the rate of « sorties dynamiques » is computed. Counts only: no person is named. Workspaces of
the previous version get the table empty.
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "impact_report",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("counterparty_id", sa.Integer(), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("people", sa.Integer(), nullable=False),
        sa.Column("hours_worked", sa.String(length=40), nullable=False),
        sa.Column("training_hours", sa.String(length=40), nullable=False),
        sa.Column("exits_durable", sa.Integer(), nullable=False),
        sa.Column("exits_transition", sa.Integer(), nullable=False),
        sa.Column("exits_positive", sa.Integer(), nullable=False),
        sa.Column("exits_other", sa.Integer(), nullable=False),
        sa.Column("comment", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["counterparty_id"], ["counterparty.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("impact_report", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_impact_report_counterparty_id"), ["counterparty_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("impact_report", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_impact_report_counterparty_id"))
    op.drop_table("impact_report")
