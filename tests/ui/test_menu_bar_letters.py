"""Each menu of the menu bar opens with its own Alt letter, in both languages."""

from __future__ import annotations

from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.main_window import MainWindow
from srm_inclusif.ui.mnemonics import letter_of
from tests.conftest import DEMO_TODAY


def test_no_two_menus_share_an_alt_letter(qtbot, workspace, language) -> None:
    win = MainWindow(WorkspaceContext(workspace, today=lambda: DEMO_TODAY))
    qtbot.addWidget(win)
    titles = [action.text() for action in win.menuBar().actions()]
    letters = [letter_of(title) for title in titles]
    assert None not in letters, titles
    assert len({letter.upper() for letter in letters}) == len(letters), titles  # Affichage, Aide
