"""A damaged copy is marked in the list and refused in French; a full disk is said in French."""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

import pytest

from srm_inclusif.core.errors import SrmError
from srm_inclusif.storage.backup import backup_now, backups_dir, list_backups
from srm_inclusif.storage.failures import system_reason
from srm_inclusif.storage.workspace import restore_workspace
from tests.restore_files import cut_short


def test_a_truncated_copy_is_marked_damaged_in_the_list(closed_workspace):
    whole = backup_now(closed_workspace)
    damaged = cut_short(backup_now(closed_workspace))

    listed = {copy.path: copy.damaged for copy in list_backups(closed_workspace)}

    assert listed == {whole: False, damaged: True}


def test_a_copy_held_by_another_program_is_not_called_damaged(closed_workspace, monkeypatch):
    """An antivirus scanning it a moment made it « endommagée », never to be restored."""
    held = backup_now(closed_workspace)
    opened = Path.open

    def refused(self, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        if self == held:
            raise PermissionError(13, "Permission denied", str(self))
        return opened(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", refused)

    assert [(copy.path, copy.damaged) for copy in list_backups(closed_workspace)] == [
        (held, False)]


def test_restoring_a_damaged_copy_says_to_choose_another_in_french(closed_workspace):
    damaged = cut_short(backup_now(closed_workspace))
    before = closed_workspace.read_bytes()

    with pytest.raises(SrmError) as refused:
        restore_workspace(closed_workspace, damaged)

    assert str(refused.value) == (
        f"La copie « {damaged.name} » est endommagée et ne peut pas être restaurée. L'espace "
        "de travail n'a pas été modifié : choisissez une autre copie.")
    assert closed_workspace.read_bytes() == before


def _disk_full_in(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    """The system refuses to create ``folder``: no space left on its disk."""
    make = Path.mkdir

    def refuse(self: Path, *args: object, **kwargs: object) -> None:
        if self == folder:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(self))
        make(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "mkdir", refuse)


def test_a_restore_on_a_full_disk_says_it_was_not_done(closed_workspace, tmp_path,
                                                       monkeypatch):
    copy = backup_now(closed_workspace)
    moved = tmp_path / "copie.sqlite3"
    copy.replace(moved)
    backups_dir(closed_workspace).rmdir()
    _disk_full_in(monkeypatch, backups_dir(closed_workspace))

    with pytest.raises(SrmError) as refused:
        restore_workspace(closed_workspace, moved)

    text = str(refused.value)
    assert "(disque plein)" in text
    assert "No space" not in text
    assert text.endswith("La restauration n'a pas été faite : l'espace de travail n'a pas été "
                         "modifié.")


@pytest.mark.parametrize(("refusal", "words"), [
    (OSError(errno.ENOSPC, "No space left on device"), "disque plein"),
    (PermissionError(errno.EACCES, "Permission denied"), "droits insuffisants"),
    (FileNotFoundError(errno.ENOENT, "No such file or directory"), "introuvable"),
    (errno.ENOSPC, "disque plein"),
])
def test_system_refusals_are_worded_in_french(refusal, words):
    assert system_reason(refusal) == words


def test_a_full_disk_reported_by_sqlite_is_worded_in_french():
    full = sqlite3.OperationalError("database or disk is full")
    full.sqlite_errorcode = sqlite3.SQLITE_FULL  # type: ignore[attr-defined]

    assert system_reason(full) == "disque plein"


def test_a_file_named_like_a_copy_with_an_impossible_moment_is_not_listed(closed_workspace):
    copy = backup_now(closed_workspace)
    (backups_dir(closed_workspace) / "espace-manuelle-20260101-000072-000000.sqlite3").write_bytes(
        copy.read_bytes())

    assert [listed.path for listed in list_backups(closed_workspace)] == [copy]
