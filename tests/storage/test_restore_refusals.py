"""A restore that fails says why in French, and never leaves the user without a workspace."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from srm_inclusif.core.errors import SrmError, StorageError
from srm_inclusif.storage.backup import backup_now, backups_dir
from srm_inclusif.storage.workspace import restore_workspace
from tests.restore_files import supplier_names

ENGLISH = ("disk I/O", "unable to open", "readonly", "database is locked", "error")


def _refusal(code: int, words: str) -> sqlite3.OperationalError:
    error = sqlite3.OperationalError(words)
    error.sqlite_errorcode = code  # type: ignore[attr-defined]
    return error


def _wipe_header(path: Path) -> Path:
    """The file's first sector zeroed by a disk fault; its log, with its last changes, beside it.

    SQLite takes the file for none of its own: the probe leaves the log as it is.
    """
    data = path.read_bytes()
    path.write_bytes(bytes(512) + data[512:])
    log = path.with_name(path.name + "-wal")
    log.write_bytes(b"\x01" * 4096)
    return log


def test_a_damaged_workspace_is_replaced_even_when_its_log_cannot_be_moved(closed_workspace,
                                                                           monkeypatch):
    good = backup_now(closed_workspace)
    log = _wipe_header(closed_workspace)
    real_replace = Path.replace
    refused: list[str] = []

    def replace(self: Path, target: Path) -> Path:
        if self == log:  # held by another program (Windows)
            refused.append(self.name)
            raise PermissionError(13, "Permission denied", str(self))
        return real_replace(self, target)

    monkeypatch.setattr(Path, "replace", replace)
    aside = restore_workspace(closed_workspace, good)
    monkeypatch.undo()

    assert refused == [log.name]
    assert aside.name.endswith(".bad")
    assert aside.exists()
    assert not closed_workspace.with_name(closed_workspace.name + ".restauration").exists()
    assert not log.exists()  # removed: SQLite must not apply it to the copy put back
    assert supplier_names(closed_workspace) == ["Atelier Présent"]


def test_a_log_that_cannot_even_be_removed_leaves_the_copy_in_place(closed_workspace,
                                                                     monkeypatch):
    good = backup_now(closed_workspace)
    log = _wipe_header(closed_workspace)
    real_replace, real_unlink = Path.replace, Path.unlink

    def replace(self: Path, target: Path) -> Path:
        if self == log:
            raise PermissionError(13, "Permission denied", str(self))
        return real_replace(self, target)

    def unlink(self: Path, missing_ok: bool = False) -> None:
        if self == log:
            raise PermissionError(13, "Permission denied", str(self))
        real_unlink(self, missing_ok=missing_ok)

    monkeypatch.setattr(Path, "replace", replace)
    monkeypatch.setattr(Path, "unlink", unlink)
    restore_workspace(closed_workspace, good)
    monkeypatch.undo()

    assert closed_workspace.is_file()  # the user is never left without a workspace file
    assert closed_workspace.read_bytes()[:16] == b"SQLite format 3\x00"
    log.unlink()  # once the other program lets go of it
    assert supplier_names(closed_workspace) == ["Atelier Présent"]


def test_a_disk_error_while_writing_the_copy_is_said_in_french(closed_workspace, monkeypatch):
    backup = backup_now(closed_workspace)

    def write_over(*_args: object, **_kwargs: object) -> None:
        raise _refusal(sqlite3.SQLITE_IOERR_WRITE, "disk I/O error")

    monkeypatch.setattr("srm_inclusif.storage.workspace.write_over", write_over)
    with pytest.raises(StorageError) as refused:
        restore_workspace(closed_workspace, backup)

    message = refused.value.message
    assert refused.value.params["reason"] == "unreachable"
    assert "(erreur de lecture ou d'écriture du disque)" in message
    assert "fermez les autres fenêtres" not in message
    assert not any(words in message for words in ENGLISH)


def test_a_file_that_became_read_only_is_said_so(closed_workspace, monkeypatch):
    backup = backup_now(closed_workspace)

    def write_over(*_args: object, **_kwargs: object) -> None:
        raise _refusal(sqlite3.SQLITE_READONLY, "attempt to write a readonly database")

    monkeypatch.setattr("srm_inclusif.storage.workspace.write_over", write_over)
    with pytest.raises(StorageError) as refused:
        restore_workspace(closed_workspace, backup)

    assert refused.value.params["reason"] == "read_only"
    assert "en lecture seule" in refused.value.message
    assert not any(words in refused.value.message for words in ENGLISH)


def test_a_workspace_in_use_says_to_close_the_others_without_sqlite_words(closed_workspace):
    backup = backup_now(closed_workspace)
    other = sqlite3.connect(closed_workspace, timeout=0.1)  # another program writing to it
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(SrmError) as refused:
            restore_workspace(closed_workspace, backup)
    finally:
        other.rollback()
        other.close()

    message = refused.value.message
    assert "fermez les autres fenêtres ou programmes qui l'utilisent" in message
    assert not any(words in message for words in ENGLISH)
    assert refused.value.params["detail"] == "database is locked"  # for a report, not shown
    assert [p.name for p in backups_dir(closed_workspace).iterdir()] == [backup.name]
