"""Deleting the copy taken before an import: only a copy really gone is announced as gone.

A refused deletion announced it anyway: every view read its data again for nothing, told that
the way back before the import had changed while the copy was still there.
"""

from __future__ import annotations

from srm_inclusif.exchange.importer import ImportSettings, import_files
from srm_inclusif.storage.backup import list_backups
from srm_inclusif.storage.changes import Changes
from srm_inclusif.ui.context import WorkspaceContext
from tests.restore_files import removal_refused
from tests.support import IMPORT_FIXTURES
from tests.ui.restore_dialogs import restore_dialog, warnings_shown
from tests.ui.test_restore_delete_copy import _answer, _kinds

BEFORE_IMPORT = "Avant l'import de « export_hosmoz.csv »"


def _import_copy(qtbot, workspace, monkeypatch):  # noqa: ANN001, ANN202
    """The dialog with the copy taken before an import selected; the changes announced."""
    import_files(workspace.engine, [IMPORT_FIXTURES / "export_hosmoz.csv"], ImportSettings())
    ctx = WorkspaceContext(workspace)
    changes: list[Changes] = []
    ctx.data_changed.connect(changes.append)
    dialog = restore_dialog(qtbot, ctx)
    dialog.table.selectRow(_kinds(dialog).index(BEFORE_IMPORT))
    _answer(monkeypatch, delete=True)
    return dialog, changes


def test_a_refused_deletion_announces_no_change(qtbot, workspace, monkeypatch) -> None:
    dialog, changes = _import_copy(qtbot, workspace, monkeypatch)
    copy = dialog.selected().path
    shown = warnings_shown(monkeypatch)
    removal_refused(monkeypatch, copy)
    dialog.delete_button.click()
    assert "n'a pas pu être supprimée" in shown[0]
    assert BEFORE_IMPORT in _kinds(dialog)
    assert changes == []


def test_a_copy_deleted_meanwhile_is_announced_gone(qtbot, workspace, monkeypatch) -> None:
    dialog, changes = _import_copy(qtbot, workspace, monkeypatch)
    shown = warnings_shown(monkeypatch)
    dialog.selected().path.unlink()  # another window deleted it first
    dialog.delete_button.click()
    assert "n'est plus dans le dossier des sauvegardes" in shown[0]
    assert [copy.path for copy in list_backups(workspace.path)] == []
    assert [change.touches("imports") for change in changes] == [True]
