"""Going back before an import, or to any copy of the workspace, from the window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import text

from srm_inclusif.exchange.importer import ImportSettings, import_files
from srm_inclusif.storage.backup import list_backups
from srm_inclusif.storage.changes import Changes
from srm_inclusif.ui import app as app_module
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.restore_dialog import RestoreDialog

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "imports"


def _count(engine) -> int:
    with engine.connect() as connection:
        return int(connection.execute(text("SELECT count(*) FROM counterparty")).scalar())


def _answer(monkeypatch, button: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def question(_parent, _title, message, *_args):
        asked.append(message)
        return button

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


@pytest.fixture
def launcher(qtbot, workspace):
    path = workspace.path
    workspace.close()
    launcher = app_module.Launcher()
    assert launcher.start(str(path))
    qtbot.addWidget(launcher.window)
    yield launcher
    launcher.workspace.close()


def test_going_back_before_the_last_import_from_the_imports_page(qtbot, launcher, monkeypatch):
    engine = launcher.workspace.engine
    import_files(engine, [FIXTURES / "export_hosmoz.csv"], ImportSettings())
    import_files(engine, [FIXTURES / "annuaire_esat_ea_2024.csv"], ImportSettings())
    launcher.window.ctx.notify(Changes.all())
    page = launcher.window.show_page("imports")
    assert page.undo_import_button.isEnabled()  # the newest import is selected
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    first_window = launcher.window

    page.undo_import_button.click()

    qtbot.waitUntil(lambda: launcher.window is not first_window, timeout=10000)
    qtbot.addWidget(launcher.window)
    assert "état du" in asked[0]
    assert "copié dans les sauvegardes" in asked[0]
    assert _count(launcher.workspace.engine) == 3  # the first import stays
    assert [c.reason for c in list_backups(launcher.workspace.path)][0] == "avant-restauration"
    assert "restauré" in launcher.window.statusBar().currentMessage()
    imports = launcher.window.show_page("imports")
    assert imports.batches.rowCount() == 1


def test_cancelling_the_question_changes_nothing(qtbot, workspace, monkeypatch):
    import_files(workspace.engine, [FIXTURES / "export_hosmoz.csv"], ImportSettings())
    ctx = WorkspaceContext(workspace)
    dialog = RestoreDialog(ctx)
    qtbot.addWidget(dialog)
    requested: list[Path] = []
    ctx.restore_requested.connect(requested.append)
    _answer(monkeypatch, QMessageBox.StandardButton.Cancel)

    dialog.restore_button.click()

    assert requested == []
    assert _count(workspace.engine) == 3


def test_restore_dialog_lists_the_copies_newest_first(qtbot, workspace, monkeypatch):
    import_files(workspace.engine, [FIXTURES / "export_hosmoz.csv"], ImportSettings())
    import_files(workspace.engine, [FIXTURES / "annuaire_esat_ea_2024.csv"], ImportSettings())
    ctx = WorkspaceContext(workspace)
    dialog = RestoreDialog(ctx)
    qtbot.addWidget(dialog)
    copies = list_backups(workspace.path)
    _answer(monkeypatch, QMessageBox.StandardButton.Yes)

    assert dialog.table.rowCount() == 2
    assert dialog.table.item(0, 1).text() == "Avant un import"
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
    path = workspace.path
    import_files(workspace.engine, [FIXTURES / "export_hosmoz.csv"], ImportSettings())
    import_files(workspace.engine, [FIXTURES / "annuaire_esat_ea_2024.csv"], ImportSettings())
    with workspace.engine.begin() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    workspace.close()
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    data[page_size * 2:page_size * 12] = b"\xa5" * (page_size * 10)
    path.write_bytes(bytes(data))
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Yes)

    launcher = app_module.Launcher()
    assert launcher.start(str(path))
    qtbot.addWidget(launcher.window)

    assert "endommagé" in asked[0]
    assert "Revenir à la dernière copie" in asked[0]
    assert _count(launcher.workspace.engine) == 3  # the copy taken before the second import
    launcher.workspace.close()
