"""The wizard's file list, empty, says what goes there instead of showing a blank box."""

from __future__ import annotations

from PySide6.QtCore import Qt

from srm_inclusif.ui.import_wizard import start_import_wizard
from tests.support import IMPORT_FIXTURES

GOOD = IMPORT_FIXTURES / "annuaire_esat_ea_2024.csv"


def shown(qtbot, ctx, paths):  # noqa: ANN001, ANN201
    wizard = start_import_wizard(ctx, None, paths)
    qtbot.addWidget(wizard)
    wizard.resize(1000, 560)  # a 1024 × 600 screen
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def test_an_empty_list_says_how_to_add_files(qtbot, ctx) -> None:
    wizard = shown(qtbot, ctx, [])
    page = wizard.files_page
    note = page.no_file_label
    assert note.isVisible()
    assert "Ajouter des fichiers…" in note.text()
    # inside the list, whole: its lines fit the list's width
    viewport = page.file_list.viewport()
    assert viewport.rect().contains(note.geometry())
    assert note.heightForWidth(note.width()) <= note.height()


def test_the_sentence_goes_when_files_are_listed_and_comes_back_when_emptied(qtbot, ctx) -> None:
    wizard = shown(qtbot, ctx, [GOOD])
    page = wizard.files_page
    assert page.file_list.count() == 1
    assert not page.no_file_label.isVisible()
    qtbot.mouseClick(page.clear_button, Qt.MouseButton.LeftButton)
    assert page.file_list.count() == 0  # the sentence is no row of the list
    assert page.no_file_label.isVisible()

