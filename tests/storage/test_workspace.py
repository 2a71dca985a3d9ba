"""Opening workspaces: creation, reopening, and refusal of files we must not touch."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlmodel import Session, select

from srm_inclusif.storage import migrate
from srm_inclusif.storage.backup import backups_dir
from srm_inclusif.storage.file_probe import WorkspaceError
from srm_inclusif.storage.tables import Department, Parameter, Sector
from srm_inclusif.storage.workspace import integrity_report, open_workspace


def test_new_file_is_created_at_schema_head_with_reference_data(tmp_path: Path) -> None:
    ws = open_workspace(tmp_path / "new.sqlite3")
    assert ws.schema_revision == migrate.schema_head()
    with Session(ws.engine) as session:
        assert len(session.exec(select(Sector)).all()) == 154
        assert len(session.exec(select(Department)).all()) == 109
        smic = session.exec(select(Parameter).where(Parameter.name == "smic_horaire")).all()
    assert sorted(str(p.value) for p in smic) == ["11.65", "11.88", "12.02"]
    assert integrity_report(ws) == []
    ws.close()


def test_reopening_keeps_data_and_takes_no_backup(workspace) -> None:
    from srm_inclusif.storage.services.settings import get_settings

    workspace.close()
    again = open_workspace(workspace.path)
    assert get_settings(again.engine).organisation_name == "Essai SA"
    assert not backups_dir(workspace.path).exists()
    again.close()


def test_wal_and_foreign_keys_are_on(workspace) -> None:
    with workspace.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_migrations_have_a_single_linear_head() -> None:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrate.alembic_config())
    assert script.get_heads() == [migrate.schema_head()]
    chain = [rev.revision for rev in script.walk_revisions()]
    assert sorted(chain) == list(migrate.known_revisions())


def _bytes(path: Path) -> bytes:
    return path.read_bytes()


def test_newer_schema_is_refused_and_left_untouched(workspace) -> None:
    path = workspace.path
    workspace.close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    before = _bytes(path)
    with pytest.raises(WorkspaceError, match="version plus récente"):
        open_workspace(path)
    assert _bytes(path) == before


def test_random_binary_file_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "random.sqlite3"
    path.write_bytes(bytes(range(256)) * 64)
    with pytest.raises(WorkspaceError, match="n'est pas un espace de travail"):
        open_workspace(path)
    assert path.read_bytes() == bytes(range(256)) * 64


def test_corrupt_workspace_is_refused_and_left_untouched(workspace) -> None:
    path = workspace.path
    with workspace.engine.begin() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    workspace.close()
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    for offset in range(page_size * 2, min(len(data), page_size * 12)):
        data[offset] = 0xA5
    path.write_bytes(bytes(data))
    with pytest.raises(WorkspaceError, match="endommagé"):
        open_workspace(path)
    assert path.read_bytes() == bytes(data)


def test_other_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE invoices (id INTEGER)")
    connection.close()
    before = path.read_bytes()
    with pytest.raises(WorkspaceError, match="n'est pas un espace de travail"):
        open_workspace(path)
    assert path.read_bytes() == before
