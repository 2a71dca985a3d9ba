"""The restore dialog: a copy taken now, and a workspace file saved elsewhere put back."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import text

from srm_inclusif.storage import migrate
from srm_inclusif.storage.backup import backup_workspace, list_backups
from srm_inclusif.storage.services.counterparty_edit import create_counterparty
from srm_inclusif.ui import file_dialogs
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.restore_dialog import RestoreDialog
from tests.restore_files import NOT_A_WORKSPACE, saved_elsewhere
from tests.support import workspace_at
from tests.ui.restore_dialogs import answered, restore_dialog, warnings_shown


def _names(engine) -> list[str]:
    with engine.connect() as connection:
        return list(connection.execute(text("SELECT name FROM counterparty")).scalars())


def _choose(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(file_dialogs, "get_open_file_name",
                        lambda *_args: (str(path), "Espaces de travail (*.sqlite3)"))


def _answer(monkeypatch, button: QMessageBox.StandardButton) -> list[str]:
    """The restore questions asked; Yes clicks « Restaurer », Cancel « Annuler » (the default)."""
    return answered(monkeypatch, "Restaurer", click=button == QMessageBox.StandardButton.Yes)


def test_an_empty_list_says_what_copies_are_and_offers_one_now(qtbot, workspace):
    dialog = restore_dialog(qtbot, WorkspaceContext(workspace))

    assert dialog.empty_label.isVisibleTo(dialog)
    assert not dialog.table.isVisibleTo(dialog)
    assert "« Sauvegarder maintenant » copie l'espace de travail" in dialog.empty_label.text()
    assert "« Enregistrer une copie… »" in dialog.empty_label.text()


def test_a_copy_taken_now_is_listed_and_selected(qtbot, workspace):
    backup_workspace(workspace.path, "avant-import")
    dialog = restore_dialog(qtbot, WorkspaceContext(workspace))

    dialog.backup_button.click()
    with qtbot.waitSignal(dialog.backup_job.finished, timeout=10000):
        pass

    assert dialog.table.rowCount() == 2
    assert dialog.table.item(0, 1).text() == "Sauvegarde manuelle"
    assert dialog.selected().reason == "manuelle"
    assert dialog.restore_button.isEnabled()
    assert not dialog.empty_label.isVisibleTo(dialog)


def test_enter_asks_to_restore_the_selected_copy_and_takes_none(qtbot, workspace, monkeypatch):
    backup_workspace(workspace.path, "avant-import")
    dialog = restore_dialog(qtbot, WorkspaceContext(workspace))
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    dialog.show()
    qtbot.waitExposed(dialog)

    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)

    assert len(asked) == 1
    assert len(list_backups(workspace.path)) == 1


def test_a_manual_copy_stays_listed_after_many_automatic_ones(qtbot, workspace):
    dialog = restore_dialog(qtbot, WorkspaceContext(workspace))
    dialog.backup_button.click()
    with qtbot.waitSignal(dialog.backup_job.finished, timeout=10000):
        pass
    for _ in range(12):
        backup_workspace(workspace.path, "avant-import")

    reopened = restore_dialog(qtbot, WorkspaceContext(workspace))

    column = [reopened.table.item(row, 1).text() for row in range(reopened.table.rowCount())]
    assert column.count("Avant un import") == 10
    assert column[-1] == "Sauvegarde manuelle"


def _restore_from_file(qtbot, launcher, monkeypatch, chosen: Path) -> list[str]:
    """Choose ``chosen`` in the dialog, say yes; wait for the window on the restored file."""
    _choose(monkeypatch, chosen)
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    first_window = launcher.window
    dialog = RestoreDialog(first_window.ctx, first_window)

    dialog.from_file_button.click()

    qtbot.waitUntil(lambda: launcher.window is not first_window, timeout=10000)
    qtbot.addWidget(launcher.window)
    return asked


def test_a_file_saved_elsewhere_is_put_back_and_the_state_replaced_kept(
        qtbot, launcher, monkeypatch, tmp_path):
    chosen = saved_elsewhere(tmp_path)
    assert _names(launcher.workspace.engine) == []

    asked = _restore_from_file(qtbot, launcher, monkeypatch, chosen)

    assert "« espace-copie.sqlite3 »" in asked[0]
    assert "copié dans les sauvegardes" in asked[0]
    assert _names(launcher.workspace.engine) == ["Atelier du Fichier"]
    [safety] = list_backups(launcher.workspace.path)
    assert safety.reason == "avant-restauration"
    with sqlite3.connect(safety.path) as connection:
        assert connection.execute("SELECT count(*) FROM counterparty").fetchone() == (0,)
    assert "restauré" in launcher.window.statusBar().currentMessage()


def test_a_file_from_an_older_version_is_migrated_as_opening_does(
        qtbot, launcher, monkeypatch, tmp_path):
    chosen = tmp_path / "ancienne.sqlite3"
    workspace_at(chosen, migrate.known_revisions()[0], (
        "INSERT INTO workspace_settings (id, profile, organisation_name, "
        "fiscal_year_start_month, created_at) VALUES (1, 'acheteur', 'Ancienne SA', 1, "
        "'2025-01-01 00:00:00')", ()), (
        "INSERT INTO counterparty (name, norm_name, siret_status, kind, service_types, "
        "networks, offers, extra_sectors, is_qpv, is_zrr, notes, favourite, active, "
        "edited_fields, created_at, updated_at) VALUES ('Atelier Ancien', 'atelier ancien', "
        "'missing', 'EI', '[]', '[]', '[]', '[]', 0, 0, '', 0, 1, '[]', "
        "'2025-01-01 00:00:00', '2025-01-01 00:00:00')", ()))

    _restore_from_file(qtbot, launcher, monkeypatch, chosen)

    assert launcher.workspace.schema_revision == migrate.schema_head()
    assert _names(launcher.workspace.engine) == ["Atelier Ancien"]
    reasons = {copy.reason for copy in list_backups(launcher.workspace.path)}
    assert {"avant-restauration", f"avant-migration-{migrate.known_revisions()[0]}"} <= reasons


@pytest.mark.parametrize(("make", "why"), NOT_A_WORKSPACE)
def test_a_file_that_is_no_workspace_is_refused_with_why(qtbot, workspace, monkeypatch,
                                                         tmp_path, make, why):
    create_counterparty(workspace.engine, values={"name": "Atelier Présent"})
    ctx = WorkspaceContext(workspace)
    requested: list[Path] = []
    ctx.restore_requested.connect(requested.append)
    dialog = restore_dialog(qtbot, ctx)
    _choose(monkeypatch, make(tmp_path))
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    shown = warnings_shown(monkeypatch)

    dialog.from_file_button.click()

    assert shown[0].startswith(why)
    assert shown[0].endswith("L'espace de travail ouvert n'a pas été modifié.")
    assert asked == []  # refused before any question
    assert requested == []
    assert list_backups(workspace.path) == []
    assert _names(workspace.engine) == ["Atelier Présent"]


def test_the_open_workspace_itself_is_refused(qtbot, workspace, monkeypatch):
    dialog = restore_dialog(qtbot, WorkspaceContext(workspace))
    _choose(monkeypatch, workspace.path)
    shown = warnings_shown(monkeypatch)

    dialog.from_file_button.click()

    assert shown[0].startswith("« espace.sqlite3 » est l'espace de travail ouvert lui-même")


def test_cancelling_the_file_choice_changes_nothing(qtbot, workspace, monkeypatch):
    ctx = WorkspaceContext(workspace)
    requested: list[Path] = []
    ctx.restore_requested.connect(requested.append)
    dialog = restore_dialog(qtbot, ctx)
    monkeypatch.setattr(file_dialogs, "get_open_file_name", lambda *_args: ("", ""))
    shown = warnings_shown(monkeypatch)

    dialog.from_file_button.click()

    assert (requested, shown) == ([], [])
