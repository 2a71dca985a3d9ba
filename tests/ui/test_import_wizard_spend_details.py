"""Her spend file's Type, Code postal and Ville are mapped and reported; her explicit choice of
import kind is kept when she adds a file that looks like the other kind."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from srm_inclusif.ui import file_dialogs
from srm_inclusif.ui.import_wizard import start_import_wizard
from srm_inclusif.ui.import_wizard.mapping_page import COL_FIELD
from srm_inclusif.ui.import_wizard.wizard import ImportWizard
from tests.import_files import windows_csv

#: Her fournisseurs.csv: a spend file (amounts, dates) describing each supplier.
SPEND = ("Raison sociale;SIRET;Type;Code postal;Ville;Montant;Date\n"
         "Atelier Méca Sud;443 061 841 00047;EA;13015;Marseille;1 234,50 €;15/03/2026\n"
         "Jardins de Cocagne Nord;  ;ACI;59000;Lille;980 €;30/06/2026\n")


@pytest.fixture
def spend_file(tmp_path) -> Path:  # noqa: ANN001
    return windows_csv(tmp_path, "fournisseurs.csv", SPEND)


def add_with_button(qtbot, monkeypatch, wizard: ImportWizard, path: Path) -> None:
    monkeypatch.setattr(file_dialogs, "get_open_file_names", lambda *_a, **_k: ([str(path)], ""))
    qtbot.mouseClick(wizard.files_page.add_button, Qt.MouseButton.LeftButton)


def opened(qtbot, ctx, target: str) -> ImportWizard:
    wizard = start_import_wizard(ctx, None, [], target=target)
    qtbot.addWidget(wizard)
    return wizard


def test_her_explicit_directory_choice_is_kept_and_the_note_says_why(
        qtbot, monkeypatch, ctx, spend_file) -> None:
    wizard = opened(qtbot, ctx, "suppliers")
    qtbot.mouseClick(wizard.files_page.suppliers_radio, Qt.MouseButton.LeftButton)

    add_with_button(qtbot, monkeypatch, wizard, spend_file)

    assert wizard.target == "suppliers"
    assert wizard.files_page.suppliers_radio.isChecked()
    assert wizard.files_page.kind_note.text() == (
        "Ces fichiers donnent des montants : ils ressemblent à des dépenses. Vous avez choisi "
        "« Annuaire de fournisseurs » : ils seront lus ainsi, sans leurs montants (choisissez "
        "« Dépenses d'achat » pour importer les montants).")


def test_type_post_code_and_city_are_mapped_and_the_summary_counts_the_suppliers_created(
        qtbot, ctx, spend_file) -> None:
    wizard = start_import_wizard(ctx, None, [spend_file], target="spend")
    qtbot.addWidget(wizard)
    wizard.next()
    wizard.next()
    table = wizard.currentPage().mapping_table
    fields = [combo.currentText() for row in range(table.rowCount())
              if isinstance(combo := table.cellWidget(row, COL_FIELD), QComboBox)]
    assert fields[2:5] == ["Type de structure", "Code postal", "Ville"]

    wizard.next()
    qtbot.waitUntil(lambda: wizard.dry_summary is not None, timeout=15000)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.PAGE_SUMMARY, timeout=15000)

    assert "Fournisseurs créés avec le type du fichier : <b>2</b>" in (
        wizard.currentPage().summary_label.text())

