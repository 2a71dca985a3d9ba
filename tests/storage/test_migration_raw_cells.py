"""0013: a workspace of the previous version keeps its import reports, which export as before
(no line cells: they were not kept then); its new imports' rejected lines give their cells."""

from __future__ import annotations

import csv
from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlmodel import SQLModel

from srm_inclusif.exchange.importer import ImportSettings, import_files
from srm_inclusif.exchange.report import write_issues_csv
from srm_inclusif.storage import migrate
from srm_inclusif.storage.services.imports import list_import_issues
from srm_inclusif.storage.tables import ImportIssue
from srm_inclusif.storage.workspace import open_workspace
from tests.support import workspace_at

BATCH = ("INSERT INTO import_batch (id, target, format, file_names, started_at, counts) "
         "VALUES (1, 'suppliers', 'generic', 'annuaire.csv', '2025-01-01 00:00:00', '{}')")
ISSUE = ("INSERT INTO import_issue (batch_id, severity, file_name, line, field, value, reason, "
         "structure_name) VALUES (1, 'rejected', 'annuaire.csv', 4, 'name', '', "
         "'Raison sociale manquante.', '')")
REPORT = ["Gravité", "Fichier", "Ligne", "Structure", "Champ", "Valeur", "Motif"]


def _exported(engine: sa.Engine, batch_id: int | None, path: Path) -> list[list[str]]:
    write_issues_csv(path, list_import_issues(engine, batch_id=batch_id or 0))
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle, delimiter=";"))


def test_a_0012_workspace_exports_its_old_rejects_as_before(tmp_path: Path) -> None:
    path = tmp_path / "ancien.sqlite3"
    workspace_at(path, "0012", (BATCH, ()), (ISSUE, ()))
    source = tmp_path / "nouveau.csv"
    source.write_text("Raison sociale;Ville\nAtelier Vert;Lyon\n;Paris\n", encoding="utf-8")

    workspace = open_workspace(path)
    summary = import_files(workspace.engine, [source], ImportSettings())

    assert workspace.schema_revision == migrate.schema_head()
    assert _exported(workspace.engine, 1, tmp_path / "old.csv") == [
        REPORT, ["Rejetée", "annuaire.csv", "4", "", "Raison sociale", "",
                 "Raison sociale manquante."]]
    assert _exported(workspace.engine, summary.batch_id, tmp_path / "new.csv") == [
        [*REPORT, "Raison sociale", "Ville"],
        ["Rejetée", "nouveau.csv", "3", "", "Raison sociale", "", "Raison sociale manquante.",
         "", "Paris"]]
    workspace.close()


def _upgrade(engine: sa.Engine, revision: str, *, down: bool = False) -> None:
    config = migrate.alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        (command.downgrade if down else command.upgrade)(config, revision)


def test_the_migrated_table_is_the_table_the_app_writes(tmp_path: Path) -> None:
    engine = sa.create_engine(f"sqlite:///{tmp_path / 'neuf.sqlite3'}")
    _upgrade(engine, "0013")
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), SQLModel.metadata)
    engine.dispose()
    assert [d for d in differences if ImportIssue.__tablename__ in repr(d)] == []


def test_downgrade_to_0012_drops_the_cells_and_keeps_the_rows(tmp_path: Path) -> None:
    path = tmp_path / "retour.sqlite3"
    workspace_at(path, "0013", (BATCH, ()), (ISSUE, ()))
    engine = sa.create_engine(f"sqlite:///{path}")
    _upgrade(engine, "0012", down=True)
    columns = {column["name"] for column in sa.inspect(engine).get_columns("import_issue")}
    with engine.connect() as connection:
        count = connection.exec_driver_sql("SELECT count(*) FROM import_issue").scalar()
    engine.dispose()
    assert "raw_cells" not in columns
    assert count == 1
