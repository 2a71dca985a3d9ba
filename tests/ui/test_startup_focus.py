"""The page the window opens on has the keyboard focus: its shortcuts act at once.

Before, the focus sat in the navigation until the user clicked into a page: Suppr on the
dashboard's reminders did nothing at startup.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from srm_inclusif.exchange.importer import ImportSettings, import_files
from srm_inclusif.storage.backup import list_backups
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.main_window import MainWindow
from tests.conftest import DEMO_TODAY
from tests.support import IMPORT_FIXTURES
from tests.ui.conftest import LAPTOP_SCREENS, shown_demo_window


def _focus_comes_into(qtbot, page: QWidget) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: page.isAncestorOf(QApplication.focusWidget()), timeout=3000)


@pytest.mark.parametrize("size", LAPTOP_SCREENS)
def test_the_dashboard_has_the_focus_when_the_window_shows(qtbot, demo_workspace, size) -> None:
    window = shown_demo_window(qtbot, demo_workspace, size)

    _focus_comes_into(qtbot, window.pages["dashboard"])
    assert not window.navigation.hasFocus()


def test_the_reminders_key_acts_at_once(qtbot, demo_workspace) -> None:
    window = shown_demo_window(qtbot, demo_workspace, LAPTOP_SCREENS[0])
    todo = window.pages["dashboard"].todo_panel
    _focus_comes_into(qtbot, todo.items)
    todo.items.setCurrentRow(0)
    before = len(todo.reminders)

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Delete)  # no click into the page first

    assert len(todo.reminders) == before - 1


def test_started_from_the_command_line_the_dashboard_has_the_focus(qtbot, launcher) -> None:
    _focus_comes_into(qtbot, launcher.window.pages["dashboard"])


def test_after_a_restore_the_page_the_user_was_on_has_the_focus(qtbot, launcher) -> None:
    import_files(launcher.workspace.engine, [IMPORT_FIXTURES / "export_hosmoz.csv"],
                 ImportSettings())
    launcher.window.enter_page("relationships")
    first_window = launcher.window

    assert launcher.restore(list_backups(launcher.workspace.path)[0].path)

    qtbot.addWidget(launcher.window)
    assert launcher.window is not first_window
    assert launcher.window.current_page_key() == "relationships"
    # on the board, as when the page is chosen (not on the first filter of the page)
    _focus_comes_into(qtbot, launcher.window.pages["relationships"].board)


def test_a_dialog_open_at_startup_keeps_the_focus_until_it_closes(qtbot, workspace) -> None:
    frame = MainWindow()  # the launcher's frame, shown while the workspace opens
    qtbot.addWidget(frame)
    frame.show()
    dialog = QDialog(frame)
    dialog.setModal(True)
    dialog.show()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=3000)

    frame.attach(WorkspaceContext(workspace, today=lambda: DEMO_TODAY))

    assert QApplication.activeWindow() is dialog  # the page did not take the keys from it
    dialog.close()
    frame.activateWindow()  # as the window manager does when the dialog over it goes
    _focus_comes_into(qtbot, frame.pages["dashboard"])
