"""Backups and restores leave no stray file: no log beside the workspace or a copy, none behind."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from srm_inclusif.exchange.workdir import PREFIX, STALE_SECONDS, remove_stale_workdirs
from srm_inclusif.storage.backup import backup_now, backups_dir, list_backups
from srm_inclusif.storage.services.counterparty_edit import create_counterparty
from srm_inclusif.storage.workspace import check_copy, restore_workspace
from tests.restore_files import cut_short


def _beside(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir() if p.name.startswith(path.name + "-"))


def _wal_copy(workspace_path: Path, target: Path) -> Path:
    """A workspace file copied as it is (WAL mode in its header), as a user may copy one."""
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(workspace_path, target)
    return target


def test_a_manual_copy_leaves_no_log_file_beside_the_workspace(closed_workspace):
    backup_now(closed_workspace)

    assert _beside(closed_workspace) == []


def test_checking_and_restoring_a_chosen_file_writes_nothing_beside_it(closed_workspace,
                                                                       tmp_path):
    chosen = _wal_copy(closed_workspace, tmp_path / "ailleurs" / "copie.sqlite3")

    check_copy(closed_workspace, chosen)
    restore_workspace(closed_workspace, chosen)

    assert os.listdir(chosen.parent) == ["copie.sqlite3"]
    assert _beside(closed_workspace) == []


def test_a_damaged_workspace_is_set_aside_without_its_log_index(closed_workspace):
    good = backup_now(closed_workspace)
    cut_short(closed_workspace)  # malformed

    aside = restore_workspace(closed_workspace, good)

    assert aside.name.endswith(".bad")
    assert sorted(p.name for p in backups_dir(closed_workspace).iterdir()) == sorted(
        [good.name, aside.name])
    assert _beside(closed_workspace) == []


_KILLED_COPY = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from srm_inclusif.storage import backup, page_copy
    page_copy.STEP_BYTES = 4096  # many steps: the copy is caught half-way
    def progress(done, total):
        if done < total:
            print("copying", flush=True)
            time.sleep(3600)
    backup.take_backup(Path(sys.argv[1]), "avant-restauration", progress=progress)
""")


def _partials(path: Path) -> list[str]:
    return sorted(p.name.split(".sqlite3")[1] for p in backups_dir(path).glob("*.partiel*"))


def test_a_copy_aside_killed_half_way_is_removed_at_the_next_backup(workspace):
    for number in range(40):  # a few pages more than one step
        create_counterparty(workspace.engine, values={"name": f"Atelier {number} " + "x" * 200})
    workspace.close()
    writer = subprocess.Popen([sys.executable, "-c", _KILLED_COPY, str(workspace.path)],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert writer.stdout is not None
        assert writer.stdout.readline() == "copying\n"
        backup_now(workspace.path)  # while it is written, it is left alone
        assert _partials(workspace.path) == [".partiel", ".partiel-journal"]
    finally:
        writer.send_signal(signal.SIGKILL)
        writer.wait()

    backup_now(workspace.path)

    assert _partials(workspace.path) == []
    assert [copy.reason for copy in list_backups(workspace.path)] == ["manuelle", "manuelle"]


def test_import_folders_left_by_killed_imports_are_removed_once_stale(tmp_path):
    stale, fresh = tmp_path / f"{PREFIX}ancien", tmp_path / f"{PREFIX}en-cours"
    other = tmp_path / "autre-ancien"
    for folder in (stale, fresh, other):
        (folder / "membre").mkdir(parents=True)
    old = os.stat(fresh).st_mtime - STALE_SECONDS - 60
    for folder in (stale, other):
        os.utime(folder, (old, old))

    remove_stale_workdirs(tmp_path)

    assert sorted(p.name for p in tmp_path.iterdir()) == ["autre-ancien", f"{PREFIX}en-cours"]
