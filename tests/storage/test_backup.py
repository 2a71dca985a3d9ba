"""Copying a workspace in steps: progress that moves, a Cancel that leaves all as it was."""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from pathlib import Path

import pytest

from srm_inclusif.core.errors import Cancelled
from srm_inclusif.exchange.importer import ImportSettings, import_files
from srm_inclusif.storage import backup, page_copy
from srm_inclusif.storage.backup import (
    backup_workspace,
    backups_dir,
    copy_workspace,
    list_backups,
    write_over,
)
from tests.support import IMPORT_FIXTURES


@pytest.fixture(autouse=True)
def _small_steps(monkeypatch):
    """Four pages a step: the test workspaces (about a hundred pages) take many steps."""
    monkeypatch.setattr(page_copy, "STEP_BYTES", 4 * 4096)


@pytest.fixture
def filled(workspace) -> Path:
    """A closed workspace holding three counterparties (and the copy taken before the import)."""
    import_files(workspace.engine, [IMPORT_FIXTURES / "export_hosmoz.csv"], ImportSettings())
    workspace.close()
    return workspace.path


def _names(path: Path) -> list[str]:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [r[0] for r in connection.execute("SELECT name FROM counterparty ORDER BY name")]
    finally:
        connection.close()


def _cancel_at_first_report() -> tuple[threading.Event, list[tuple[int, int]], object]:
    cancel = threading.Event()
    reports: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        reports.append((done, total))
        cancel.set()

    return cancel, reports, progress


def test_a_copy_reports_growing_progress_up_to_its_total(filled, tmp_path):
    reports: list[tuple[int, int]] = []

    copy_workspace(filled, tmp_path / "copie.sqlite3",
                   progress=lambda done, total: reports.append((done, total)))

    dones = [done for done, _total in reports]
    assert len(reports) > 5
    assert dones == sorted(set(dones))  # always forward
    assert {total for _done, total in reports} == {reports[-1][1]}
    assert reports[-1][0] == reports[-1][1]
    assert _names(tmp_path / "copie.sqlite3") == _names(filled)


def test_a_cancelled_write_over_leaves_the_destination_as_it_was(filled):
    empty = list_backups(filled)[0].path  # taken before the import
    before, names = filled.read_bytes(), _names(filled)
    cancel, reports, progress = _cancel_at_first_report()

    with pytest.raises(Cancelled):
        write_over(empty, filled, progress=progress, cancel=cancel)

    assert reports[0][0] < reports[0][1]  # stopped part way
    assert filled.read_bytes() == before
    assert _names(filled) == names


def test_a_cancelled_copy_leaves_no_file(filled, tmp_path):
    folder = tmp_path / "copies"
    folder.mkdir()
    cancel, reports, progress = _cancel_at_first_report()

    with pytest.raises(Cancelled):
        copy_workspace(filled, folder / "copie.sqlite3", progress=progress, cancel=cancel)

    assert reports
    assert list(folder.iterdir()) == []


def test_a_cancelled_copy_keeps_the_file_it_was_to_replace(filled, tmp_path):
    target = tmp_path / "copie.sqlite3"
    target.write_bytes(b"ancienne copie")
    cancel, _reports, progress = _cancel_at_first_report()

    with pytest.raises(Cancelled):
        copy_workspace(filled, target, progress=progress, cancel=cancel)

    assert target.read_bytes() == b"ancienne copie"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("copie")) == [
        "copie.sqlite3"]


def test_a_cancelled_backup_adds_no_copy(filled):
    before = list_backups(filled)
    files = sorted(backups_dir(filled).iterdir())
    cancel, _reports, progress = _cancel_at_first_report()

    with pytest.raises(Cancelled):
        backup_workspace(filled, "avant-import", progress=progress, cancel=cancel)

    assert list_backups(filled) == before
    assert sorted(backups_dir(filled).iterdir()) == files


def test_a_copy_already_cancelled_does_not_start(filled, tmp_path):
    cancel = threading.Event()
    cancel.set()

    with pytest.raises(Cancelled):
        copy_workspace(filled, tmp_path / "copie.sqlite3", cancel=cancel)

    assert not (tmp_path / "copie.sqlite3").exists()


def test_a_copy_over_the_workspace_itself_is_refused_and_changes_nothing(workspace):
    from srm_inclusif.core.errors import ValidationError

    before = workspace.path.read_bytes()

    with pytest.raises(ValidationError, match="choisissez un autre nom"):
        copy_workspace(workspace.path, workspace.path)

    assert workspace.path.read_bytes() == before


def test_copies_stay_single_files_once_listed_read_and_restored(filled):
    from srm_inclusif.storage.file_probe import probe
    from srm_inclusif.storage.workspace import open_workspace, restore_workspace

    newest = backup_workspace(filled, "avant-import")
    assert _names(newest) == _names(filled)
    for copy in list_backups(filled):
        probe(copy.path)  # what the Restore dialog and the damaged-workspace offer do
    restore_workspace(filled, list_backups(filled)[-1].path)

    leftovers = [p.name for p in backups_dir(filled).iterdir() if p.suffix != ".sqlite3"]
    assert leftovers == []
    workspace = open_workspace(filled)  # the restored workspace gets its log back
    try:
        with workspace.engine.connect() as connection:
            mode = connection.exec_driver_sql("PRAGMA journal_mode").scalar()
    finally:
        workspace.close()
    assert mode == "wal"


def test_pruned_copies_leave_nothing_behind(filled, monkeypatch):
    monkeypatch.setattr(backup, "KEEP_PER_REASON", 2)
    folder = backups_dir(filled)
    orphan = folder / f"{filled.stem}-avant-import-20240101-000000-000000.sqlite3-shm"
    orphan.write_bytes(b"\0" * 32768)  # left beside a copy pruned by an older version

    for _ in range(3):
        backup_workspace(filled, "avant-import")

    assert len(list_backups(filled)) == 2
    assert sorted(p.suffix for p in folder.iterdir()) == [".sqlite3", ".sqlite3"]


def test_a_copy_abandoned_half_written_is_removed_by_the_next_backup(filled):
    folder = backups_dir(filled)
    folder.mkdir(exist_ok=True)
    abandoned = folder / f"{filled.stem}-avant-import-20240101-000000-000000.sqlite3.partiel"
    abandoned.write_bytes(b"\0" * 65536)  # the app was closed during this copy, long ago
    (folder / (abandoned.name + "-journal")).write_bytes(b"\0" * 512)
    two_hours_ago = time.time() - 7200
    os.utime(abandoned, (two_hours_ago, two_hours_ago))
    in_progress = folder / f"{filled.stem}-avant-import-20990101-000000-000000.sqlite3.partiel"
    in_progress.write_bytes(b"\0" * 65536)  # another window is writing this one right now
    copies_before = len(list_backups(filled))

    backup_workspace(filled, "avant-import")

    names = sorted(p.name for p in folder.iterdir())
    assert abandoned.name not in names
    assert abandoned.name + "-journal" not in names
    assert in_progress.name in names
    assert len(list_backups(filled)) == copies_before + 1  # half-written ones are no copies
