"""Deleting a backup copy: the one chosen goes, any other file is refused, a refusal says why."""

from __future__ import annotations

import pytest

from srm_inclusif.storage.backup import (
    BackupError,
    backup_now,
    backup_workspace,
    delete_backup,
    list_backups,
)
from tests.restore_files import removal_refused


def test_the_chosen_copy_goes_and_the_others_stay(workspace):
    older = backup_now(workspace.path)
    chosen = backup_now(workspace.path)
    automatic = backup_workspace(workspace.path, "avant-import")

    delete_backup(workspace.path, chosen)

    assert not chosen.exists()
    assert [copy.path for copy in list_backups(workspace.path)] == [automatic, older]


def test_a_file_beside_the_copies_that_is_none_of_them_is_refused(workspace):
    backup_now(workspace.path)
    stranger = list_backups(workspace.path)[0].path.with_name("notes.sqlite3")
    stranger.write_bytes(b"a file the user put there")

    with pytest.raises(BackupError, match="n'est pas une sauvegarde de cet espace"):
        delete_backup(workspace.path, stranger)

    assert stranger.exists()


def test_the_workspace_itself_is_never_deleted(workspace):
    with pytest.raises(BackupError, match="n'est pas une sauvegarde"):
        delete_backup(workspace.path, workspace.path)

    assert workspace.path.exists()


def test_a_copy_already_gone_is_said_so(workspace):
    copy = backup_now(workspace.path)
    copy.unlink()

    with pytest.raises(BackupError, match="n'est plus dans le dossier des sauvegardes"):
        delete_backup(workspace.path, copy)


def test_a_copy_the_system_will_not_remove_is_kept_and_the_refusal_says_why(
        workspace, monkeypatch):
    copy = backup_now(workspace.path)
    removal_refused(monkeypatch, copy)

    with pytest.raises(BackupError) as refused:
        delete_backup(workspace.path, copy)

    assert "n'a pas pu être supprimée (droits insuffisants)" in str(refused.value)
    assert "La copie est toujours là." in str(refused.value)
    assert [c.path for c in list_backups(workspace.path)] == [copy]
