"""One file of the wizard's list can be taken out (button or Delete) without emptying the list."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt

from srm_inclusif.ui.import_wizard import start_import_wizard
from srm_inclusif.ui.import_wizard.wizard import ImportWizard
from tests.support import IMPORT_FIXTURES

GOOD = IMPORT_FIXTURES / "annuaire_esat_ea_2024.csv"
UNREADABLE = IMPORT_FIXTURES / "binaire.csv"
OTHER = IMPORT_FIXTURES / "export_hosmoz.csv"


def opened(qtbot, ctx) -> ImportWizard:
    wizard = start_import_wizard(ctx, None, [GOOD, UNREADABLE, OTHER])
    qtbot.addWidget(wizard)
    return wizard


def listed(wizard: ImportWizard) -> list[str]:
    files = wizard.files_page.file_list
    return [files.item(i).text() for i in range(files.count())]


def test_retirer_takes_out_the_chosen_file_only(qtbot, ctx) -> None:
    wizard = opened(qtbot, ctx)
    page = wizard.files_page
    assert not page.remove_button.isEnabled()  # nothing chosen yet

    page.file_list.setCurrentRow(1)
    assert page.remove_button.isEnabled()
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)

    assert listed(wizard) == [str(GOOD), str(OTHER)]
    assert wizard.paths == [GOOD, OTHER]
    assert not page.remove_button.isEnabled()


def test_the_delete_key_takes_out_every_chosen_file(qtbot, ctx) -> None:
    wizard = opened(qtbot, ctx)
    files = wizard.files_page.file_list
    files.setCurrentRow(0)
    files.selectionModel().select(files.model().index(2, 0),
                                  QItemSelectionModel.SelectionFlag.Select)
    wizard.show()
    qtbot.waitExposed(wizard)
    files.setFocus()
    wizard.activateWindow()
    qtbot.waitUntil(files.hasFocus)

    qtbot.keyClick(files, Qt.Key.Key_Delete)

    assert listed(wizard) == [str(UNREADABLE)]
    assert wizard.paths == [UNREADABLE]
