"""A purchase date that is no date is refused at « Suivant », not replaced by the former one."""

from __future__ import annotations

import shutil
from datetime import date

import pytest
from PySide6.QtCore import Qt

from srm_inclusif.ui.import_wizard import start_import_wizard
from srm_inclusif.ui.import_wizard.wizard import ImportWizard
from tests.support import IMPORT_FIXTURES
from tests.ui.conftest import Warnings


@pytest.fixture
def box(monkeypatch) -> Warnings:  # noqa: ANN001
    fake = Warnings()
    monkeypatch.setattr("srm_inclusif.ui.import_wizard.wizard.QMessageBox", fake)
    monkeypatch.setattr("srm_inclusif.ui.day_edit.QMessageBox", fake)
    return fake


@pytest.fixture
def undated(tmp_path):
    """A spend file without a date nor a year column: the wizard asks the purchases' date."""
    path = tmp_path / "depenses_2025.csv"
    shutil.copy(IMPORT_FIXTURES / "achats_2025.csv", path)
    return path


def test_a_purchase_date_15_01_27_is_refused_naming_the_field(qtbot, ctx, undated, box):
    wizard = start_import_wizard(ctx, None, [undated], target="spend")
    qtbot.addWidget(wizard)
    wizard.next()
    wizard.next()
    assert wizard.currentId() == ImportWizard.PAGE_MAPPING
    edit = wizard.currentPage().spend.day_edit
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, "15/01/27")

    wizard.next()

    assert wizard.currentId() == ImportWizard.PAGE_MAPPING
    assert box.shown == [
        "Date des achats illisible : « 15/01/27 » (jj/mm/aaaa attendu)."]

    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, "15/01/2025")
    wizard.next()

    assert wizard.currentId() == ImportWizard.PAGE_DRY_RUN
    assert wizard.spend_date() == date(2025, 1, 15)


def test_a_purchase_date_of_another_century_is_refused_before_importing(qtbot, ctx, undated,
                                                                         box):
    wizard = start_import_wizard(ctx, None, [undated], target="spend")
    qtbot.addWidget(wizard)
    wizard.next()
    wizard.next()
    edit = wizard.currentPage().spend.day_edit
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, "31/12/1925")

    wizard.next()

    assert wizard.currentId() == ImportWizard.PAGE_MAPPING  # nothing simulated nor imported
    assert box.shown == [
        "Date des lignes sans date invraisemblable : 31/12/1925, avant 1990. Une faute de frappe "
        "dans l'année ? Elles compteraient dans un autre exercice."]
