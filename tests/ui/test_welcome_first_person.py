"""First start: the name typed on the welcome dialog is the workspace's first person."""

from __future__ import annotations

from pathlib import Path

import pytest

from srm_inclusif.storage.services.people import list_people
from srm_inclusif.ui import app as app_module
from srm_inclusif.ui.welcome_dialog import WelcomeChoice, WelcomeDialog


def _created(qtbot, tmp_path: Path, monkeypatch, *, user: str, seller: bool):  # noqa: ANN001, ANN202
    """The launcher once the welcome dialog was filled in with ``user`` and created."""
    def fake_exec(self: WelcomeDialog) -> int:
        self.organisation_edit.setText("Ma PME")
        self.user_edit.setText(user)
        self.seller_radio.setChecked(seller)
        self.choice = WelcomeChoice.CREATE
        return 1

    monkeypatch.setattr(WelcomeDialog, "exec", fake_exec)
    launcher = app_module.Launcher()
    assert launcher.start(str(tmp_path / "espace.sqlite3"))
    qtbot.addWidget(launcher.window)
    return launcher


@pytest.mark.parametrize(("seller", "role"), [(False, "Acheteur"),
                                              (True, "Chargé(e) d'affaires")])
def test_her_name_makes_her_the_first_person_with_the_profile_role(
        qtbot, tmp_path, monkeypatch, seller, role) -> None:
    launcher = _created(qtbot, tmp_path, monkeypatch, user="  Marie Durand ", seller=seller)
    people = list_people(launcher.workspace.engine)
    assert [(p.name, p.role) for p in people] == [("Marie Durand", role)]
    launcher.workspace.close()


def test_no_name_no_person(qtbot, tmp_path, monkeypatch) -> None:
    launcher = _created(qtbot, tmp_path, monkeypatch, user="", seller=False)
    assert list_people(launcher.workspace.engine, active_only=False) == []
    launcher.workspace.close()


def test_the_name_is_optional_for_creating(qtbot) -> None:
    dialog = WelcomeDialog()
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.organisation_edit, "Ma PME")
    assert dialog.create_button.isEnabled()
    assert dialog.user_name == ""
