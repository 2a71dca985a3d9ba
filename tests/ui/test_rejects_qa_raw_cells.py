"""The wizard's and the imports page's « Exporter les lignes à vérifier » give each rejected
line's cells under its file's own titles, after the report's columns."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from srm_inclusif.exchange.importer import ImportSettings, import_files
from srm_inclusif.ui.pages.imports_page import ImportsPage
from tests.ui.test_import_wizard import open_wizard, run_to_summary

DIRECTORY = ("Raison sociale;SIRET;Code postal;Ville;Site web\n"
             "Atelier Vert;;69001;Lyon;\n"
             ";;75011;Paris;=HYPERLINK(\"http://x\")\n"
             "Jardins du Nord;;59000;Lille;\n"
             ";;13001;Marseille;\n")
EXPORTED = [
    "Gravité;Fichier;Ligne;Structure;Champ;Valeur;Motif;"
    "Raison sociale;SIRET;Code postal;Ville;Site web",
    "Rejetée;annuaire.csv;3;;Raison sociale;;Raison sociale manquante.;"
    ";;75011;Paris;\"'=HYPERLINK(\"\"http://x\"\")\"",  # shown, never run
    "Rejetée;annuaire.csv;5;;Raison sociale;;Raison sociale manquante.;;;13001;Marseille",
]


@pytest.fixture
def source(tmp_path: Path) -> Path:
    path = tmp_path / "annuaire.csv"
    path.write_text(DIRECTORY, encoding="utf-8")
    return path


@pytest.fixture
def saved_to(monkeypatch, tmp_path: Path) -> Path:  # noqa: ANN001
    """Where the save dialog, patched, writes the export; the confirmation is accepted."""
    target = tmp_path / "choisi.csv"

    def ask(_parent: QWidget, _title: str, _name: str, _filter: str) -> tuple[str, str]:
        return str(target), ""

    monkeypatch.setattr("srm_inclusif.ui.file_dialogs.get_save_file_name", ask)
    monkeypatch.setattr("srm_inclusif.ui.issues_export.QMessageBox.information",
                        lambda *_args: None)
    return target


def _rows(target: Path) -> list[str]:
    return target.read_text(encoding="utf-8-sig").splitlines()


def test_the_wizard_exports_the_rejected_lines_with_their_cells(qtbot, ctx, source, saved_to):
    wizard = open_wizard(qtbot, ctx, [source])
    run_to_summary(qtbot, wizard)

    wizard.currentPage().export_button.click()

    assert _rows(saved_to) == EXPORTED


def test_a_past_import_exports_its_rejected_lines_with_their_cells(qtbot, ctx, source,
                                                                    saved_to):
    import_files(ctx.engine, [source], ImportSettings())
    page = ImportsPage(ctx)
    qtbot.addWidget(page)

    page.export_button.click()

    assert _rows(saved_to) == EXPORTED
