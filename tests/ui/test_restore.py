"""Going back before an import, or to any copy of the workspace, from the window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from srm_inclusif.exchange.importer import ImportSettings, import_files
from srm_inclusif.storage.backup import list_backups
from srm_inclusif.storage.changes import Changes
from srm_inclusif.ui import app as app_module
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.restore_dialog import RestoreDialog
from tests.restore_files import damaged_after
from tests.support import IMPORT_FIXTURES
from tests.ui.restore_dialogs import restore_answered, structure_count


def test_going_back_before_the_last_import_from_the_imports_page(qtbot, launcher, monkeypatch):
    engine = launcher.workspace.engine
    import_files(engine, [IMPORT_FIXTURES / "export_hosmoz.csv"], ImportSettings())
    import_files(engine, [IMPORT_FIXTURES / "annuaire_esat_ea_2024.csv"], ImportSettings())
    launcher.window.ctx.notify(Changes.all())
    page = launcher.window.show_page("imports")
    assert page.undo_import_button.isEnabled()  # the newest import is selected
    asked = restore_answered(monkeypatch, QMessageBox.StandardButton.Yes)
    first_window = launcher.window

    page.undo_import_button.click()

    qtbot.waitUntil(lambda: launcher.window is not first_window, timeout=10000)
    qtbot.addWidget(launcher.window)
    assert "état du" in asked[0]
    assert "copié dans les sauvegardes" in asked[0]
    assert structure_count(launcher.workspace.engine) == 3  # the first import stays
    assert [c.reason for c in list_backups(launcher.workspace.path)][0] == "avant-restauration"
    assert "restauré" in launcher.window.statusBar().currentMessage()
    imports = launcher.window.show_page("imports")
    assert imports.batches.rowCount() == 1


def test_cancelling_the_question_changes_nothing(qtbot, workspace, monkeypatch):
    import_files(workspace.engine, [IMPORT_FIXTURES / "export_hosmoz.csv"], ImportSettings())
    ctx = WorkspaceContext(workspace)
    dialog = RestoreDialog(ctx)
    qtbot.addWidget(dialog)
    requested: list[Path] = []
    ctx.restore_requested.connect(requested.append)
    restore_answered(monkeypatch, QMessageBox.StandardButton.Cancel)

    dialog.restore_button.click()

    assert requested == []
    assert structure_count(workspace.engine) == 3


def test_restore_dialog_lists_the_copies_newest_first(qtbot, workspace, monkeypatch):
    import_files(workspace.engine, [IMPORT_FIXTURES / "export_hosmoz.csv"], ImportSettings())
    import_files(workspace.engine, [IMPORT_FIXTURES / "annuaire_esat_ea_2024.csv"],
                 ImportSettings())
    ctx = WorkspaceContext(workspace)
    dialog = RestoreDialog(ctx)
    qtbot.addWidget(dialog)
    copies = list_backups(workspace.path)
    restore_answered(monkeypatch, QMessageBox.StandardButton.Yes)

    assert dialog.table.rowCount() == 2
    assert dialog.table.item(0, 1).text() == "Avant l'import de « annuaire_esat_ea_2024.csv »"
    assert dialog.table.item(1, 1).text() == "Avant l'import de « export_hosmoz.csv »"
    dialog.table.selectRow(1)  # the copy taken before the first import
    with qtbot.waitSignal(ctx.restore_requested) as requested:
        dialog.restore_button.click()

    assert requested.args == [copies[1].path]


def test_without_copies_the_dialog_says_so(qtbot, workspace):
    dialog = RestoreDialog(WorkspaceContext(workspace))
    qtbot.addWidget(dialog)

    assert dialog.table.rowCount() == 0
    assert not dialog.restore_button.isEnabled()
    assert dialog.empty_label.isVisibleTo(dialog)


def test_a_damaged_workspace_offers_its_latest_copy(qtbot, workspace, monkeypatch):
    path = damaged_after(workspace, "export_hosmoz.csv", "annuaire_esat_ea_2024.csv")
    asked = restore_answered(monkeypatch, QMessageBox.StandardButton.Yes)

    launcher = app_module.Launcher()
    assert launcher.start(str(path))
    qtbot.addWidget(launcher.window)

    assert "endommagé" in asked[0]
    assert "Revenir à la dernière copie" in asked[0]
    assert structure_count(launcher.workspace.engine) == 3  # the copy before the 2nd import
    launcher.workspace.close()


class _JobWatch:
    """Wraps ``run_job``: keeps each job and the state of its window at start, and presses its
    Cancel (sets its cancel event, as the dialog's button does) once ``cancel_when()`` holds at a
    progress report."""

    def __init__(self, monkeypatch, cancel_when=None) -> None:
        from srm_inclusif.ui import jobs

        self.jobs: list = []
        self.window_busy_at_start: list[bool] = []
        self._cancel_when = cancel_when
        self._real = jobs.run_job
        monkeypatch.setattr(jobs, "run_job", self._run_job)

    def _run_job(self, parent, title, fn, /, *args, **kwargs):
        def watched(*a, progress, cancel, **kw):
            def report(done: int, total: int) -> None:
                progress(done, total)
                if self._cancel_when is not None and self._cancel_when():
                    cancel.set()

            return fn(*a, progress=report, cancel=cancel, **kw)

        job = self._real(parent, title, watched, *args, **kwargs)
        self.jobs.append(job)
        self.window_busy_at_start.append(
            not parent.menuBar().isEnabled() and not parent.stack.isEnabled()
            and job.dialog.isEnabled())
        return job


@pytest.fixture
def two_imports_open(qtbot, launcher, monkeypatch):
    """The launcher's workspace after two imports; copies go four pages a step."""
    from srm_inclusif.storage import page_copy

    monkeypatch.setattr(page_copy, "STEP_BYTES", 4 * 4096)
    engine = launcher.workspace.engine
    import_files(engine, [IMPORT_FIXTURES / "export_hosmoz.csv"], ImportSettings())
    import_files(engine, [IMPORT_FIXTURES / "annuaire_esat_ea_2024.csv"], ImportSettings())
    launcher.window.ctx.notify(Changes.all())
    return launcher


def test_a_restore_runs_as_a_job_while_the_window_keeps_away(qtbot, two_imports_open,
                                                            monkeypatch):
    launcher = two_imports_open
    before_second = list_backups(launcher.workspace.path)[0].path
    watch = _JobWatch(monkeypatch)

    assert launcher.restore(before_second)

    qtbot.addWidget(launcher.window)
    assert watch.jobs[0].dialog.windowTitle() == "Restauration de la copie…"
    assert watch.window_busy_at_start == [True]  # menus and pages off, Cancel usable
    assert structure_count(launcher.workspace.engine) == 3
    assert "restauré" in launcher.window.statusBar().currentMessage()
    assert launcher.window.menuBar().isEnabled()


def test_cancelling_a_restore_leaves_the_workspace_and_the_window_usable(
        qtbot, two_imports_open, monkeypatch):
    launcher = two_imports_open
    path = launcher.workspace.path
    before_second = list_backups(path)[0].path
    launcher.window.show_page("imports")
    # Cancel once the state is copied aside, while the copy is being written back
    _JobWatch(monkeypatch, cancel_when=lambda: list_backups(path)[0].reason
              == "avant-restauration")

    assert not launcher.restore(before_second)

    qtbot.addWidget(launcher.window)
    assert launcher.window.current_page_key() == "imports"  # back where the user was
    assert structure_count(launcher.workspace.engine) == 6  # both imports still there
    message = launcher.window.statusBar().currentMessage()
    assert "annulée" in message
    assert "pas été modifié" in message
    window = launcher.window
    assert window.menuBar().isEnabled()
    assert window.stack.isEnabled()
    assert window.show_page("imports").batches.rowCount() == 2


def test_cancelling_the_restore_of_a_damaged_workspace_keeps_it_as_it_was(
        qtbot, workspace, monkeypatch):
    from srm_inclusif.storage import page_copy

    monkeypatch.setattr(page_copy, "STEP_BYTES", 4 * 4096)
    path = damaged_after(workspace, "export_hosmoz.csv")
    damaged = path.read_bytes()
    restore_answered(monkeypatch, QMessageBox.StandardButton.Yes)
    errors: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *_a: errors.append(text))
    monkeypatch.setattr(app_module.WelcomeDialog, "exec", lambda _self: 0)
    _JobWatch(monkeypatch, cancel_when=lambda: True)

    launcher = app_module.Launcher()
    assert not launcher.start(str(path))
    qtbot.addWidget(launcher._frame)

    assert path.read_bytes() == damaged  # neither replaced nor set aside
    assert "endommagé" in errors[0]


def test_saving_a_copy_runs_as_a_job(qtbot, launcher, tmp_path, monkeypatch):
    from srm_inclusif.ui import workspace_files

    import_files(launcher.workspace.engine, [IMPORT_FIXTURES / "export_hosmoz.csv"],
                 ImportSettings())
    target = tmp_path / "copie.sqlite3"
    monkeypatch.setattr(workspace_files.file_dialogs, "get_save_file_name",
                        lambda *a, **k: (str(target), ""))
    window = launcher.window

    window.save_copy_action.trigger()
    with qtbot.waitSignal(window.copy_job.finished, timeout=10000):
        pass

    assert window.copy_job.dialog.windowTitle() == "Enregistrement de la copie…"
    assert "Copie enregistrée" in window.statusBar().currentMessage()
    from srm_inclusif.storage.workspace import open_workspace

    copy = open_workspace(target)
    assert structure_count(copy.engine) == 3
    copy.close()


def test_cancelling_a_copy_writes_no_file(qtbot, launcher, tmp_path, monkeypatch):
    from srm_inclusif.storage import page_copy
    from srm_inclusif.ui import workspace_files

    monkeypatch.setattr(page_copy, "STEP_BYTES", 4 * 4096)
    folder = tmp_path / "copies"
    folder.mkdir()
    monkeypatch.setattr(workspace_files.file_dialogs, "get_save_file_name",
                        lambda *a, **k: (str(folder / "copie.sqlite3"), ""))
    _JobWatch(monkeypatch, cancel_when=lambda: True)
    window = launcher.window

    window.save_copy_action.trigger()
    with qtbot.waitSignal(window.copy_job.cancelled, timeout=10000):
        pass

    assert list(folder.iterdir()) == []
    assert "Copie annulée" in window.statusBar().currentMessage()


@pytest.mark.parametrize(("language", "size"), [("fr", "1,3 Mo"), ("en", "1.3 MB")],
                         indirect=["language"])
def test_copy_sizes_read_as_in_a_file_manager(qtbot, workspace, language, size):
    from srm_inclusif.storage.backup import backups_dir

    folder = backups_dir(workspace.path)
    folder.mkdir()
    copy = folder / f"{workspace.path.stem}-avant-import-20261122-101500-000000.sqlite3"
    copy.write_bytes(b"\0" * 1_384_448)
    dialog = RestoreDialog(WorkspaceContext(workspace))
    qtbot.addWidget(dialog)
    assert dialog.table.item(0, 2).text().replace("\u00a0", " ") == size  # was « 1,32 Mio »


def test_a_workspace_left_mid_change_in_a_read_only_folder_offers_no_copy(
        qtbot, closed_workspace, monkeypatch):
    """Putting the latest copy in its place would lose the work done since: it says what to do."""
    from srm_inclusif.storage.backup import backup_now
    from tests.read_only_support import not_writable
    from tests.storage.test_unfinished_write_read_only import left_mid_change

    backup_now(closed_workspace)
    journal = left_mid_change(closed_workspace)
    not_writable(monkeypatch, closed_workspace.parent, closed_workspace, journal)
    asked = restore_answered(monkeypatch, QMessageBox.StandardButton.Yes)
    said: list[str] = []
    monkeypatch.setattr(app_module, "_error", lambda _parent, message: said.append(message))
    launcher = app_module.Launcher()
    monkeypatch.setattr(launcher, "welcome", lambda _path: False)

    assert not launcher.start(str(closed_workspace))

    assert asked == []
    assert said[0].startswith("« espace.sqlite3 » n'a pas été fermé normalement")
    assert journal.exists()
