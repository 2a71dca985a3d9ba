"""A misread text file: the user chooses its separator or encoding and the wizard reads it so."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QInputDialog

from srm_inclusif.ui.import_wizard import start_import_wizard
from srm_inclusif.ui.import_wizard.wizard import ImportWizard
from tests.support import IMPORT_FIXTURES

COLON = IMPORT_FIXTURES / "mauvais_separateur.csv"  # « Raison sociale:SIRET:Code postal »


@pytest.fixture
def asked(monkeypatch) -> list[str]:
    """Answers « deux-points » when the separator is asked; keeps what the question said."""
    said: list[str] = []

    def answer(dialog: QInputDialog) -> int:
        said.append(dialog.labelText())
        assert "deux-points" in dialog.comboBoxItems()
        dialog.setTextValue("deux-points")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QInputDialog, "exec", answer)
    return said


def opened(qtbot, ctx, path) -> ImportWizard:
    wizard = start_import_wizard(ctx, None, [path])
    qtbot.addWidget(wizard)
    return wizard


def headers(page) -> list[str]:
    table = page.table
    return [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]


def test_a_file_of_one_column_asks_its_separator_and_is_read_with_it(qtbot, ctx, asked):
    wizard = opened(qtbot, ctx, COLON)

    wizard.next()

    assert wizard.currentId() == ImportWizard.PAGE_DETECTION
    assert "séparateurs reconnus : virgule, point-virgule, barre verticale, tabulation" in (
        asked[0])
    page = wizard.currentPage()
    assert headers(page) == ["Raison sociale", "SIRET", "Code postal"]
    assert "séparateur : <b>deux-points</b>" in page.info_label.text()
    assert page.delimiter_combo.currentText() == "deux-points"

    wizard.back()
    wizard.next()  # planned again: the chosen separator stays, nothing is asked again
    assert len(asked) == 1
    assert headers(wizard.currentPage()) == ["Raison sociale", "SIRET", "Code postal"]


def test_the_encoding_chosen_rereads_the_preview(qtbot, ctx, tmp_path):
    path = tmp_path / "annuaire.csv"
    path.write_text("Raison sociale;Localité;SIRET\nESAT Été;Grenoble;41155513900012\n",
                    encoding="utf-8")
    wizard = opened(qtbot, ctx, path)
    wizard.next()
    page = wizard.currentPage()
    assert headers(page)[1] == "Localité"

    page.encoding_combo.setCurrentIndex(page.encoding_combo.findData("cp1252"))
    page.encoding_combo.activated.emit(page.encoding_combo.currentIndex())

    assert headers(page)[1] == "LocalitÃ©"  # read as the user said, for them to see
    assert "encodage : <b>Windows-1252</b>" in page.info_label.text()
    assert wizard.plans[0].encoding == "cp1252"


def test_the_choices_show_for_text_files_only(qtbot, ctx):
    wizard = opened(qtbot, ctx, IMPORT_FIXTURES / "annuaire_regional.xlsx")
    wizard.next()

    assert not wizard.currentPage().reading_bar.isVisibleTo(wizard.currentPage())
