"""The restore dialog's « Supprimer la copie… »: asked first, the file gone, a refusal said."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from srm_inclusif.exchange.importer import ImportSettings, import_files
from srm_inclusif.storage.backup import backup_now, backup_workspace, list_backups
from srm_inclusif.storage.changes import Changes
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.restore_dialog import RestoreDialog, moment_text
from tests.restore_files import removal_refused
from tests.support import IMPORT_FIXTURES
from tests.ui.restore_dialogs import answered, restore_dialog, warnings_shown


def _answer(monkeypatch, delete: bool) -> list[str]:
    """The questions asked; ``delete`` clicks « Supprimer », else « Annuler »."""
    return answered(monkeypatch, "Supprimer", click=delete)


def _kinds(dialog: RestoreDialog) -> list[str]:
    return [dialog.table.item(row, 1).text() for row in range(dialog.table.rowCount())]


def test_a_manual_copy_is_deleted_once_confirmed_and_the_next_one_selected(
        qtbot, workspace, monkeypatch):
    older = backup_now(workspace.path)
    manual = backup_now(workspace.path)
    dialog = restore_dialog(qtbot, WorkspaceContext(workspace))
    asked = _answer(monkeypatch, delete=True)
    taken_at = dialog.selected().taken_at

    dialog.delete_button.click()

    assert asked[0].startswith(f"Supprimer cette sauvegarde ?\n\n{moment_text(taken_at)} — "
                               "Sauvegarde manuelle")
    assert "ne pourra pas être annulée" in asked[0]
    assert "avant cet import" not in asked[0]
    assert not manual.exists()
    assert [copy.path for copy in list_backups(workspace.path)] == [older]
    assert dialog.table.rowCount() == 1
    assert dialog.selected().path == older
    assert dialog.delete_button.isEnabled()


def test_cancelling_keeps_the_copy(qtbot, workspace, monkeypatch):
    copy = backup_now(workspace.path)
    dialog = restore_dialog(qtbot, WorkspaceContext(workspace))
    asked = _answer(monkeypatch, delete=False)

    dialog.delete_button.click()

    assert len(asked) == 1
    assert copy.exists()
    assert dialog.table.rowCount() == 1


def test_the_delete_key_on_the_list_asks_too(qtbot, workspace, monkeypatch):
    copy = backup_now(workspace.path)
    dialog = restore_dialog(qtbot, WorkspaceContext(workspace))
    asked = _answer(monkeypatch, delete=True)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    dialog.table.setFocus()

    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)

    assert len(asked) == 1
    assert not copy.exists()
    assert dialog.empty_label.isVisibleTo(dialog)
    assert not dialog.delete_button.isEnabled()


def test_an_empty_list_offers_nothing_to_delete(qtbot, workspace):
    dialog = restore_dialog(qtbot, WorkspaceContext(workspace))

    assert not dialog.delete_button.isEnabled()


def test_the_copy_before_an_import_says_it_is_the_only_way_back(qtbot, workspace, monkeypatch):
    import_files(workspace.engine, [IMPORT_FIXTURES / "export_hosmoz.csv"], ImportSettings())
    backup_workspace(workspace.path, "avant-migration-0001")  # older kinds stay listed
    ctx = WorkspaceContext(workspace)
    changes: list[Changes] = []
    ctx.data_changed.connect(changes.append)
    dialog = restore_dialog(qtbot, ctx)
    dialog.table.selectRow(_kinds(dialog).index("Avant l'import de « export_hosmoz.csv »"))
    asked = _answer(monkeypatch, delete=True)

    dialog.delete_button.click()

    assert "— Avant l'import de « export_hosmoz.csv »" in asked[0]
    assert "C'est la seule copie de l'espace de travail tel qu'il était juste avant cet " \
           "import" in asked[0]
    assert _kinds(dialog) == ["Avant une mise à jour de l'application"]
    assert [change.touches("imports") for change in changes] == [True]


def test_a_copy_that_cannot_be_removed_stays_listed_and_the_refusal_says_why(
        qtbot, workspace, monkeypatch):
    copy = backup_now(workspace.path)
    dialog = restore_dialog(qtbot, WorkspaceContext(workspace))
    _answer(monkeypatch, delete=True)
    shown = warnings_shown(monkeypatch)
    removal_refused(monkeypatch, copy)

    dialog.delete_button.click()

    assert len(shown) == 1
    assert shown[0].startswith(f"La sauvegarde « {copy.name} » n'a pas pu être supprimée "
                               "(droits insuffisants)")
    assert copy.exists()
    assert dialog.table.rowCount() == 1


def test_a_copy_deleted_meanwhile_is_said_gone_and_leaves_the_list(qtbot, workspace, monkeypatch):
    copy = backup_now(workspace.path)
    dialog = restore_dialog(qtbot, WorkspaceContext(workspace))
    _answer(monkeypatch, delete=True)
    shown = warnings_shown(monkeypatch)
    copy.unlink()  # another window deleted it while this one was open

    dialog.delete_button.click()

    assert "n'est plus dans le dossier des sauvegardes" in shown[0]
    assert dialog.table.rowCount() == 0
