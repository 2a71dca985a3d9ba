"""A wrong separator chosen on the detection page: the message says it splits no line into
columns and names the separator detected, with which the file stays read."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QInputDialog

from srm_inclusif.ui.import_wizard import start_import_wizard
from srm_inclusif.ui.import_wizard.wizard import ImportWizard
from tests.support import IMPORT_FIXTURES


@pytest.fixture
def warned(monkeypatch) -> list[str]:  # noqa: ANN001
    said: list[str] = []
    monkeypatch.setattr("srm_inclusif.ui.import_wizard.wizard.QMessageBox.warning",
                        lambda _parent, _title, message: said.append(message))
    return said


def choose_separator(page, name: str) -> None:  # noqa: ANN001
    page.delimiter_combo.setCurrentIndex(page.delimiter_combo.findText(name))
    page.delimiter_combo.activated.emit(page.delimiter_combo.currentIndex())


@pytest.mark.parametrize(("name", "chosen", "detected"), [
    ("annuaire_esat_ea_2024.csv", "virgule", "barre verticale"),  # said « aucune donnée »
    ("liste_structures_2026-03-11.csv", "point-virgule", "virgule"),
])
def test_a_separator_that_splits_nothing_says_so_and_names_the_detected_one(
        qtbot, ctx, warned, name, chosen, detected):
    wizard = start_import_wizard(ctx, None, [IMPORT_FIXTURES / name])
    qtbot.addWidget(wizard)
    wizard.next()
    assert wizard.currentId() == ImportWizard.PAGE_DETECTION
    page = wizard.currentPage()
    columns = page.table.columnCount()

    choose_separator(page, chosen)

    assert warned == [f"Le séparateur choisi, « {chosen} », ne découpe aucune ligne de "
                      f"« {name} » en colonnes. Séparateur détecté : « {detected} » ; le "
                      "fichier reste lu avec lui."]
    assert "aucune donnée" not in warned[0]
    assert page.delimiter_combo.currentText() == detected  # still read as it was
    assert page.table.columnCount() == columns


def test_a_separator_chosen_before_is_named_as_the_user_s(qtbot, ctx, warned, monkeypatch):
    def answer(dialog: QInputDialog) -> int:  # the file is read as one column: « deux-points »
        dialog.setTextValue("deux-points")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QInputDialog, "exec", answer)
    wizard = start_import_wizard(ctx, None, [IMPORT_FIXTURES / "mauvais_separateur.csv"])
    qtbot.addWidget(wizard)
    wizard.next()

    choose_separator(wizard.currentPage(), "point-virgule")

    assert warned == ["Le séparateur choisi, « point-virgule », ne découpe aucune ligne de "
                      "« mauvais_separateur.csv » en colonnes. Le fichier reste lu avec "
                      "« deux-points », choisi avant."]
