"""Going back to a copy of the workspace: the state before an import, or before a damage."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from srm_inclusif.exchange.importer import ImportSettings, import_files
from srm_inclusif.storage.backup import backups_dir, list_backups
from srm_inclusif.storage.file_probe import WorkspaceError
from srm_inclusif.storage.workspace import open_workspace, restore_workspace
from tests.support import IMPORT_FIXTURES


def _count(path: Path) -> int:
    workspace = open_workspace(path)
    try:
        with workspace.engine.connect() as connection:
            return int(connection.execute(text("SELECT count(*) FROM counterparty")).scalar())
    finally:
        workspace.close()


def _backup_of_last_import(path: Path) -> Path:
    workspace = open_workspace(path)
    try:
        with workspace.engine.connect() as connection:
            counts = connection.execute(text(
                "SELECT counts FROM import_batch ORDER BY id DESC LIMIT 1")).scalar()
    finally:
        workspace.close()
    import json

    return backups_dir(path) / json.loads(counts)["backup"]


def test_going_back_to_the_copy_taken_before_an_import(workspace):
    path = workspace.path
    import_files(workspace.engine, [IMPORT_FIXTURES / "export_hosmoz.csv"], ImportSettings())
    import_files(workspace.engine, [IMPORT_FIXTURES / "annuaire_esat_ea_2024.csv"],
                 ImportSettings())
    workspace.close()
    assert _count(path) == 6
    before_second = _backup_of_last_import(path)

    safety = restore_workspace(path, before_second)

    assert _count(path) == 3  # the first import stays, the second is gone
    assert _count(safety) == 6  # what was replaced is kept aside
    reasons = [copy.reason for copy in list_backups(path)]
    assert reasons == ["avant-restauration", "avant-import", "avant-import"]
    assert list_backups(path)[0].path == safety


def test_a_damaged_workspace_is_set_aside_and_replaced(workspace):
    path = workspace.path
    import_files(workspace.engine, [IMPORT_FIXTURES / "export_hosmoz.csv"], ImportSettings())
    with workspace.engine.begin() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    workspace.close()
    copy = list_backups(path)[0].path
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    data[page_size * 2:page_size * 12] = b"\xa5" * (page_size * 10)  # tables destroyed
    path.write_bytes(bytes(data))
    with pytest.raises(WorkspaceError):
        open_workspace(path)

    aside = restore_workspace(path, copy)

    assert _count(path) == 0
    assert aside.read_bytes() == bytes(data)


def test_a_damaged_workspace_keeps_its_log_beside_it(workspace):
    path = workspace.path
    import_files(workspace.engine, [IMPORT_FIXTURES / "export_hosmoz.csv"], ImportSettings())
    workspace.close()
    copy = list_backups(path)[0].path
    path.write_bytes(b"\xa5" * 8192)  # damaged beyond reading
    log = path.with_name(path.name + "-wal")
    log.write_bytes(b"last changes")  # what SQLite may still need to recover them

    aside = restore_workspace(path, copy)

    assert _count(path) == 0
    assert aside.with_name(aside.name + "-wal").read_bytes() == b"last changes"
    assert not log.exists() or log.read_bytes() != b"last changes"  # not applied to the copy


def test_a_copy_that_cannot_take_its_place_gives_the_damaged_file_back_with_its_log(
        workspace, monkeypatch):
    """The damaged file went back without its log, which may hold its last changes."""
    path = workspace.path
    import_files(workspace.engine, [IMPORT_FIXTURES / "export_hosmoz.csv"], ImportSettings())
    workspace.close()
    copy = list_backups(path)[0].path
    path.write_bytes(b"\xa5" * 8192)
    log = path.with_name(path.name + "-wal")
    log.write_bytes(b"last changes")
    replace = Path.replace

    def refused(self, target):  # the copy cannot take the workspace's name (held on Windows)
        if self.name.endswith(".restauration"):
            raise PermissionError(13, "Permission denied", str(self))
        return replace(self, target)

    monkeypatch.setattr(Path, "replace", refused)

    with pytest.raises(PermissionError, match="Permission denied"):
        restore_workspace(path, copy)

    assert path.read_bytes() == b"\xa5" * 8192
    assert log.read_bytes() == b"last changes"
    assert not any("endommage" in p.name for p in backups_dir(path).iterdir())


def test_a_file_that_is_not_a_copy_changes_nothing(workspace, tmp_path):
    path = workspace.path
    import_files(workspace.engine, [IMPORT_FIXTURES / "export_hosmoz.csv"], ImportSettings())
    workspace.close()
    other = tmp_path / "autre.sqlite3"
    other.write_bytes(b"pas une base de donnees")
    before = path.read_bytes()

    with pytest.raises(WorkspaceError, match="n'est pas un espace de travail"):
        restore_workspace(path, other)

    assert path.read_bytes() == before
    assert [c.reason for c in list_backups(path)] == ["avant-import"]


def test_a_workspace_in_use_elsewhere_is_left_as_it_was(workspace):
    import sqlite3

    path = workspace.path
    import_files(workspace.engine, [IMPORT_FIXTURES / "export_hosmoz.csv"], ImportSettings())
    workspace.close()
    copy = list_backups(path)[0].path
    other = sqlite3.connect(path, timeout=0.1)  # another program writing to the file
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(WorkspaceError, match="n'a pas pu être remplacé"):
            restore_workspace(path, copy)
    finally:
        other.rollback()
        other.close()

    assert _count(path) == 3
    assert [c.reason for c in list_backups(path)] == ["avant-import"]  # nothing copied aside


@pytest.fixture
def two_imports(workspace, monkeypatch) -> tuple[Path, Path]:
    """A closed workspace after two imports (six counterparties), and the copy before the second.

    Copies go four pages a step, so that each stage of a restore takes several steps.
    """
    from srm_inclusif.storage import page_copy

    monkeypatch.setattr(page_copy, "STEP_BYTES", 4 * 4096)
    import_files(workspace.engine, [IMPORT_FIXTURES / "export_hosmoz.csv"], ImportSettings())
    import_files(workspace.engine, [IMPORT_FIXTURES / "annuaire_esat_ea_2024.csv"],
                 ImportSettings())
    workspace.close()
    return workspace.path, _backup_of_last_import(workspace.path)


def _folder_files(path: Path) -> list[str]:
    """The files beside the workspace and its copies (not the shared-memory index of a reader)."""
    files = [*path.parent.iterdir(), *backups_dir(path).iterdir()]
    return sorted(p.name for p in files if not p.name.endswith(("-wal", "-shm")))


def test_restoring_reports_one_growing_progress_over_both_stages(two_imports):
    path, before_second = two_imports
    reports: list[tuple[int, int]] = []

    restore_workspace(path, before_second,
                      progress=lambda done, total: reports.append((done, total)))

    dones = [done for done, _total in reports]
    totals = {total for _done, total in reports}
    assert len(totals) == 1
    assert dones == sorted(dones)
    assert dones[-1] == totals.pop()
    assert len(set(dones)) > 10  # moves through both copies, not in two jumps
    assert _count(path) == 3


def test_cancelling_the_copy_aside_leaves_everything_as_it_was(two_imports):
    import threading

    from srm_inclusif.core.errors import Cancelled

    path, before_second = two_imports
    before, files = path.read_bytes(), _folder_files(path)
    cancel = threading.Event()

    with pytest.raises(Cancelled):
        restore_workspace(path, before_second, progress=lambda *_: cancel.set(), cancel=cancel)

    assert path.read_bytes() == before
    assert _folder_files(path) == files  # no copy aside, partial or complete
    assert _count(path) == 6


def test_cancelling_while_the_copy_is_written_back_leaves_the_workspace_as_it_was(two_imports):
    import threading

    from srm_inclusif.core.errors import Cancelled

    path, before_second = two_imports
    before = path.read_bytes()
    cancel = threading.Event()

    def progress(_done: int, _total: int) -> None:
        if any(c.reason == "avant-restauration" for c in list_backups(path)):
            cancel.set()  # the copy aside is complete: the write-back has begun

    with pytest.raises(Cancelled):
        restore_workspace(path, before_second, progress=progress, cancel=cancel)

    assert path.read_bytes() == before
    assert _count(path) == 6
    safety = list_backups(path)[0]
    assert safety.reason == "avant-restauration"
    assert _count(safety.path) == 6  # a complete copy of the state that stays


def test_cancelling_the_restore_of_a_damaged_workspace_leaves_it_in_place(two_imports):
    import threading

    from srm_inclusif.core.errors import Cancelled

    path, before_second = two_imports
    data = bytearray(path.read_bytes())
    data[4096 * 2:4096 * 12] = b"\xa5" * (4096 * 10)
    path.write_bytes(bytes(data))
    files = _folder_files(path)
    cancel = threading.Event()

    with pytest.raises(Cancelled):
        restore_workspace(path, before_second, progress=lambda *_: cancel.set(), cancel=cancel)

    assert path.read_bytes() == bytes(data)
    assert _folder_files(path) == files  # nothing set aside, no partial copy
