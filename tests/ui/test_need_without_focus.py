"""« Besoin et présélection » asks for a sector or a department before ranking (it ranked the
whole directory), and closing with a shortlist neither saved, exported nor started asks first."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from srm_inclusif.storage.services.sourcing import list_shortlists
from srm_inclusif.ui.sourcing.need_dialog import NeedDialog
from tests.ui.closing_questions import Asked, asked_questions
from tests.ui.need_forms import LOCAUX, UNSAVED_QUESTION, shown_need_dialog

Button = QMessageBox.StandardButton


@pytest.fixture
def asked(monkeypatch) -> Asked:  # noqa: ANN001
    return asked_questions(monkeypatch)


@pytest.fixture
def dialog(qtbot, workspace, asked) -> NeedDialog:  # noqa: ANN001, ARG001
    shown = shown_need_dialog(qtbot, workspace)
    shown.title_edit.setText("Nettoyage bureaux Lyon")
    return shown


def test_ranking_without_sector_nor_department_says_what_to_choose(dialog) -> None:
    dialog.rank_button.click()
    assert dialog.summary.text().startswith("Choisissez au moins un secteur ou un département")
    assert dialog.table.rowCount() == 0
    assert dialog.focusWidget() is dialog.sectors.filter_edit


def test_a_department_alone_is_enough(dialog) -> None:
    dialog.department_combo.setCurrentIndex(dialog.department_combo.findData("69"))
    dialog.rank_button.click()
    assert dialog.table.rowCount() == 1


def test_escape_with_an_unsaved_shortlist_asks_and_cancel_keeps_it(qtbot, dialog,
                                                                    asked) -> None:
    dialog.sectors.set_selected([LOCAUX])
    dialog.rank_button.click()
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Escape)
    assert asked == [UNSAVED_QUESTION]
    assert dialog.isVisible()
    assert dialog.table.rowCount() == 1


def test_answering_save_keeps_the_list_and_closes(qtbot, dialog, asked) -> None:
    asked.reply = Button.Save
    dialog.sectors.set_selected([LOCAUX])
    dialog.rank_button.click()
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Escape)
    assert [s.name for s in list_shortlists(dialog.ctx.engine)] == ["Nettoyage bureaux Lyon"]
    assert not dialog.isVisible()


def test_a_saved_list_closes_without_a_question(qtbot, dialog, asked) -> None:
    dialog.sectors.set_selected([LOCAUX])
    dialog.rank_button.click()
    dialog.save_button.click()
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Escape)
    assert asked == []
    assert not dialog.isVisible()
