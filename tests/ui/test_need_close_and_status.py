"""« Besoin et présélection »: closing after an export still asks about the list not saved, and
a refused amount's message goes once the amount is corrected."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from srm_inclusif.storage.services.sourcing import list_shortlists
from srm_inclusif.ui import file_dialogs
from srm_inclusif.ui.sourcing.need_dialog import NeedDialog
from tests.ui.closing_questions import Asked, asked_questions
from tests.ui.need_forms import LOCAUX, UNSAVED_QUESTION, shown_need_dialog

Button = QMessageBox.StandardButton


@pytest.fixture
def asked(monkeypatch) -> Asked:  # noqa: ANN001
    return asked_questions(monkeypatch)


@pytest.fixture
def dialog(qtbot, workspace, asked) -> NeedDialog:  # noqa: ANN001, ARG001
    return shown_need_dialog(qtbot, workspace)


def _typed_and_ranked(dialog: NeedDialog) -> None:
    dialog.title_edit.setText("Nettoyage bureaux Lyon")
    dialog.amount_edit.setText("50000")
    dialog.sectors.set_selected([LOCAUX])
    dialog.rank_button.click()
    assert dialog.table.rowCount() == 1


def test_an_untouched_dialog_closes_without_a_question(qtbot, dialog, asked) -> None:
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Escape)
    assert asked == []
    assert not dialog.isVisible()


def test_escape_after_an_export_asks_and_cancel_stays(qtbot, dialog, asked, tmp_path,
                                                      monkeypatch) -> None:
    target = tmp_path / "liste.xlsx"
    monkeypatch.setattr(file_dialogs, "get_save_file_name", lambda *_args: (str(target), ""))
    _typed_and_ranked(dialog)
    dialog.export_button.click()
    amounts = [row[1] for row in load_workbook(target).active.iter_rows(values_only=True)
               if row and row[0] == "Montant estimé (€ HT)"]
    assert amounts == [50000]
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Escape)
    assert asked == [UNSAVED_QUESTION]
    assert dialog.isVisible()
    assert dialog.title_edit.text() == "Nettoyage bureaux Lyon"


def test_discard_closes_without_saving(qtbot, dialog, asked) -> None:
    asked.reply = Button.Discard
    _typed_and_ranked(dialog)
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Escape)
    assert asked == [UNSAVED_QUESTION]
    assert not dialog.isVisible()
    assert list_shortlists(dialog.ctx.engine) == []


def test_save_keeps_the_list_as_enregistrer_la_liste_does(qtbot, dialog, asked) -> None:
    asked.reply = Button.Save
    _typed_and_ranked(dialog)
    dialog.close()  # the window's cross
    assert [s.name for s in list_shortlists(dialog.ctx.engine)] == ["Nettoyage bureaux Lyon"]
    assert not dialog.isVisible()


def test_a_corrected_amount_takes_its_refusal_back(dialog, asked) -> None:  # noqa: ARG001
    dialog.title_edit.setText("Nettoyage bureaux Lyon")
    dialog.sectors.set_selected([LOCAUX])
    hint = dialog.summary.text()
    dialog.amount_edit.setText("1000000000")
    dialog.rank_button.click()
    assert "milliard" in dialog.summary.text()
    dialog.amount_edit.setText("50000")
    assert dialog.summary.text() == hint


def test_choosing_a_sector_takes_back_the_request_for_one(dialog, asked) -> None:  # noqa: ARG001
    dialog.title_edit.setText("Nettoyage bureaux Lyon")
    dialog.rank_button.click()
    assert dialog.summary.text().startswith("Choisissez au moins un secteur")
    dialog.sectors.set_selected([LOCAUX])
    assert not dialog.summary.text().startswith("Choisissez")


def test_fermer_closes_an_untouched_dialog(dialog, asked) -> None:  # noqa: ANN001
    assert dialog.close_button.isEnabled()  # before any shortlist, unlike the other buttons
    dialog.close_button.click()
    assert asked == []
    assert not dialog.isVisible()


def test_fermer_asks_about_a_shortlist_not_kept_as_echap_does(dialog, asked) -> None:  # noqa: ANN001
    _typed_and_ranked(dialog)
    dialog.close_button.click()
    assert asked == [UNSAVED_QUESTION]
    assert dialog.isVisible()  # Annuler: back to the list
