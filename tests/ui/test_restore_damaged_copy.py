"""The restore dialog with a damaged copy: marked in the list, not offered, refused in French."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from srm_inclusif.storage.backup import backup_now, list_backups
from srm_inclusif.ui import app as app_module
from srm_inclusif.ui import file_dialogs
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.restore_dialog import moment_text
from tests.restore_files import cut_short, damaged_after
from tests.ui.restore_dialogs import (
    answered,
    restore_answered,
    restore_dialog,
    structure_count,
    warnings_shown,
)


def test_a_damaged_copy_is_marked_and_cannot_be_restored(qtbot, workspace, monkeypatch):
    whole = backup_now(workspace.path)
    cut_short(backup_now(workspace.path))  # the newest
    asked = answered(monkeypatch, "Restaurer", click=False)
    dialog = restore_dialog(qtbot, WorkspaceContext(workspace))

    assert dialog.table.item(0, 1).text() == (
        "Sauvegarde manuelle — endommagée, ne peut pas être restaurée")
    assert "ne peut pas être restaurée" in dialog.table.item(0, 0).toolTip()
    assert dialog.table.item(1, 1).text() == "Sauvegarde manuelle"
    assert dialog.selected().path == whole  # the newest that can be restored

    dialog.table.selectRow(0)
    assert not dialog.restore_button.isEnabled()
    assert dialog.delete_button.isEnabled()
    dialog.table.doubleClicked.emit(dialog.table.model().index(0, 1))
    assert asked == []


def test_a_damaged_file_chosen_is_refused_saying_once_nothing_changed(qtbot, workspace,
                                                                      tmp_path, monkeypatch):
    chosen = tmp_path / "tr.sqlite3"
    chosen.write_bytes(backup_now(workspace.path).read_bytes())
    cut_short(chosen)
    monkeypatch.setattr(file_dialogs, "get_open_file_name", lambda *_args: (str(chosen), ""))
    shown = warnings_shown(monkeypatch)
    dialog = restore_dialog(qtbot, WorkspaceContext(workspace))

    dialog.from_file_button.click()

    assert shown == ["La copie « tr.sqlite3 » est endommagée et ne peut pas être restaurée. "
                     "L'espace de travail n'a pas été modifié : choisissez une autre copie."]


def test_a_damaged_workspace_offers_its_latest_whole_copy(qtbot, workspace, monkeypatch):
    backup_now(workspace.path)  # no supplier yet
    path = damaged_after(workspace, "export_hosmoz.csv")
    whole = list_backups(path)[1]
    cut_short(list_backups(path)[0].path)  # the copy taken before the import
    asked = restore_answered(monkeypatch, QMessageBox.StandardButton.Yes)
    errors: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: errors.append(text))
    monkeypatch.setattr(app_module.WelcomeDialog, "exec", lambda _dialog: 0)  # not opened: gives up

    launcher = app_module.Launcher()
    assert launcher.start(str(path))
    qtbot.addWidget(launcher.window)

    assert f"prise le {moment_text(whole.taken_at)} ?" in asked[0]
    assert errors == []
    assert structure_count(launcher.workspace.engine) == 0
    launcher.workspace.close()
