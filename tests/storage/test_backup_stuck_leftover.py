"""A half-written copy that cannot be removed never keeps a new copy from being taken."""

from __future__ import annotations

import os
from pathlib import Path

from srm_inclusif.storage.backup import (
    PARTIAL_SUFFIX,
    STALE_PARTIAL_SECONDS,
    _abandoned,
    backup_now,
    backups_dir,
    list_backups,
)


def test_a_leftover_that_cannot_be_removed_does_not_block_the_backup(closed_workspace):
    folder = backups_dir(closed_workspace)
    # a leftover the system refuses to remove (here a folder: unlink fails, even for root)
    stuck = folder / f"{closed_workspace.stem}-manuelle-ancienne.sqlite3{PARTIAL_SUFFIX}"
    (stuck / "dedans").mkdir(parents=True)
    old = os.stat(stuck).st_mtime - STALE_PARTIAL_SECONDS - 60
    os.utime(stuck, (old, old))

    copy = backup_now(closed_workspace)

    assert [backup.path for backup in list_backups(closed_workspace)] == [copy]


def test_a_leftover_gone_meanwhile_is_not_made_again_empty(tmp_path: Path):
    gone = tmp_path / f"espace-manuelle-1.sqlite3{PARTIAL_SUFFIX}"
    gone.with_name(gone.name + "-journal").write_bytes(b"")  # its journal still there

    assert not _abandoned(gone)
    assert not gone.exists()
