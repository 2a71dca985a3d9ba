"""The button that exports an import's remarks says what the file holds: the lines to check
(rejected, flagged, merged or in conflict), not « les rejets » alone; its file and header read
right in French."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from srm_inclusif.exchange.importer import ImportSettings, import_files
from srm_inclusif.ui.import_wizard.wizard import ImportWizard
from srm_inclusif.ui.mnemonics import letter_of, plain_text
from srm_inclusif.ui.pages.imports_page import ImportsPage
from tests.support import IMPORT_FIXTURES
from tests.ui.conftest import letters_shown
from tests.ui.test_import_wizard import open_wizard, run_to_summary

MARCHE = "liste_structures_2026-03-11.csv"  # one line rejected, one flagged
WORDS = "Exporter les lignes à vérifier (CSV)…"
TOOLTIP = ("Enregistrer dans un fichier CSV les lignes rejetées, signalées, fusionnées ou en "
           "conflit, comme le tableau les montre")
#: The report's columns, then the rejected line's cells under the file's own titles.
HEADER = ("Gravité;Fichier;Ligne;Structure;Champ;Valeur;Motif;"
          "Raison sociale;Enseigne;Type de structure;Adresse;Code postal;Ville")


@pytest.fixture
def save_dialog(monkeypatch, tmp_path):  # noqa: ANN001, ANN201
    """The title and proposed name of the save dialog, then the confirmation's title."""
    said: list[str] = []
    target = tmp_path / "choisi.csv"

    def ask(_parent: QWidget, title: str, name: str, _filter: str) -> tuple[str, str]:
        said.extend((title, name))
        return str(target), ""

    monkeypatch.setattr("srm_inclusif.ui.file_dialogs.get_save_file_name", ask)
    monkeypatch.setattr("srm_inclusif.ui.issues_export.QMessageBox.information",
                        lambda _parent, title, _text: said.append(title))
    return target, said


def _rows(target: Path) -> list[str]:
    return target.read_text(encoding="utf-8-sig").splitlines()


def test_the_wizard_s_summary_exports_the_lines_to_check(qtbot, ctx, save_dialog) -> None:
    wizard = open_wizard(qtbot, ctx, [MARCHE])
    run_to_summary(qtbot, wizard)
    button: QPushButton = wizard.currentPage().export_button
    assert plain_text(button.text()) == WORDS
    assert letter_of(button.text()) == "E"
    letters = letters_shown(wizard)
    assert len(letters) == len(set(letters)), letters  # Alt+E is the button's alone
    assert button.toolTip() == f"{TOOLTIP} (Ctrl+E)"

    button.click()

    target, said = save_dialog
    assert said == ["Exporter les lignes à vérifier",
                    f"lignes-a-verifier liste_structures_2026-03-11 {ctx.today()}.csv",
                    "Exporter les lignes à vérifier"]
    rows = _rows(target)
    assert rows[0] == HEADER
    assert {row.split(";")[0] for row in rows[1:]} == {"Rejetée", "Signalée"}


def test_the_imports_page_exports_the_lines_to_check(qtbot, ctx, save_dialog) -> None:
    import_files(ctx.engine, [IMPORT_FIXTURES / MARCHE], ImportSettings())
    page = ImportsPage(ctx)
    qtbot.addWidget(page)
    button = page.export_button
    assert button.text() == WORDS  # the page's buttons leave Alt letters to the menus
    assert button.accessibleName() == WORDS
    assert button.toolTip() == f"{TOOLTIP} (Ctrl+Shift+E)"

    button.click()

    target, said = save_dialog
    assert said == ["Exporter les lignes à vérifier",
                    f"lignes-a-verifier liste_structures_2026-03-11 {date.today()}.csv",
                    "Exporter les lignes à vérifier"]
    assert _rows(target)[0] == HEADER


def test_no_button_still_says_rejects_alone(qtbot, ctx) -> None:
    import_files(ctx.engine, [IMPORT_FIXTURES / MARCHE], ImportSettings())
    page = ImportsPage(ctx)
    qtbot.addWidget(page)
    wizard: ImportWizard = open_wizard(qtbot, ctx, [MARCHE])
    QApplication.processEvents()
    texts = [plain_text(b.text()) for widget in (page, wizard)
             for b in widget.findChildren(QPushButton)]
    assert not [text for text in texts if "rejets" in text], texts
