"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-22

Every table of the first data model, the search index and the reference data (sectors,
departments, SMIC parameters, default feedback criteria).
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

from srm_inclusif.storage.seed import seed_reference_data

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "counterparty",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=250), nullable=False),
        sa.Column("brand", sqlmodel.sql.sqltypes.AutoString(length=250), nullable=True),
        sa.Column("norm_name", sqlmodel.sql.sqltypes.AutoString(length=250), nullable=False),
        sa.Column("siret", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=True),
        sa.Column("siret_status", sqlmodel.sql.sqltypes.AutoString(length=12), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
        sa.Column("legal_form", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=True),
        sa.Column("address", sqlmodel.sql.sqltypes.AutoString(length=400), nullable=True),
        sa.Column("post_code", sqlmodel.sql.sqltypes.AutoString(length=5), nullable=True),
        sa.Column("city", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=True),
        sa.Column("department_code", sqlmodel.sql.sqltypes.AutoString(length=3), nullable=True),
        sa.Column("region_code", sqlmodel.sql.sqltypes.AutoString(length=3), nullable=True),
        sa.Column("service_types", sa.JSON(), nullable=False),
        sa.Column("networks", sa.JSON(), nullable=False),
        sa.Column("offers", sa.JSON(), nullable=False),
        sa.Column("extra_sectors", sa.JSON(), nullable=False),
        sa.Column("is_qpv", sa.Boolean(), nullable=False),
        sa.Column("is_zrr", sa.Boolean(), nullable=False),
        sa.Column("headcount_insertion", sa.Float(), nullable=True),
        sa.Column("headcount_permanent", sa.Float(), nullable=True),
        sa.Column("capacity", sqlmodel.sql.sqltypes.AutoString(length=250), nullable=True),
        sa.Column("website", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=True),
        sa.Column("phone", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=True),
        sa.Column("email", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
        sa.Column("notes", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("favourite", sa.Boolean(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("source", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=True),
        sa.Column("source_id", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=True),
        sa.Column("imported_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("edited_fields", sa.JSON(), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("counterparty", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_counterparty_department_code"), ["department_code"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_counterparty_favourite"), ["favourite"], unique=False)
        batch_op.create_index(batch_op.f("ix_counterparty_kind"), ["kind"], unique=False)
        batch_op.create_index("ix_counterparty_match", ["norm_name", "post_code"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_counterparty_region_code"), ["region_code"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_counterparty_siret"), ["siret"], unique=False)

    op.create_table(
        "department",
        sa.Column("code", sqlmodel.sql.sqltypes.AutoString(length=3), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
        sa.Column("region_code", sqlmodel.sql.sqltypes.AutoString(length=3), nullable=False),
        sa.Column("region_name", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
        sa.PrimaryKeyConstraint("code"),
    )
    with op.batch_alter_table("department", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_department_region_code"), ["region_code"], unique=False
        )

    op.create_table(
        "feedback_criterion",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
        sa.Column("label", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column("weight", sa.Float(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("key"),
    )
    op.create_table(
        "import_batch",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("target", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("format", sqlmodel.sql.sqltypes.AutoString(length=30), nullable=False),
        sa.Column("file_names", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("started_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("finished_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("counts", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "mapping_profile",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column("target", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("mapping", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name"),
    )
    op.create_table(
        "parameter",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column("value", sa.String(length=40), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("note", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name", "valid_from"),
    )
    with op.batch_alter_table("parameter", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_parameter_name"), ["name"], unique=False)

    op.create_table(
        "reminder_state",
        sa.Column("key", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column("snoozed_until", sa.Date(), nullable=True),
        sa.Column("dismissed_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "saved_search",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("query", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("facets", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name"),
    )
    op.create_table(
        "sector",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("slug", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("group_slug", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column("group_name", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("slug"),
    )
    with op.batch_alter_table("sector", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sector_group_slug"), ["group_slug"], unique=False)

    op.create_table(
        "team",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name"),
    )
    op.create_table(
        "workspace_settings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("profile", sqlmodel.sql.sqltypes.AutoString(length=30), nullable=False),
        sa.Column(
            "organisation_name", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False
        ),
        sa.Column("organisation_siret", sqlmodel.sql.sqltypes.AutoString(length=14), nullable=True),
        sa.Column("fiscal_year_start_month", sa.Integer(), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "contact",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("counterparty_id", sa.Integer(), nullable=False),
        sa.Column("first_name", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=True),
        sa.Column("last_name", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=True),
        sa.Column("role", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=True),
        sa.Column("email", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
        sa.Column("phone", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=True),
        sa.Column("last_interaction", sa.Date(), nullable=True),
        sa.Column("anonymised", sa.Boolean(), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["counterparty_id"], ["counterparty.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_contact_counterparty_id"), ["counterparty_id"], unique=False
        )

    op.create_table(
        "counterparty_kind_period",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("counterparty_id", sa.Integer(), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=True),
        sa.Column("valid_until", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(["counterparty_id"], ["counterparty.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("counterparty_kind_period", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_counterparty_kind_period_counterparty_id"),
            ["counterparty_id"],
            unique=False,
        )

    op.create_table(
        "counterparty_label",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("counterparty_id", sa.Integer(), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=True),
        sa.Column("valid_until", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(["counterparty_id"], ["counterparty.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("counterparty_label", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_counterparty_label_counterparty_id"), ["counterparty_id"], unique=False
        )

    op.create_table(
        "counterparty_sector",
        sa.Column("counterparty_id", sa.Integer(), nullable=False),
        sa.Column("sector_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["counterparty_id"], ["counterparty.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(
            ["sector_id"],
            ["sector.id"],
        ),
        sa.PrimaryKeyConstraint("counterparty_id", "sector_id"),
    )
    with op.batch_alter_table("counterparty_sector", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_counterparty_sector_sector_id"), ["sector_id"], unique=False
        )

    op.create_table(
        "import_issue",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("batch_id", sa.Integer(), nullable=False),
        sa.Column("severity", sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
        sa.Column("file_name", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.Column("line", sa.Integer(), nullable=True),
        sa.Column("field", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column("value", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("reason", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.ForeignKeyConstraint(["batch_id"], ["import_batch.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("import_issue", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_import_issue_batch_id"), ["batch_id"], unique=False)

    op.create_table(
        "person",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column("role", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column("email", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
        sa.Column("team_id", sa.Integer(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["team_id"], ["team.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_person_name"), ["name"], unique=False)

    op.create_table(
        "need",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sqlmodel.sql.sqltypes.AutoString(length=250), nullable=False),
        sa.Column("department_code", sqlmodel.sql.sqltypes.AutoString(length=3), nullable=True),
        sa.Column("estimated_amount_cents", sa.Integer(), nullable=True),
        sa.Column("description", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("reserved", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=True),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["owner_id"], ["person.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "objective_sheet",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("team_id", sa.Integer(), nullable=True),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("target_variable_cents", sa.Integer(), nullable=False),
        sa.Column("comment", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["team_id"], ["team.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("person_id", "team_id", "year"),
    )
    with op.batch_alter_table("objective_sheet", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_objective_sheet_person_id"), ["person_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_objective_sheet_year"), ["year"], unique=False)

    op.create_table(
        "need_sector",
        sa.Column("need_id", sa.Integer(), nullable=False),
        sa.Column("sector_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["need_id"], ["need.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(
            ["sector_id"],
            ["sector.id"],
        ),
        sa.PrimaryKeyConstraint("need_id", "sector_id"),
    )
    op.create_table(
        "objective",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sheet_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("label", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("indicator", sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
        sa.Column("basis", sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
        sa.Column("unit", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("baseline", sa.String(length=40), nullable=True),
        sa.Column("target", sa.String(length=40), nullable=False),
        sa.Column("weight", sa.String(length=40), nullable=False),
        sa.Column("threshold_trigger", sa.String(length=40), nullable=False),
        sa.Column("threshold_target", sa.String(length=40), nullable=False),
        sa.Column("threshold_cap", sa.String(length=40), nullable=False),
        sa.Column("curve", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("lower_is_better", sa.Boolean(), nullable=False),
        sa.Column("manual_actual", sa.String(length=40), nullable=True),
        sa.ForeignKeyConstraint(["sheet_id"], ["objective_sheet.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("objective", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_objective_sheet_id"), ["sheet_id"], unique=False)

    op.create_table(
        "relationship",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("counterparty_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("need_id", sa.Integer(), nullable=True),
        sa.Column("stage", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("stage_since", sa.Date(), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["counterparty_id"], ["counterparty.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["need_id"], ["need.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("relationship", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_relationship_counterparty_id"), ["counterparty_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_relationship_person_id"), ["person_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_relationship_stage"), ["stage"], unique=False)

    op.create_table(
        "shortlist",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("need_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["need_id"], ["need.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "contract",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("relationship_id", sa.Integer(), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(length=30), nullable=False),
        sa.Column("title", sqlmodel.sql.sqltypes.AutoString(length=250), nullable=False),
        sa.Column("scope", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("success_criteria", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("amount_cents", sa.Integer(), nullable=True),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("notice_days", sa.Integer(), nullable=False),
        sa.Column("previous_contract_id", sa.Integer(), nullable=True),
        sa.Column("reserved_article", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=True),
        sa.Column("decision", sqlmodel.sql.sqltypes.AutoString(length=10), nullable=True),
        sa.Column("decision_date", sa.Date(), nullable=True),
        sa.Column("decision_reason", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("has_clause_sociale", sa.Boolean(), nullable=False),
        sa.Column("clause_hours_planned", sa.Float(), nullable=True),
        sa.Column("clause_hours_realised", sa.Float(), nullable=True),
        sa.Column("clause_mode", sqlmodel.sql.sqltypes.AutoString(length=30), nullable=True),
        sa.Column("clause_participants", sa.Integer(), nullable=True),
        sa.Column(
            "clause_facilitator", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True
        ),
        sa.Column("labour_cost_cents", sa.Integer(), nullable=True),
        sa.Column("labour_share", sa.String(length=40), nullable=True),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["previous_contract_id"], ["contract.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["relationship_id"], ["relationship.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("contract", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contract_end_date"), ["end_date"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_contract_relationship_id"), ["relationship_id"], unique=False
        )

    op.create_table(
        "shortlist_entry",
        sa.Column("shortlist_id", sa.Integer(), nullable=False),
        sa.Column("counterparty_id", sa.Integer(), nullable=False),
        sa.Column("rank", sa.Integer(), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("reasons", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["counterparty_id"], ["counterparty.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["shortlist_id"], ["shortlist.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("shortlist_id", "counterparty_id"),
    )
    op.create_table(
        "stage_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("relationship_id", sa.Integer(), nullable=False),
        sa.Column("from_stage", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=True),
        sa.Column("to_stage", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("changed_on", sa.Date(), nullable=False),
        sa.Column("reason", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["relationship_id"], ["relationship.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("stage_change", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_stage_change_relationship_id"), ["relationship_id"], unique=False
        )

    op.create_table(
        "feedback",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contract_id", sa.Integer(), nullable=False),
        sa.Column("author", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("author_person_id", sa.Integer(), nullable=True),
        sa.Column("given_on", sa.Date(), nullable=False),
        sa.Column("direction", sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
        sa.Column("overall_comment", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("would_recommend", sa.Boolean(), nullable=True),
        sa.Column("reply", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("reply_on", sa.Date(), nullable=True),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["author_person_id"], ["person.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["contract_id"], ["contract.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("feedback", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_feedback_contract_id"), ["contract_id"], unique=False)

    op.create_table(
        "spend_line",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("counterparty_id", sa.Integer(), nullable=False),
        sa.Column("amount_cents", sa.Integer(), nullable=False),
        sa.Column("spend_date", sa.Date(), nullable=False),
        sa.Column("basis", sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
        sa.Column("purchase_category", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
        sa.Column("buying_entity", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("contract_id", sa.Integer(), nullable=True),
        sa.Column("invoice_number", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=True),
        sa.Column("source", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
        sa.Column("import_batch_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["contract_id"], ["contract.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["counterparty_id"], ["counterparty.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["import_batch_id"], ["import_batch.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("spend_line", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_spend_line_counterparty_id"), ["counterparty_id"], unique=False
        )
        batch_op.create_index("ix_spend_line_date_basis", ["spend_date", "basis"], unique=False)

    op.create_table(
        "action_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("feedback_id", sa.Integer(), nullable=True),
        sa.Column("relationship_id", sa.Integer(), nullable=True),
        sa.Column("text", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(["feedback_id"], ["feedback.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["owner_id"], ["person.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["relationship_id"], ["relationship.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "feedback_score",
        sa.Column("feedback_id", sa.Integer(), nullable=False),
        sa.Column("criterion_id", sa.Integer(), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("weight", sa.Float(), nullable=False),
        sa.Column("comment", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.ForeignKeyConstraint(
            ["criterion_id"],
            ["feedback_criterion.id"],
        ),
        sa.ForeignKeyConstraint(["feedback_id"], ["feedback.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("feedback_id", "criterion_id"),
    )

    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "CREATE VIRTUAL TABLE counterparty_search USING fts5("
            "name, brand, city, sectors, offers, contacts, "
            "tokenize='unicode61 remove_diacritics 2', prefix='1 2 3')"
        )
    seed_reference_data(op.get_bind())


def downgrade() -> None:
    op.execute("DROP TABLE IF EXISTS counterparty_search")

    op.drop_table("feedback_score")
    op.drop_table("action_item")
    with op.batch_alter_table("spend_line", schema=None) as batch_op:
        batch_op.drop_index("ix_spend_line_date_basis")
        batch_op.drop_index(batch_op.f("ix_spend_line_counterparty_id"))

    op.drop_table("spend_line")
    with op.batch_alter_table("feedback", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_feedback_contract_id"))

    op.drop_table("feedback")
    with op.batch_alter_table("stage_change", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_stage_change_relationship_id"))

    op.drop_table("stage_change")
    op.drop_table("shortlist_entry")
    with op.batch_alter_table("contract", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contract_relationship_id"))
        batch_op.drop_index(batch_op.f("ix_contract_end_date"))

    op.drop_table("contract")
    op.drop_table("shortlist")
    with op.batch_alter_table("relationship", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_relationship_stage"))
        batch_op.drop_index(batch_op.f("ix_relationship_person_id"))
        batch_op.drop_index(batch_op.f("ix_relationship_counterparty_id"))

    op.drop_table("relationship")
    with op.batch_alter_table("objective", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_objective_sheet_id"))

    op.drop_table("objective")
    op.drop_table("need_sector")
    with op.batch_alter_table("objective_sheet", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_objective_sheet_year"))
        batch_op.drop_index(batch_op.f("ix_objective_sheet_person_id"))

    op.drop_table("objective_sheet")
    op.drop_table("need")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_name"))

    op.drop_table("person")
    with op.batch_alter_table("import_issue", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_import_issue_batch_id"))

    op.drop_table("import_issue")
    with op.batch_alter_table("counterparty_sector", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_counterparty_sector_sector_id"))

    op.drop_table("counterparty_sector")
    with op.batch_alter_table("counterparty_label", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_counterparty_label_counterparty_id"))

    op.drop_table("counterparty_label")
    with op.batch_alter_table("counterparty_kind_period", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_counterparty_kind_period_counterparty_id"))

    op.drop_table("counterparty_kind_period")
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_counterparty_id"))

    op.drop_table("contact")
    op.drop_table("workspace_settings")
    op.drop_table("team")
    with op.batch_alter_table("sector", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sector_group_slug"))

    op.drop_table("sector")
    op.drop_table("saved_search")
    op.drop_table("reminder_state")
    with op.batch_alter_table("parameter", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_parameter_name"))

    op.drop_table("parameter")
    op.drop_table("mapping_profile")
    op.drop_table("import_batch")
    op.drop_table("feedback_criterion")
    with op.batch_alter_table("department", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_department_region_code"))

    op.drop_table("department")
    with op.batch_alter_table("counterparty", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_counterparty_siret"))
        batch_op.drop_index(batch_op.f("ix_counterparty_region_code"))
        batch_op.drop_index("ix_counterparty_match")
        batch_op.drop_index(batch_op.f("ix_counterparty_kind"))
        batch_op.drop_index(batch_op.f("ix_counterparty_favourite"))
        batch_op.drop_index(batch_op.f("ix_counterparty_department_code"))

    op.drop_table("counterparty")
