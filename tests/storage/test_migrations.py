"""Each migration upgrades a workspace of the previous version, data included, after a backup."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from srm_inclusif.storage import migrate
from srm_inclusif.storage.backup import backups_dir
from srm_inclusif.storage.workspace import open_workspace
from tests.support import workspace_at

REVISIONS = migrate.known_revisions()
STEPS = list(zip(REVISIONS, REVISIONS[1:], strict=False))


def _workspace_at(path: Path, revision: str) -> None:
    workspace_at(path, revision, (
        "INSERT INTO counterparty (name, norm_name, siret_status, kind, service_types, "
        "networks, offers, extra_sectors, is_qpv, is_zrr, notes, favourite, active, "
        "edited_fields, created_at, updated_at) VALUES ('Atelier Ancien', 'atelier ancien', "
        "'missing', 'EI', '[]', '[]', '[]', '[]', 0, 0, 'note', 0, 1, '[\"notes\"]', "
        "'2025-01-01 00:00:00', '2025-01-01 00:00:00')", ()))


@pytest.mark.parametrize(("previous", "following"), STEPS)
def test_upgrade_keeps_data_and_backs_up_first(tmp_path: Path, previous: str,
                                               following: str) -> None:
    path = tmp_path / "ancien.sqlite3"
    _workspace_at(path, previous)
    workspace = open_workspace(path)
    assert workspace.schema_revision == migrate.schema_head()
    with workspace.engine.connect() as connection:
        row = connection.exec_driver_sql(
            "SELECT name, kind, notes FROM counterparty").one()
    assert tuple(row) == ("Atelier Ancien", "EI", "note")
    workspace.close()
    backups = list(backups_dir(path).glob(f"*avant-migration-{previous}*"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as connection:
        version = connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    assert version == previous


def test_first_revision_creates_a_workspace_that_opens(tmp_path: Path) -> None:
    path = tmp_path / "premier.sqlite3"
    _workspace_at(path, REVISIONS[0])
    workspace = open_workspace(path)
    with workspace.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM counterparty").scalar() == 1
    workspace.close()


def test_search_index_buffers_a_big_import_in_memory(tmp_path: Path) -> None:
    """0003: the terms of a large import are written once, not in fifty merged segments."""
    workspace = open_workspace(tmp_path / "neuf.sqlite3")
    with workspace.engine.connect() as connection:
        size = connection.exec_driver_sql(
            "SELECT v FROM counterparty_search_config WHERE k = 'hashsize'").scalar()
    workspace.close()
    assert size == 64 * 1024 * 1024
