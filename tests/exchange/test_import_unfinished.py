"""An import killed mid-way (kill -9, power cut) is told once at the next opening.

Nothing of it is saved (one transaction): the next opening says so, naming its files and when
it began, so that nobody believes them imported. An import still running elsewhere, one that
ended (saved, refused, cancelled) and a read-only workspace say nothing.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading

import pytest

from srm_inclusif.core.errors import Cancelled
from srm_inclusif.core.processes import boot_id
from srm_inclusif.exchange.importer import ImportSettings, import_files
from srm_inclusif.storage.backup import backups_dir, list_backups
from srm_inclusif.storage.unfinished_import import (
    SUFFIX,
    import_running,
    marker_path,
    markers,
    take_unfinished_imports,
)
from srm_inclusif.storage.workspace import open_workspace, restore_workspace
from tests.read_only_support import not_writable
from tests.support import ERP_SPEND, IMPORT_FIXTURES, listed_names
from tests.unfinished_imports import KILLED_SUPPLIERS, kill_during_import, leave_killed_import

DIRECTORY = IMPORT_FIXTURES / "annuaire_esat_ea_2024.csv"


def test_an_import_killed_mid_way_is_told_at_the_next_opening(workspace):
    workspace.close()
    kill_during_import(workspace.path, DIRECTORY)

    reopened = open_workspace(workspace.path)
    try:
        assert listed_names(reopened.engine) == []  # nothing of it was saved
    finally:
        reopened.close()
    [unfinished] = take_unfinished_imports(workspace.path)

    text = unfinished.text(seller=False)
    assert text.startswith("L'import de fournisseurs (« annuaire_esat_ea_2024.csv », "
                           "commencé le ")
    assert text.endswith(") s'est arrêté avant la fin : rien n'en a été enregistré.")


def test_the_notice_names_the_files_and_when_the_import_began(tmp_path):
    db = tmp_path / "espace.sqlite3"
    leave_killed_import(db)

    [unfinished] = take_unfinished_imports(db)

    assert unfinished.text(seller=False) == KILLED_SUPPLIERS


def test_a_seller_is_told_of_her_sales(tmp_path):
    db = tmp_path / "espace.sqlite3"
    leave_killed_import(db, target="spend", files=("ventes-2026.csv", "ventes-2025.csv"))

    [unfinished] = take_unfinished_imports(db)

    assert unfinished.text(seller=True) == (
        "L'import de ventes (« ventes-2026.csv », « ventes-2025.csv », commencé le "
        "23/11/2026 à 10:02) s'est arrêté avant la fin : rien n'en a été enregistré.")


def test_it_is_told_once_only(tmp_path):
    db = tmp_path / "espace.sqlite3"
    marker = leave_killed_import(db)

    assert take_unfinished_imports(db) != []
    assert not marker.exists()
    assert take_unfinished_imports(db) == []


def test_an_import_still_running_elsewhere_is_not_told(tmp_path):
    db = tmp_path / "espace.sqlite3"
    running = subprocess.Popen([sys.executable, "-c", "import sys; sys.stdin.read()"],
                               stdin=subprocess.PIPE)
    try:
        marker = leave_killed_import(db, pid=running.pid)

        assert take_unfinished_imports(db) == []
        assert marker.exists()  # its own end removes it
    finally:
        running.communicate()  # the end of its input ends it


def test_a_damaged_marker_still_says_the_import_stopped(tmp_path):
    db = tmp_path / "espace.sqlite3"
    marker_path(db).write_text('{"target": "suppl', encoding="utf-8")  # cut by the power cut

    [unfinished] = take_unfinished_imports(db)

    assert unfinished.text(seller=False) == (
        "Un import s'est arrêté avant la fin : rien n'en a été enregistré.")


def test_a_read_only_folder_says_nothing_and_keeps_the_marker(tmp_path, monkeypatch):
    db = tmp_path / "espace.sqlite3"
    marker = leave_killed_import(db)
    not_writable(monkeypatch, tmp_path)

    assert take_unfinished_imports(db) == []
    assert marker.exists()


@pytest.mark.parametrize("dry_run", [False, True])
def test_an_import_that_ends_leaves_nothing_to_tell(workspace, dry_run):
    summary = import_files(workspace.engine, [DIRECTORY], ImportSettings(dry_run=dry_run))

    assert summary.rows > 0
    assert markers(workspace.path) == []
    assert take_unfinished_imports(workspace.path) == []


def test_a_refused_import_leaves_nothing_to_tell(workspace):
    settings = ImportSettings(target="spend", format_key="spend", all_or_nothing=True)
    summary = import_files(workspace.engine, [ERP_SPEND], settings)

    assert not summary.applied  # a line is rejected: « tout ou rien » keeps none
    assert markers(workspace.path) == []


def test_a_cancelled_import_leaves_nothing_to_tell(workspace):
    cancel = threading.Event()
    cancel.set()

    with pytest.raises(Cancelled):
        import_files(workspace.engine, [DIRECTORY], ImportSettings(), cancel=cancel)

    assert markers(workspace.path) == []
    assert take_unfinished_imports(workspace.path) == []


def test_the_marker_is_there_while_the_import_runs(workspace, monkeypatch):
    from srm_inclusif.storage.services import importing

    seen: list[bool] = []
    transaction = importing._transaction

    def looking(*args, **kwargs):
        seen.append(len(markers(workspace.path)))
        return transaction(*args, **kwargs)

    monkeypatch.setattr(importing, "_transaction", looking)
    import_files(workspace.engine, [DIRECTORY], ImportSettings())

    assert seen == [1]
    assert markers(workspace.path) == []


def test_another_window_meanwhile_reads_a_whole_marker_and_leaves_it(workspace, monkeypatch):
    """Read while the import runs, the marker names this import, its live process and the
    system's start."""
    import json
    import os

    from srm_inclusif.storage.services import importing

    read: list[object] = []
    transaction = importing._transaction

    def looking(*args, **kwargs):
        [marker] = markers(workspace.path)
        content = json.loads(marker.read_text(encoding="utf-8"))
        read.append((content["pid"], content["boot"]))
        read.append(take_unfinished_imports(workspace.path))  # another window opening it
        read.append(sorted(p.name for p in workspace.path.parent.iterdir()
                           if p.name.endswith(".tmp")))
        return transaction(*args, **kwargs)

    monkeypatch.setattr(importing, "_transaction", looking)
    import_files(workspace.engine, [DIRECTORY], ImportSettings())

    assert read == [(os.getpid(), boot_id()), [], []]


def test_a_restore_keeps_the_notice_and_no_copy_takes_it(workspace):
    import_files(workspace.engine, [DIRECTORY], ImportSettings())  # a copy taken before it
    marker = leave_killed_import(workspace.path)
    workspace.close()

    restore_workspace(workspace.path, list_backups(workspace.path)[0].path)

    assert marker.exists()  # true of the workspace whatever copy is put back
    assert [path for path in backups_dir(workspace.path).iterdir()
            if path.name.endswith(SUFFIX)] == []
    assert take_unfinished_imports(workspace.path) != []


def test_two_imports_at_once_each_keep_their_own_marker(tmp_path):
    """They shared one: the first to end removed it, and the other, killed after, went untold."""
    db = tmp_path / "espace.sqlite3"
    with import_running(db, "suppliers", ["annuaire.csv"]):
        with import_running(db, "spend", ["achats.csv"]):
            assert len(markers(db)) == 2
        [left] = markers(db)
        assert "annuaire.csv" in left.read_text(encoding="utf-8")
    assert markers(db) == []


def test_two_stopped_imports_are_both_told_the_oldest_first(tmp_path):
    db = tmp_path / "espace.sqlite3"
    leave_killed_import(db, files=("annuaire.csv",), tag="1-1", minute=5)  # the newer
    leave_killed_import(db, target="spend", files=("achats.csv",), tag="2-1")
    running = leave_killed_import(db, files=("en-cours.csv",), tag="3-1", pid=os.getpid())

    told = [unfinished.files for unfinished in take_unfinished_imports(db)]

    assert told == [["achats.csv"], ["annuaire.csv"]]
    assert markers(db) == [running]  # still running: told when it is found stopped


def test_a_workspace_named_alike_keeps_its_notice(tmp_path):
    db = tmp_path / "espace.sqlite3"
    other = leave_killed_import(tmp_path / "espace.sqlite3-copie.sqlite3")

    assert take_unfinished_imports(db) == []
    assert other.exists()


@pytest.mark.skipif(boot_id() is None, reason="the system's start is known on Linux only")
def test_an_import_of_before_a_restart_is_told_though_its_process_id_runs_again(tmp_path):
    """After a power cut, another process may be given the id: the notice waited for its end."""
    db = tmp_path / "espace.sqlite3"
    leave_killed_import(db, pid=os.getpid(), boot="0f0e0d0c-before-the-power-cut")
    running = leave_killed_import(db, tag="1-1", pid=os.getpid(), boot=boot_id())

    told = take_unfinished_imports(db)

    assert [unfinished.files for unfinished in told] == [["fournisseurs.csv"]]
    assert markers(db) == [running]
