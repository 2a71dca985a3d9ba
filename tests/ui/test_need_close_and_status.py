"""« Besoin et présélection »: closing after an export still asks about the list not saved, and
a refused amount's message goes once the amount is corrected."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from srm_inclusif.storage.services.counterparty_edit import create_counterparty
from srm_inclusif.storage.services.sourcing import list_shortlists
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.sourcing.need_dialog import NeedDialog

TODAY = date(2026, 11, 22)
LOCAUX = "nettoyage-de-locaux-16"
Button = QMessageBox.StandardButton
QUESTION = ("Cette présélection n'est pas enregistrée dans les listes. "
            "L'enregistrer avant de fermer ?")


class Asked(list):
    """The questions asked, each answered ``reply``."""

    reply = Button.Cancel


@pytest.fixture
def asked(monkeypatch) -> Asked:
    texts = Asked()
    monkeypatch.setattr(QMessageBox, "question",
                        lambda _parent, _title, text, *_args: texts.append(text) or texts.reply)
    return texts


@pytest.fixture
def dialog(qtbot, workspace, asked) -> NeedDialog:  # noqa: ARG001
    create_counterparty(workspace.engine, values={"name": "Propreté Lyon", "kind": "EI",
                                                  "post_code": "69003", "sectors": [LOCAUX]})
    shown = NeedDialog(WorkspaceContext(workspace, today=lambda: TODAY))
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


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
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: (str(target), ""))
    _typed_and_ranked(dialog)
    dialog.export_button.click()
    amounts = [row[1] for row in load_workbook(target).active.iter_rows(values_only=True)
               if row and row[0] == "Montant estimé (€ HT)"]
    assert amounts == [50000]
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Escape)
    assert asked == [QUESTION]
    assert dialog.isVisible()
    assert dialog.title_edit.text() == "Nettoyage bureaux Lyon"


def test_discard_closes_without_saving(qtbot, dialog, asked) -> None:
    asked.reply = Button.Discard
    _typed_and_ranked(dialog)
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Escape)
    assert asked == [QUESTION]
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
