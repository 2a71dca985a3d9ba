"""Outils › « Profil et exercice… »: the entry names the fiscal year its dialog now sets too."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from srm_inclusif.ui.main_window import MainWindow
from srm_inclusif.ui.mnemonics import letter_of, plain_text


@pytest.fixture
def window(qtbot, demo_ctx) -> MainWindow:  # noqa: ANN001
    win = MainWindow(demo_ctx)
    qtbot.addWidget(win)
    return win


def _tools_menu(window: MainWindow):  # noqa: ANN202
    menus = [action.menu() for action in window.menuBar().actions()]
    return next(menu for menu in menus if plain_text(menu.title()) == "Outils")


def test_the_entry_says_profile_and_fiscal_year(window) -> None:
    assert plain_text(window.profile_action.text()) == "Profil et exercice…"  # « de l'espace »
    assert window.profile_action in _tools_menu(window).actions()


def test_each_entry_of_the_tools_menu_keeps_its_own_alt_letter(window) -> None:
    shown = [action for action in _tools_menu(window).actions() if not action.isSeparator()]
    letters = [letter_of(action.text()) for action in shown]
    assert None not in letters
    assert len(set(letters)) == len(letters)


def test_the_dialog_bears_the_same_name(qtbot, window, monkeypatch) -> None:
    from srm_inclusif.ui.profile_dialog import ProfileDialog

    titles: list[str] = []

    def shown(dialog: ProfileDialog) -> int:
        titles.append(dialog.windowTitle())
        return 0  # cancelled

    monkeypatch.setattr(ProfileDialog, "exec", shown)
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: 0)
    window.profile_action.trigger()
    assert titles == ["Profil et exercice"]
