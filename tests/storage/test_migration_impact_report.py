"""0009: a workspace of the previous version opens with no impact report and can record one;
the migration's table is the one the app writes, and it goes back to 0008 cleanly."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlmodel import SQLModel

from srm_inclusif.core.impact import ExitCounts, ImpactFigures
from srm_inclusif.storage import migrate
from srm_inclusif.storage.services.impact_reports import add_impact_report, list_impact_reports
from srm_inclusif.storage.tables import ImpactReport
from srm_inclusif.storage.workspace import open_workspace
from tests.support import workspace_at

CLIENT = ("INSERT INTO counterparty (id, name, norm_name, siret_status, kind, service_types, "
          "networks, offers, extra_sectors, is_qpv, is_zrr, notes, favourite, active, "
          "edited_fields, created_at, updated_at) VALUES (1, 'Groupe Horizon', "
          "'groupe horizon', 'missing', 'CLASSIC', '[]', '[]', '[]', '[]', 0, 0, '', 0, 1, '[]', "
          "'2025-01-01 00:00:00', '2025-01-01 00:00:00')")
FIGURES = ImpactFigures(date(2026, 1, 1), date(2026, 6, 30), people=4,
                        exits=ExitCounts(durable=1, other=1))


def test_a_0008_workspace_records_reports_for_its_clients(tmp_path: Path) -> None:
    path = tmp_path / "ancien.sqlite3"
    workspace_at(path, "0008", (CLIENT, ()))
    workspace = open_workspace(path)
    assert workspace.schema_revision == migrate.schema_head()
    assert list_impact_reports(workspace.engine, counterparty_id=1) == []
    add_impact_report(workspace.engine, counterparty_id=1, figures=FIGURES)
    [row] = list_impact_reports(workspace.engine, counterparty_id=1)
    assert (row.client_name, row.figures) == ("Groupe Horizon", FIGURES)
    workspace.close()


def test_the_migrated_table_is_the_table_the_app_writes(tmp_path: Path) -> None:
    engine = sa.create_engine(f"sqlite:///{tmp_path / 'neuf.sqlite3'}")
    _upgrade(engine, "0009")
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), SQLModel.metadata)
    engine.dispose()
    assert [d for d in differences if ImpactReport.__tablename__ in repr(d)] == []


def test_downgrade_to_0008_drops_the_table_only(tmp_path: Path) -> None:
    engine = sa.create_engine(f"sqlite:///{tmp_path / 'retour.sqlite3'}")
    _upgrade(engine, "0009")
    config = migrate.alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0008")
    tables = sa.inspect(engine).get_table_names()
    engine.dispose()
    assert "impact_report" not in tables
    assert "counterparty" in tables


def _upgrade(engine: sa.Engine, revision: str) -> None:
    config = migrate.alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
