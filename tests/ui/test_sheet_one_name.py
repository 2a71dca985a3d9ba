"""One name for the variable-pay sheet, the glossary's « fiche objectifs », on every screen."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import QLabel

import srm_inclusif
from srm_inclusif.ui.organisation_dialog import OrganisationDialog
from srm_inclusif.ui.sheet_dialog import SheetDialog
from srm_inclusif.ui.welcome_dialog import WelcomeDialog

#: The other name the screens used to give it.
OTHER_NAME = re.compile(r"fiches? d['’]objectifs", re.IGNORECASE)


def test_the_new_sheet_dialog_says_fiche_objectifs(qtbot) -> None:  # noqa: ANN001
    dialog = SheetDialog([], 2026)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Nouvelle fiche objectifs"


def test_people_and_teams_say_fiches_objectifs(qtbot, ctx) -> None:  # noqa: ANN001
    dialog = OrganisationDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.team_list.headerItem().text(2) == "Fiches objectifs"
    note = dialog.findChild(QLabel, "organisationNote").text()
    assert note.count("fiches objectifs") == 2
    assert not OTHER_NAME.search(note)


def test_the_welcome_says_fiches_objectifs(qtbot) -> None:  # noqa: ANN001
    dialog = WelcomeDialog()
    qtbot.addWidget(dialog)
    assert dialog.user_edit.placeholderText() == (
        "Facultatif : titulaire de vos fiches objectifs, suit vos relations")


def test_no_text_of_the_application_names_it_otherwise() -> None:
    source = Path(srm_inclusif.__file__).parent
    found = [f"{path.relative_to(source)}:{number}"
             for path in sorted(source.rglob("*.py"))
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if OTHER_NAME.search(line)]
    assert found == []
