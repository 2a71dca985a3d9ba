"""First start: the welcome dialog creates a workspace or opens the demo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from srm_inclusif.storage.services.settings import get_settings
from srm_inclusif.ui import app as app_module
from srm_inclusif.ui.welcome_dialog import WelcomeChoice, WelcomeDialog


def test_create_needs_an_organisation_name(qtbot) -> None:
    dialog = WelcomeDialog()
    qtbot.addWidget(dialog)
    assert not dialog.create_button.isEnabled()
    qtbot.keyClicks(dialog.organisation_edit, "Mairie de Valombre")
    dialog.seller_radio.setChecked(True)
    dialog.create_button.click()
    assert dialog.choice is WelcomeChoice.CREATE
    assert dialog.organisation_name == "Mairie de Valombre"
    assert dialog.profile.value == "structure_inclusive"


def _answer_welcome(monkeypatch, choice: WelcomeChoice, name: str = "") -> None:
    def fake_exec(self) -> int:
        self.organisation_edit.setText(name)
        self.choice = choice
        return 1

    monkeypatch.setattr(WelcomeDialog, "exec", fake_exec)


def test_first_start_creates_the_workspace_and_remembers_it(qtbot, tmp_path: Path,
                                                           monkeypatch) -> None:
    path = tmp_path / "mon-espace.sqlite3"
    _answer_welcome(monkeypatch, WelcomeChoice.CREATE, "Ma PME")
    launcher = app_module.Launcher()
    assert launcher.start(str(path))
    qtbot.addWidget(launcher.window)
    assert path.exists()
    assert get_settings(launcher.workspace.engine).organisation_name == "Ma PME"
    assert QSettings().value(app_module.LAST_WORKSPACE_KEY) == str(path)
    assert "Ma PME" in launcher.window.windowTitle()
    launcher.workspace.close()


def test_first_start_can_open_the_demo(qtbot, tmp_path: Path, monkeypatch) -> None:
    from srm_inclusif.storage.services.summary import workspace_summary

    path = tmp_path / "demo.sqlite3"
    _answer_welcome(monkeypatch, WelcomeChoice.DEMO)
    launcher = app_module.Launcher()
    assert launcher.start(str(path))
    qtbot.addWidget(launcher.window)
    assert workspace_summary(launcher.workspace.engine).counterparties >= 300
    launcher.workspace.close()


def test_broken_file_shows_a_clear_message(qtbot, tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "cassé.sqlite3"
    path.write_bytes(b"pas une base" * 100)
    messages: list[str] = []
    monkeypatch.setattr(app_module.QMessageBox, "critical",
                        lambda _parent, _title, text: messages.append(text))
    monkeypatch.setattr(WelcomeDialog, "exec", lambda self: 0)
    launcher = app_module.Launcher()
    assert not launcher.start(str(path))
    assert messages
    assert "n'est pas un espace de travail" in messages[0]
    assert path.read_bytes() == b"pas une base" * 100
