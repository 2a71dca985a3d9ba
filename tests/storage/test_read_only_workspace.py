"""A workspace that cannot be written: read, never changed, refused with words, no files left.

Tests run as root, whom the system lets write a read-only file: such a file is simulated by
``os.access`` answering as it does for its owner (the opening reads it read-only then, and
SQLite itself refuses every change, root or not). ``test_read_only_real.py`` runs the same
cases with the rights really applied, where it can.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from srm_inclusif.core.errors import StorageError
from srm_inclusif.exchange.importer import ImportSettings, import_files
from srm_inclusif.storage import page_copy
from srm_inclusif.storage.backup import backups_dir, copy_workspace
from srm_inclusif.storage.services.counterparty_edit import update_counterparty
from srm_inclusif.storage.workspace import open_workspace
from tests.read_only_support import not_writable, row_count
from tests.support import IMPORT_FIXTURES

DIRECTORY = IMPORT_FIXTURES / "export_hosmoz.csv"


def _names(path: Path) -> list[str]:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [r[0] for r in connection.execute("SELECT name FROM counterparty ORDER BY name")]
    finally:
        connection.close()


def test_a_read_only_workspace_opens_and_reads(closed_workspace, monkeypatch):
    not_writable(monkeypatch, closed_workspace)
    workspace = open_workspace(closed_workspace)
    try:
        assert workspace.read_only
        assert _names(closed_workspace) == ["Atelier Présent"]
    finally:
        workspace.close()


def test_a_change_to_a_read_only_workspace_is_refused_in_words(closed_workspace, monkeypatch):
    not_writable(monkeypatch, closed_workspace)
    workspace = open_workspace(closed_workspace)
    try:
        with pytest.raises(StorageError) as refused:
            update_counterparty(workspace.engine, counterparty_id=1, values={"name": "Autre"})
    finally:
        workspace.close()
    assert refused.value.params["reason"] == "read_only"
    assert str(refused.value).startswith(
        "L'espace de travail « espace.sqlite3 » est en lecture seule")
    assert str(refused.value).endswith("Rien n'a été modifié.")
    assert _names(closed_workspace) == ["Atelier Présent"]


@pytest.mark.parametrize("dry_run", [False, True])
def test_an_import_into_a_read_only_workspace_is_refused_before_any_copy(
        closed_workspace, monkeypatch, dry_run):
    not_writable(monkeypatch, closed_workspace)
    workspace = open_workspace(closed_workspace)
    try:
        with pytest.raises(StorageError, match="lecture seule"):
            import_files(workspace.engine, [DIRECTORY], ImportSettings(dry_run=dry_run))
    finally:
        workspace.close()
    assert _names(closed_workspace) == ["Atelier Présent"]
    assert row_count(closed_workspace, "import_batch") == 0
    assert not list(backups_dir(closed_workspace).glob("*"))


def test_reading_a_read_only_workspace_leaves_no_log_files_beside_it(closed_workspace, monkeypatch):
    not_writable(monkeypatch, closed_workspace)
    workspace = open_workspace(closed_workspace)
    _names(closed_workspace)
    workspace.close()
    files = sorted(p.name for p in closed_workspace.parent.iterdir() if p.is_file())
    assert files == [closed_workspace.name]


def test_log_files_left_read_only_no_longer_block_the_writable_workspace(closed_workspace,
                                                                         monkeypatch):
    """The tester's case: after a read-only opening, the file made writable again."""
    wal, shm = (closed_workspace.with_name(closed_workspace.name + suffix)
                for suffix in ("-wal", "-shm"))
    wal.write_bytes(b"")
    shm.write_bytes(bytes(32768))
    not_writable(monkeypatch, wal, shm)
    workspace = open_workspace(closed_workspace)
    try:
        assert not workspace.read_only
        import_files(workspace.engine, [DIRECTORY], ImportSettings())
    finally:
        workspace.close()
    assert len(_names(closed_workspace)) == 4


def test_a_read_only_log_holding_changes_is_named_not_removed(closed_workspace, monkeypatch):
    wal = closed_workspace.with_name(closed_workspace.name + "-wal")
    wal.write_bytes(b"changes")
    not_writable(monkeypatch, wal)
    monkeypatch.setattr(Path, "chmod", lambda *_args, **_kw: None)  # not its owner
    with pytest.raises(StorageError, match="« espace.sqlite3-wal »") as refused:
        open_workspace(closed_workspace)
    assert "ne les supprimez pas" in str(refused.value)
    assert wal.read_bytes() == b"changes"


def test_a_read_only_folder_still_lets_the_workspace_be_read(closed_workspace, monkeypatch):
    """No log file can be made beside the file: it is read as it is on disk."""
    not_writable(monkeypatch, closed_workspace, closed_workspace.parent)
    workspace = open_workspace(closed_workspace)
    try:
        assert workspace.read_only
        from srm_inclusif.storage.services.counterparties import count_counterparties

        assert count_counterparties(workspace.engine) == 1
    finally:
        workspace.close()


def test_a_full_disk_is_said_as_such(workspace):
    with workspace.engine.connect() as connection:
        connection.exec_driver_sql("CREATE TABLE filler (data BLOB)")
        pages = connection.exec_driver_sql("PRAGMA page_count").scalar()
        connection.exec_driver_sql(f"PRAGMA max_page_count = {pages}")  # the disk, full
        with pytest.raises(StorageError) as refused:
            connection.exec_driver_sql("INSERT INTO filler VALUES (zeroblob(1000000))")
    assert refused.value.params["reason"] == "disk_full"
    assert "est plein : libérez de la place" in str(refused.value)


def test_a_copy_ends_while_another_window_keeps_saving(closed_workspace, tmp_path, monkeypatch):
    """Each save used to start the copy over: with one at every step it never ended."""
    monkeypatch.setattr(page_copy, "STEP_BYTES", 4 * 4096)
    other = sqlite3.connect(closed_workspace)
    other.execute("PRAGMA journal_mode = WAL")
    reports: list[int] = []

    def save_meanwhile(done: int, _total: int) -> None:
        reports.append(done)
        assert len(reports) < 500, "the copy keeps starting over"
        other.execute("UPDATE counterparty SET name = ?", (f"Modifiée {len(reports)}",))
        other.commit()

    try:
        copy_workspace(closed_workspace, tmp_path / "copie.sqlite3", progress=save_meanwhile)
    finally:
        other.close()
    assert _names(tmp_path / "copie.sqlite3") == ["Atelier Présent"]  # as at the start


def test_a_copy_that_stops_advancing_fails_instead_of_waiting_for_ever(closed_workspace, tmp_path,
                                                                       monkeypatch):
    """The copy's destination locked by another program: every step is refused (busy)."""
    monkeypatch.setattr(page_copy, "STEP_BYTES", 4 * 4096)
    monkeypatch.setattr(page_copy, "STALLED_STEPS", 3)
    target = tmp_path / "cible.sqlite3"
    sqlite3.connect(target).execute("CREATE TABLE t (x)").connection.commit()
    locker = sqlite3.connect(target, isolation_level=None)
    locker.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(page_copy.BackupError, match="n'avance plus"):
            page_copy.write_over(closed_workspace, target)
    finally:
        locker.close()


def test_a_restore_over_a_read_only_workspace_is_refused_before_any_copy(closed_workspace,
                                                                         monkeypatch):
    """It used to say « fermez les autres fenêtres » (busy), after a useless copy aside."""
    from srm_inclusif.storage.backup import backup_now
    from srm_inclusif.storage.workspace import restore_workspace

    copy = backup_now(closed_workspace)
    not_writable(monkeypatch, closed_workspace)
    with pytest.raises(StorageError, match="est en lecture seule"):
        restore_workspace(closed_workspace, copy)
    assert list(backups_dir(closed_workspace).glob("*.sqlite3")) == [copy]


def test_a_workspace_locked_by_another_program_is_said_as_such(closed_workspace):
    from srm_inclusif.storage.failures import storage_error

    locker = sqlite3.connect(closed_workspace, isolation_level=None)
    locker.execute("BEGIN EXCLUSIVE")
    waiting = sqlite3.connect(closed_workspace, timeout=0)
    try:
        with pytest.raises(sqlite3.OperationalError) as refused:
            waiting.execute("UPDATE counterparty SET name = 'Autre'")
    finally:
        waiting.close()
        locker.close()
    failure = storage_error(refused.value, closed_workspace)
    assert failure is not None
    assert failure.params["reason"] == "locked"
    assert str(failure).startswith("L'espace de travail « espace.sqlite3 » est occupé par une "
                                   "autre fenêtre ou un autre programme")
