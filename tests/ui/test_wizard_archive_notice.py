"""An archive listed on the files page names at once the files it holds that are no table (its
notice, a PDF): they are left aside, the tables imported, and « Suivant » stays on."""

from __future__ import annotations

import zipfile

from PySide6.QtWidgets import QWizard

from srm_inclusif.ui.import_wizard import start_import_wizard
from tests.ui.test_import_wizard import run_to_summary

MARCHE = "Raison sociale,Type de structure,Code postal,Ville\nAtelier Un,EI,01000,Bourg\n"


def test_an_archive_with_a_notice_names_what_it_leaves_aside(qtbot, ctx, tmp_path):
    path = tmp_path / "annuaires.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("LISEZMOI.txt", "Annuaire mis à jour en mars 2024.\nSource : DREETS.\n")
        archive.writestr("structures.csv", MARCHE)
    plain = tmp_path / "structures.csv"
    plain.write_text(MARCHE, encoding="utf-8")
    wizard = start_import_wizard(ctx, None, [])
    qtbot.addWidget(wizard)
    page = wizard.files_page

    page.add_paths([plain])
    assert not page.aside_note.isVisibleTo(page)  # a plain file leaves nothing aside
    page.add_paths([path])

    assert page.aside_note.isVisibleTo(page)
    assert page.aside_note.text() == ("Archive « annuaires.zip » : fichiers laissés de côté, "
                                      "ce ne sont pas des tableaux : « LISEZMOI.txt ».")
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_the_summary_says_what_the_archive_left_aside(qtbot, ctx, tmp_path):
    path = tmp_path / "annuaires.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("LISEZMOI.txt", "Annuaire mis à jour en mars 2024.\nSource : DREETS.\n")
        archive.writestr("structures.csv", MARCHE)
    wizard = start_import_wizard(ctx, None, [path])
    qtbot.addWidget(wizard)

    run_to_summary(qtbot, wizard)

    assert ("Archive « annuaires.zip » : fichiers laissés de côté, ce ne sont pas des tableaux : "
            "« LISEZMOI.txt ».") in wizard.currentPage().summary_label.text()


def test_in_english_the_files_left_aside_are_quoted_in_english(qtbot, ctx, tmp_path, english):
    path = tmp_path / "directories.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("README.txt", "Directory updated in March 2024.\nSource: DREETS.\n")
        archive.writestr("structures.csv", MARCHE)
    wizard = start_import_wizard(ctx, None, [path])
    qtbot.addWidget(wizard)

    assert wizard.files_page.aside_note.text() == (
        "Archive “directories.zip”: files left aside, they are not tables: “README.txt”.")
