"""Closing a form with something typed asks first (Escape, Annuler, the window's cross).

The contract form lost a whole marché test typed on Escape; an untouched form still closes at
once, without a question.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QPushButton

from srm_inclusif.core.vocabulary import ContractKind, Stage
from srm_inclusif.storage.services.contracts import ContractFields
from srm_inclusif.storage.services.feedback import list_criteria
from srm_inclusif.storage.services.objectives import ObjectiveInput
from srm_inclusif.storage.services.sourcing import list_shortlists
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.lifecycle.action_dialog import ActionDialog
from srm_inclusif.ui.lifecycle.contract_dialog import ContractDialog
from srm_inclusif.ui.lifecycle.criteria_dialog import CriteriaDialog
from srm_inclusif.ui.lifecycle.decision_dialog import DecisionDialog
from srm_inclusif.ui.lifecycle.feedback_dialog import FeedbackDialog
from srm_inclusif.ui.lifecycle.stage_dialog import StageChangeDialog
from srm_inclusif.ui.objective_dialog import ObjectiveDialog
from srm_inclusif.ui.sourcing.need_dialog import NeedDialog
from tests.ui.closing_questions import QUESTION, Asked, asked_questions
from tests.ui.need_forms import LOCAUX, shown_need_dialog

Button = QMessageBox.StandardButton


@pytest.fixture
def asked(monkeypatch) -> Asked:  # noqa: ANN001
    """The closing questions, answered without a real box."""
    return asked_questions(monkeypatch)


def shown(qtbot, dialog):  # noqa: ANN001, ANN201
    """``dialog`` shown as the user sees it."""
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def cancel_button(dialog):  # noqa: ANN001, ANN201
    """The form's « Annuler »."""
    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel)


def _button(dialog, text: str) -> QPushButton:  # noqa: ANN001
    """The dialog's button reading ``text``."""
    return next(b for b in dialog.findChildren(QPushButton) if b.text() == text)


def contract_form(qtbot) -> ContractDialog:  # noqa: ANN001
    return shown(qtbot, ContractDialog("Nouveau marché test", ContractFields(
        "", kind=ContractKind.MARCHE_TEST, start_date=date(2026, 11, 22)), fixed_kind=True))


def test_escape_on_a_typed_contract_asks_and_annuler_keeps_what_was_typed(qtbot, asked) -> None:
    dialog = contract_form(qtbot)
    dialog.title.setText("Entretien des espaces verts")
    qtbot.keyClick(dialog.title, Qt.Key.Key_Escape)
    assert asked == [QUESTION]
    assert dialog.isVisible()
    assert dialog.title.text() == "Entretien des espaces verts"


@pytest.mark.parametrize("how", ["cancel", "cross"])
def test_annuler_and_the_window_cross_ask_too(qtbot, asked, how) -> None:  # noqa: ANN001
    dialog = contract_form(qtbot)
    dialog.scope.setPlainText("Espaces verts du siège")
    if how == "cancel":
        cancel_button(dialog).click()
    else:
        dialog.close()
    assert asked == [QUESTION]
    assert dialog.isVisible()


def test_ne_pas_enregistrer_closes_and_keeps_nothing(qtbot, asked) -> None:
    asked.reply = Button.Discard
    dialog = contract_form(qtbot)
    dialog.clause_box.setChecked(True)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.result_fields() is None


def test_enregistrer_keeps_the_contract_as_ok_does(qtbot, asked) -> None:
    asked.reply = Button.Save
    dialog = contract_form(qtbot)
    dialog.title.setText("Entretien des espaces verts")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.result_fields().title == "Entretien des espaces verts"


def test_an_untouched_form_or_one_changed_back_closes_without_a_question(qtbot, asked) -> None:
    dialog = contract_form(qtbot)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    again = contract_form(qtbot)
    again.title.setText("Entretien")
    again.title.setText("")
    cancel_button(again).click()
    assert not again.isVisible()
    assert asked == []


def test_the_feedback_form_asks_before_losing_its_scores(qtbot, asked, workspace) -> None:
    form = shown(qtbot, FeedbackDialog("Conditionnement", list_criteria(workspace.engine),
                                       date(2026, 11, 22)))
    form.set_score(0, 4)
    form.overall.setPlainText("Livraisons à l'heure")
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert asked == [QUESTION]
    assert form.isVisible()
    assert form.overall.toPlainText() == "Livraisons à l'heure"


def test_an_edited_objective_asks_and_an_untouched_one_closes(qtbot, asked) -> None:
    values = ObjectiveInput(label="Heures d'insertion", indicator="manual",
                            target=Decimal(1200), weight=Decimal(100))
    untouched = shown(qtbot, ObjectiveDialog(values))
    cancel_button(untouched).click()
    assert not untouched.isVisible()
    edited = shown(qtbot, ObjectiveDialog(values))
    edited.target_edit.setText("1500")
    cancel_button(edited).click()
    assert asked == [QUESTION]
    assert edited.isVisible()
    assert edited.target_edit.text() == "1500"


def test_a_need_typed_not_ranked_asks_before_it_is_lost(qtbot, asked, workspace) -> None:
    need = shown(qtbot, NeedDialog(WorkspaceContext(workspace, today=lambda: date(2026, 11, 22))))
    need.sectors.filter_edit.setText("nettoyage")  # a filter typed is nothing to keep
    qtbot.keyClick(need, Qt.Key.Key_Escape)
    assert asked == []
    assert not need.isVisible()
    need = shown(qtbot, NeedDialog(WorkspaceContext(workspace, today=lambda: date(2026, 11, 22))))
    need.title_edit.setText("Nettoyage des bureaux de Lyon")
    need.close()  # the window's cross
    assert asked == ["Ce besoin n'est pas enregistré\u00a0: il l'est avec sa présélection. "
                     "Présélectionner et enregistrer la liste avant de fermer\u00a0?"]
    assert need.isVisible()
    assert need.title_edit.text() == "Nettoyage des bureaux de Lyon"


def test_enregistrer_on_a_need_not_ranked_ranks_it_and_keeps_the_list(qtbot, asked,
                                                                      workspace) -> None:
    asked.reply = Button.Save
    need = shown_need_dialog(qtbot, workspace)
    need.title_edit.setText("Nettoyage bureaux Lyon")
    need.sectors.set_selected([LOCAUX])
    qtbot.keyClick(need, Qt.Key.Key_Escape)
    assert not need.isVisible()
    assert [row.name for row in list_shortlists(workspace.engine)] == ["Nettoyage bureaux Lyon"]


def test_enregistrer_on_a_need_that_cannot_be_ranked_keeps_it_open(qtbot, asked,
                                                                   workspace) -> None:
    asked.reply = Button.Save
    need = shown_need_dialog(qtbot, workspace)
    need.title_edit.setText("Nettoyage bureaux Lyon")
    need.sectors.set_selected([])  # no sector nor department: nothing to rank
    need.department_combo.setCurrentIndex(0)
    qtbot.keyClick(need, Qt.Key.Key_Escape)
    assert need.isVisible()
    assert "secteur ou un département" in need.summary.text()
    assert list_shortlists(workspace.engine) == []


@pytest.mark.parametrize("form", ["action", "decision", "stage"])
def test_the_other_lifecycle_forms_ask_too(qtbot, asked, form) -> None:  # noqa: ANN001
    today = date(2026, 11, 22)
    dialog = shown(qtbot, {
        "action": lambda: ActionDialog([]),
        "decision": lambda: DecisionDialog("Conditionnement", 1, today),
        "stage": lambda: StageChangeDialog("Atelier du Lac", Stage.SOURCING, None, today),
    }[form]())
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # untouched: closes
    assert (asked, dialog.isVisible()) == ([], False)
    dialog.show()
    {"action": lambda: dialog.text.setText("Relancer pour le devis"),
     "decision": lambda: dialog.no_go.setChecked(True),
     "stage": lambda: dialog.reason.setPlainText("Devis reçu")}[form]()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert (asked, dialog.isVisible()) == ([QUESTION], True)


def test_criteria_moved_back_are_no_change_a_weight_is(qtbot, asked, workspace) -> None:
    dialog = shown(qtbot, CriteriaDialog(list_criteria(workspace.engine)))
    first = dialog.table.item(0, 0).text()
    dialog.table.setCurrentCell(0, 0)
    _button(dialog, "Descendre").click()
    assert dialog.table.item(1, 0).text() == first
    _button(dialog, "Monter").click()
    assert dialog.table.item(0, 0).text() == first
    cancel_button(dialog).click()
    assert (asked, dialog.isVisible()) == ([], False)
    dialog = shown(qtbot, CriteriaDialog(list_criteria(workspace.engine)))
    dialog.table.cellWidget(0, 1).setValue(3)
    cancel_button(dialog).click()
    assert (asked, dialog.isVisible()) == ([QUESTION], True)


def test_a_need_with_only_a_sector_ticked_asks_too(qtbot, asked, workspace) -> None:
    need = shown_need_dialog(qtbot, workspace)
    need.sectors.set_selected([LOCAUX])  # a branch of the sectors' tree
    qtbot.keyClick(need, Qt.Key.Key_Escape)
    assert asked == ["Ce besoin n'est pas enregistré\u00a0: il l'est avec sa présélection. "
                     "Présélectionner et enregistrer la liste avant de fermer\u00a0?"]
    assert need.isVisible()


def test_a_calendar_opened_and_closed_changes_nothing(qtbot, asked) -> None:  # noqa: ANN001
    """Opening a date's calendar made Qt add its year box to the form: closing it then asked
    to save an untouched form."""
    from PySide6.QtWidgets import QVBoxLayout

    from srm_inclusif.ui.day_edit import DayEdit
    from srm_inclusif.ui.form_dialog import FormDialog

    dialog = FormDialog()
    edit = DayEdit()
    QVBoxLayout(dialog).addWidget(edit)
    shown(qtbot, dialog)
    edit.calendarWidget().show()  # the popup is made on its first opening, then closed
    edit.calendarWidget().hide()

    dialog.reject()
    assert asked == []
    assert not dialog.isVisible()
