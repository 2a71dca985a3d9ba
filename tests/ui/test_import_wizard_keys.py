"""The import wizard by keyboard: Alt letters on every page, Tab out of tables, shortcuts told."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWizard

from srm_inclusif.ui.import_wizard import start_import_wizard
from srm_inclusif.ui.import_wizard.wizard import ImportWizard
from srm_inclusif.ui.mnemonics import letter_of
from tests.support import IMPORT_FIXTURES
from tests.ui.conftest import letters_shown, press_alt

REJECTS = IMPORT_FIXTURES / "annuaire_esat_ea_2024.csv"  # a row without a name is rejected


def shown(qtbot, ctx, target: str = "suppliers", path=REJECTS) -> ImportWizard:
    wizard = start_import_wizard(ctx, None, [path], target=target)
    qtbot.addWidget(wizard)
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)  # shortcuts go to the active window
    return wizard


def to_dry_run(qtbot, wizard: ImportWizard) -> None:
    for _ in range(3):
        wizard.next()
    qtbot.waitUntil(lambda: wizard.dry_summary is not None, timeout=15000)
    wizard.activateWindow()  # again, after the progress dialog
    qtbot.waitUntil(wizard.isActiveWindow)


def assert_unique_letters(wizard: ImportWizard) -> None:
    letters = letters_shown(wizard)
    assert len(letters) == len(set(letters)), letters


def test_the_files_page_gives_a_letter_to_each_choice(qtbot, ctx) -> None:
    wizard = shown(qtbot, ctx)
    page = wizard.files_page

    for widget in (page.suppliers_radio, page.spend_radio, page.add_button, page.remove_button,
                   page.clear_button, page.format_label,
                   wizard.button(QWizard.WizardButton.NextButton)):
        assert letter_of(widget.text()), widget.text()
    assert_unique_letters(wizard)

    press_alt(qtbot, wizard, letter_of(page.spend_radio.text()))
    qtbot.waitUntil(lambda: wizard.target == "spend")  # a letter clicks with a short animation
    press_alt(qtbot, wizard, letter_of(wizard.button(QWizard.WizardButton.NextButton).text()))
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.PAGE_DETECTION)


@pytest.mark.parametrize(("target", "path"), [
    ("suppliers", REJECTS), ("spend", IMPORT_FIXTURES / "achats_2025.csv")])
def test_the_mapping_page_letters_are_unique(qtbot, ctx, target, path) -> None:
    wizard = shown(qtbot, ctx, target, path)
    wizard.next()
    wizard.next()
    page = wizard.currentPage()

    for widget in (page.apply_button, page.save_button, page.pad_siret,
                   wizard.button(QWizard.WizardButton.BackButton)):
        assert letter_of(widget.text()), widget.text()
    assert_unique_letters(wizard)
    assert page.save_button.toolTip().endswith("(Ctrl+S)")


def test_the_dry_run_page_letters_and_tab_out_of_its_table(qtbot, ctx) -> None:
    wizard = shown(qtbot, ctx)
    to_dry_run(qtbot, wizard)
    page = wizard.currentPage()
    importer = wizard.button(QWizard.WizardButton.NextButton)
    assert letter_of(importer.text())
    assert letter_of(page.all_or_nothing.text())
    assert_unique_letters(wizard)

    page.issues.setFocus()
    qtbot.waitUntil(page.issues.hasFocus)
    qtbot.keyClick(page.issues, Qt.Key.Key_Tab)

    assert QApplication.focusWidget() is not page.issues  # Tab left the table
    press_alt(qtbot, wizard, letter_of(page.all_or_nothing.text()))
    qtbot.waitUntil(page.all_or_nothing.isChecked)


def test_tab_leaves_the_column_mapping_table(qtbot, ctx) -> None:
    """Tab goes from field to field down the columns (not cell by cell), then out of the table."""
    wizard = shown(qtbot, ctx)
    wizard.next()
    wizard.next()
    page = wizard.currentPage()
    table = page.mapping_table
    last = table.cellWidget(table.rowCount() - 1, 1)
    last.setFocus()
    qtbot.waitUntil(last.hasFocus)

    qtbot.keyClick(last, Qt.Key.Key_Tab)

    assert QApplication.focusWidget() is page.file_combo
    assert not table.isAncestorOf(QApplication.focusWidget())


def test_the_file_shortcuts_are_told_in_tooltips(qtbot, ctx) -> None:
    wizard = shown(qtbot, ctx)
    assert wizard.files_page.add_button.toolTip().endswith("(Ctrl+O)")
    export = wizard.page(ImportWizard.PAGE_SUMMARY).export_button
    assert export.toolTip().endswith("(Ctrl+E)")
