"""An empty or binary file is refused on the files page as soon as it is listed, beside it, and
« Suivant » stays off while it is listed."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWizard

from srm_inclusif.ui.import_wizard import start_import_wizard
from srm_inclusif.ui.import_wizard.wizard import ImportWizard
from tests.support import IMPORT_FIXTURES

GOOD = IMPORT_FIXTURES / "annuaire_esat_ea_2024.csv"
REFUSALS = [("vide.csv", "Le fichier « vide.csv » est vide."),
            ("binaire.csv", "« binaire.csv » n'est pas un fichier texte, ni un classeur reconnu")]


def opened(qtbot, ctx, paths=()) -> ImportWizard:
    wizard = start_import_wizard(ctx, None, list(paths))
    qtbot.addWidget(wizard)
    return wizard


def next_enabled(wizard: ImportWizard) -> bool:
    return wizard.button(QWizard.WizardButton.NextButton).isEnabled()


@pytest.mark.parametrize(("name", "reason"), REFUSALS)
def test_a_file_added_is_refused_at_once_and_suivant_stays_off(qtbot, ctx, name, reason):
    wizard = opened(qtbot, ctx)
    page = wizard.files_page

    page.add_paths([GOOD, IMPORT_FIXTURES / name])

    assert not next_enabled(wizard)
    assert reason in page.refusal_note.text()
    assert "Retirez-le de la liste" in page.refusal_note.text()
    assert page.refusal_note.isVisibleTo(page)
    item = page.file_list.item(1)
    assert reason in item.toolTip()  # beside the file, on its line
    assert not item.icon().pixmap(16).toImage().isGrayscale()  # the warning sign, in colour
    assert page.file_list.item(0).toolTip() == ""


def test_removing_the_refused_file_lets_the_import_go_on(qtbot, ctx):
    wizard = opened(qtbot, ctx)
    page = wizard.files_page
    page.add_paths([GOOD, IMPORT_FIXTURES / "vide.csv"])

    page.file_list.item(1).setSelected(True)
    page.remove_button.click()

    assert page.refusal_note.text() == ""
    assert not page.refusal_note.isVisibleTo(page)
    assert next_enabled(wizard)


def test_a_file_dropped_on_the_main_window_is_refused_on_opening(qtbot, ctx):
    wizard = opened(qtbot, ctx, [IMPORT_FIXTURES / "vide.csv"])

    assert "Le fichier « vide.csv » est vide." in wizard.files_page.refusal_note.text()
    assert not next_enabled(wizard)
