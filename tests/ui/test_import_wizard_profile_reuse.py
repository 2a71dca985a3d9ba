"""A saved mapping profile whose columns a file has is applied by itself; else none is shown."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QComboBox, QMessageBox

from srm_inclusif.storage.services.imports import save_mapping_profile
from srm_inclusif.ui.import_wizard import start_import_wizard
from srm_inclusif.ui.import_wizard.mapping_page import COL_FIELD
from srm_inclusif.ui.import_wizard.wizard import ImportWizard
from tests.support import IMPORT_FIXTURES

PROFILE = "Mes partenaires (Excel perso)"


@pytest.fixture
def partners(tmp_path):
    path = tmp_path / "mes_partenaires.csv"
    path.write_text("Nom boîte;Numéro d'identification;Localité;Zip\n"
                    "Atelier Soleil;411 555 139 00012;Grenoble;38000\n"
                    "Entreprise Lune;523 100 048 00025;Lyon;69003\n", encoding="utf-8")
    return path


@pytest.fixture
def ctx(ctx):
    save_mapping_profile(ctx.engine, name=PROFILE, target="suppliers", mapping={
        "Nom boîte": "name", "Numéro d'identification": "siret", "Zip": "post_code"})
    return ctx


@pytest.fixture
def asked(monkeypatch) -> list[str]:
    questions: list[str] = []

    def question(_parent, title, *_args):
        questions.append(title)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr("srm_inclusif.ui.import_wizard.wizard.QMessageBox.question", question)
    return questions


def to_mapping(qtbot, ctx, path) -> ImportWizard:
    wizard = start_import_wizard(ctx, None, [path])
    qtbot.addWidget(wizard)
    wizard.next()
    wizard.next()
    assert wizard.currentId() == ImportWizard.PAGE_MAPPING
    return wizard


def fields_shown(page) -> list[str]:
    table = page.mapping_table
    combos = [table.cellWidget(row, COL_FIELD) for row in range(table.rowCount())]
    return [combo.currentText() for combo in combos if isinstance(combo, QComboBox)]


def test_a_file_with_the_profile_columns_gets_it_without_a_question(
        qtbot, ctx, partners, asked):
    page = to_mapping(qtbot, ctx, partners).currentPage()

    assert asked == []  # no « Colonnes non reconnues »
    assert page.profile_combo.currentText() == PROFILE
    assert page.note.text() == f"Profil « {PROFILE} » appliqué."
    assert fields_shown(page) == ["Raison sociale", "SIRET", "Ville", "Code postal"]
    assert page.preview_table.item(0, 1).text() == "Atelier Soleil"


def test_an_unrelated_file_shows_no_profile(qtbot, ctx, asked):
    page = to_mapping(qtbot, ctx, IMPORT_FIXTURES / "annuaire_esat_ea_2024.csv").currentPage()

    assert page.profile_combo.currentText() == "— aucun —"
    assert not page.apply_button.isEnabled()
    assert "appliqué" not in page.note.text()
    page.profile_combo.setCurrentText(PROFILE)
    assert page.apply_button.isEnabled()


def test_changes_to_an_applied_profile_survive_a_step_back(qtbot, ctx, partners, asked):
    wizard = to_mapping(qtbot, ctx, partners)
    page = wizard.currentPage()
    combo = page.mapping_table.cellWidget(2, COL_FIELD)
    combo.setCurrentIndex(combo.findData(""))  # the user ignores « Localité »

    wizard.back()
    wizard.next()

    assert fields_shown(page)[2] == "— ignorée —"
