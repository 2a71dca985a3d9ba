"""The main window on the demo workspace: navigation, every page with records, menus, undo."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QAbstractItemView, QMenu

from srm_inclusif.storage.changes import Changes
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.main_window import PAGES, MainWindow
from srm_inclusif.ui.undo import ServiceCommand
from tests.conftest import DEMO_TODAY


@pytest.fixture
def window(qtbot, demo_ctx):
    win = MainWindow(demo_ctx)
    qtbot.addWidget(win)
    win.show()
    return win


def _largest_view_rows(page) -> int:
    views = page.findChildren(QAbstractItemView)
    return max((v.model().rowCount() for v in views if v.model() is not None), default=0)


@pytest.mark.parametrize("key", [p[0] for p in PAGES])
def test_every_page_lists_real_records(window, key: str) -> None:
    page = window.show_page(key)
    assert window.stack.currentWidget() is page
    assert _largest_view_rows(page) > 0, f"page {key} shows no record"


def test_navigation_names_follow_the_profile(window) -> None:
    labels = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert labels[1] == "Fournisseurs"
    assert labels[0].startswith("Tableau de bord")
    assert "Groupe Démo Bellerive" in window.windowTitle()


def test_seller_profile_calls_counterparties_clients(qtbot, workspace) -> None:
    from srm_inclusif.core.vocabulary import Profile
    from srm_inclusif.storage.services.settings import update_settings

    update_settings(workspace.engine, profile=Profile.STRUCTURE_INCLUSIVE)
    win = MainWindow(WorkspaceContext(workspace, today=lambda: date(2026, 1, 5)))
    qtbot.addWidget(win)
    assert win.navigation.item(1).text() == "Clients"


def test_the_view_menu_gives_each_page_its_own_alt_letter(window) -> None:
    from srm_inclusif.ui.mnemonics import letter_of, plain_text

    texts = [a.text() for a in window.view_menu.actions() if not a.isSeparator()]
    assert [plain_text(t) for t in texts] == [
        "Tableau de bord", "Fournisseurs", "Relations", "Contrats", "Objectifs",
        "Imports / exports", "Colonnes de la liste « Fournisseurs »",
        "Filtres de la liste « Fournisseurs »\tF9"]
    letters = [letter_of(t) for t in texts]
    assert None not in letters
    assert len(set(letters)) == len(letters)


def test_the_view_menu_shows_and_hides_the_supplier_list_columns(window) -> None:
    from srm_inclusif.ui.mnemonics import plain_text
    from srm_inclusif.ui.models.counterparty_table import COL_NATURE

    window.columns_menu.aboutToShow.emit()  # as opening the menu does
    entries = {a.data(): a for a in window.columns_menu.actions()}
    assert plain_text(window.columns_menu.title()) == "Colonnes de la liste « Fournisseurs »"
    assert not entries["nature"].isChecked()
    entries["nature"].trigger()
    table = window._ensure_page("counterparties").view.table
    assert not table.isColumnHidden(COL_NATURE)


def test_redo_answers_ctrl_shift_z_and_ctrl_y(window) -> None:
    from PySide6.QtGui import QKeySequence

    keys = window.redo_action.shortcuts()
    assert QKeySequence("Ctrl+Shift+Z") in keys
    assert QKeySequence("Ctrl+Y") in keys


def test_status_bar_and_about_show_the_workspace(window, demo_workspace) -> None:
    assert window.path_label.text() == str(demo_workspace.path)
    about = window.about_text()
    assert "0001" in about or demo_workspace.schema_revision in about
    assert str(demo_workspace.path) in about


def test_menu_actions_have_shortcuts(window) -> None:
    for action in (window.new_action, window.open_action, window.save_copy_action,
                   window.quit_action, window.undo_action, window.redo_action):
        assert not action.shortcut().isEmpty(), action.text()


def test_undo_and_redo_go_through_the_edit_menu(window) -> None:
    from srm_inclusif.storage.services.settings import get_settings, update_settings

    engine = window.ctx.engine
    old = get_settings(engine).organisation_name
    window.ctx.run_command(ServiceCommand(
        window.ctx, "Renommer l'organisation",
        lambda: update_settings(engine, organisation_name="Nouveau nom"),
        lambda: update_settings(engine, organisation_name=old)))
    assert "Nouveau nom" in window.windowTitle()
    assert window.undo_action.text() == "Annuler : Renommer l'organisation"
    window.undo_action.trigger()
    assert get_settings(engine).organisation_name == old
    assert old in window.windowTitle()
    window.redo_action.trigger()
    assert get_settings(engine).organisation_name == "Nouveau nom"


def test_save_copy_writes_a_workspace(qtbot, window, tmp_path, monkeypatch) -> None:
    from srm_inclusif.storage.workspace import open_workspace
    from srm_inclusif.ui import workspace_files

    target = tmp_path / "copie.sqlite3"
    monkeypatch.setattr(workspace_files.file_dialogs, "get_save_file_name",
                        lambda *a, **k: (str(target), ""))
    window.save_copy_action.trigger()
    with qtbot.waitSignal(window.copy_job.finished, timeout=20000):
        pass  # the copy runs in the background
    copy = open_workspace(target)
    from srm_inclusif.storage.services.summary import workspace_summary

    assert workspace_summary(copy.engine).counterparties >= 300
    copy.close()


def test_geometry_is_remembered(qtbot, window, demo_workspace) -> None:
    screen = window.screen().availableGeometry()
    size = (min(window.minimumWidth() + 1, screen.width()), window.minimumHeight() + 41)
    window.resize(*size)
    window.close()
    again = MainWindow(WorkspaceContext(demo_workspace, today=lambda: DEMO_TODAY))
    qtbot.addWidget(again)
    assert again.height() == size[1]
    assert abs(again.width() - size[0]) <= 2  # the offscreen screen is barely wider


def test_data_changed_refreshes_pages(window) -> None:
    page = window.show_page("counterparties")
    window.ctx.notify(Changes(counterparties={1}))
    assert _largest_view_rows(page) > 0


def test_reminder_opens_its_relationship(window) -> None:
    dashboard = window.show_page("dashboard")
    reminder = next(r for r in dashboard.todo_panel.reminders if r.relationship_id)
    assert window.navigation.item(0).text() == \
        f"Tableau de bord ({len(dashboard.todo_panel.reminders)})"
    dashboard.todo_panel.relationship_requested.emit(reminder.relationship_id)
    page = window.stack.currentWidget()
    assert page is window.pages["relationships"]
    assert page.selected_id() == reminder.relationship_id


def test_file_menu_starts_imports(window, monkeypatch) -> None:
    import srm_inclusif.ui.import_wizard as wizard_module

    started: list[tuple[object, str]] = []
    monkeypatch.setattr(wizard_module, "start_import_wizard",
                        lambda ctx, parent, paths, target: started.append((paths, target)))
    window.import_suppliers_action.trigger()
    window.import_spend_action.trigger()
    assert started == [(None, "suppliers"), (None, "spend")]
    assert window.import_suppliers_action.text() == "Importer des &fournisseurs…"


def test_objectives_page_offers_the_sheet_export(window) -> None:
    from PySide6.QtWidgets import QPushButton

    page = window.show_page("objectives")
    button = page.findChild(QPushButton, "sheetExportOpenButton")
    assert button is not None
    assert button.text() == "Fiches objectifs…"


def test_tools_menu_opens_the_oeth_estimator(window, monkeypatch) -> None:
    from srm_inclusif.ui import oeth_dialog

    opened: list[object] = []
    monkeypatch.setattr(oeth_dialog.OethDialog, "exec", lambda self: opened.append(self) or 0)
    window.oeth_action.trigger()
    assert len(opened) == 1


def _shortcuts(widget) -> list[str]:
    from PySide6.QtGui import QAction, QShortcut
    from PySide6.QtWidgets import QAbstractButton

    keys = [a.shortcut().toString() for a in widget.findChildren(QAction)]
    keys += [b.shortcut().toString() for b in widget.findChildren(QAbstractButton)]
    keys += [s.key().toString() for s in widget.findChildren(QShortcut)]
    return [k for k in keys if k]


def test_no_page_shortcut_collides_with_the_menus(window) -> None:
    menu_keys = [a.shortcut().toString() for menu in window.menuBar().findChildren(QMenu)
                 for a in menu.actions() if not a.shortcut().isEmpty()]
    assert len(menu_keys) == len(set(menu_keys))
    for key, *_rest in PAGES:
        page_keys = _shortcuts(window.show_page(key))
        assert not set(page_keys) & set(menu_keys), key


def test_the_parameters_dialog_goes_when_closed(qtbot, window, monkeypatch) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent

    from srm_inclusif.ui.parameters_dialog import ParametersDialog

    monkeypatch.setattr(ParametersDialog, "exec", lambda dialog: dialog.reject())
    window.parameters_action.trigger()
    window.parameters_action.trigger()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert window.findChildren(ParametersDialog) == []


def test_the_restore_dialog_goes_when_closed(qtbot, window, monkeypatch) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent

    from srm_inclusif.ui.restore_dialog import RestoreDialog

    monkeypatch.setattr(RestoreDialog, "exec", lambda dialog: dialog.reject())
    window.restore_action.trigger()
    window.restore_action.trigger()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert window.findChildren(RestoreDialog) == []
