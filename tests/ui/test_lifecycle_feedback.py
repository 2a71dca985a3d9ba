"""Feedback through the GUI: form and score, seller profile, exchange file round trip, PDF,
criteria editor, go / no-go guard rail and actions."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QMessageBox
from sqlmodel import Session

from srm_inclusif.core.vocabulary import Profile
from srm_inclusif.storage.changes import Changes
from srm_inclusif.storage.services.actions import list_actions
from srm_inclusif.storage.services.contracts import ContractFields, start_test
from srm_inclusif.storage.services.feedback import (
    ScoreInput,
    get_feedback,
    list_criteria,
    list_feedback,
    record_feedback,
)
from srm_inclusif.storage.services.relationships import create_relationship, get_relationship
from srm_inclusif.storage.services.settings import update_settings
from srm_inclusif.storage.tables import Contract
from srm_inclusif.ui import file_dialogs
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.lifecycle.controller import LifecycleController
from srm_inclusif.ui.lifecycle.feedback_dialog import FeedbackDialog
from srm_inclusif.ui.lifecycle.feedback_panel import FeedbackPanel
from tests.lifecycle_support import add_counterparty
from tests.ui.closing_questions import QUESTION, asked_questions
from tests.ui.lifecycle_dialogs import answer

TODAY = date(2026, 11, 22)
PANEL = "srm_inclusif.ui.lifecycle.feedback_panel"


@pytest.fixture
def ctx(workspace):
    return WorkspaceContext(workspace, today=lambda: TODAY)


@pytest.fixture
def test_contract(workspace) -> tuple[int, int]:
    cp = add_counterparty(workspace.engine, "ESAT des Collines", "ESAT")
    rel = create_relationship(workspace.engine, counterparty_id=cp, on=date(2026, 9, 1)).id
    started = start_test(workspace.engine, relationship_id=rel, values=ContractFields(
        "Conditionnement", end_date=date(2026, 10, 31)), on=date(2026, 9, 1))
    return rel, started.contract_id


@pytest.fixture
def controller(qtbot, ctx):
    from PySide6.QtWidgets import QWidget

    host = QWidget()
    qtbot.addWidget(host)
    return LifecycleController(ctx, host)


def test_form_shows_anchors_and_weighted_score(qtbot, workspace) -> None:
    dialog = FeedbackDialog("Conditionnement", list_criteria(workspace.engine), TODAY)
    qtbot.addWidget(dialog)
    assert dialog.score_boxes[0].itemText(1) == "5 — Excellent"
    assert dialog.score_label.text() == "Note pondérée : —"  # nothing evaluated yet
    for index, value in enumerate([5, 5, 4, 4, 3]):
        dialog.set_score(index, value)
    assert dialog.score_label.text() == "Note pondérée : 4,20\u00a0/\u00a05"
    assert [s.score for s in dialog.request().scores] == [5, 5, 4, 4, 3]


def test_seller_profile_records_the_clients_feedback(qtbot, workspace, ctx, controller,
                                                     test_contract) -> None:
    update_settings(workspace.engine, profile=Profile.STRUCTURE_INCLUSIVE)
    ctx.notify(Changes(settings=True))
    def fill(dialog) -> None:
        dialog.author.setText("M. Leroy (client)")
        dialog.set_score(0, 4)

    seen = answer(fill)
    assert controller.give_feedback(test_contract[1])
    assert seen == ["Retour d'expérience reçu du client"]
    [feedback] = list_feedback(workspace.engine, contract_id=test_contract[1])
    assert (feedback.direction, feedback.author) == ("received", "M. Leroy (client)")
    assert ctx.undo_stack.undo_text() == "Retour d'expérience reçu"


def give(workspace, contract_id: int) -> int:
    scores = [ScoreInput(c.id, v) for c, v in zip(list_criteria(workspace.engine),
                                                  [5, 4, 4, 3, 5], strict=True)]
    return record_feedback(workspace.engine, contract_id=contract_id, given_on=TODAY,
                           scores=scores, author="Camille").id


def test_exchange_file_round_trip_shows_the_reply(qtbot, workspace, ctx, controller,
                                                  test_contract, tmp_path, monkeypatch) -> None:
    fid = give(workspace, test_contract[1])
    panel = FeedbackPanel(ctx, controller)
    qtbot.addWidget(panel)
    ctx.data_changed.connect(lambda _c: panel.show_contract(panel.contract_id))
    panel.show_contract(test_contract[1])
    target = tmp_path / "retour.xlsx"
    monkeypatch.setattr(file_dialogs, "get_save_file_name", lambda *a: (str(target), ""))
    monkeypatch.setattr(f"{PANEL}.QMessageBox.information", lambda *a: None)
    panel.buttons["export"].click()
    # the counterparty fills the reply section in Excel
    book = load_workbook(target)
    sheet = book["Retour d'expérience"]
    for row in sheet.iter_rows(min_col=1, max_col=2):
        answers = {"Réponse": "Merci, équipe renforcée dès janvier.",
                   "Date de la réponse": "05/12/2026", "Nom du répondant": "Léa Dupont"}
        if row[0].value in answers:
            row[1].value = answers[row[0].value]
    book.save(target)
    monkeypatch.setattr(file_dialogs, "get_open_file_name", lambda *a: (str(target), ""))
    panel.buttons["import"].click()
    assert "Merci, équipe renforcée dès janvier." in panel.view.toPlainText()
    assert "Léa Dupont" in panel.view.toPlainText()
    assert panel.list.item(0).text().endswith("réponse reçue")
    assert get_feedback(workspace.engine, fid).reply_on == date(2026, 12, 5)
    ctx.undo_stack.undo()
    assert get_feedback(workspace.engine, fid).reply == ""


def test_pdf_has_the_scores(qtbot, workspace, ctx, controller, test_contract, tmp_path,
                            monkeypatch) -> None:
    from pypdf import PdfReader

    give(workspace, test_contract[1])
    panel = FeedbackPanel(ctx, controller)
    qtbot.addWidget(panel)
    panel.show_contract(test_contract[1])
    target = tmp_path / "retour.pdf"
    monkeypatch.setattr(file_dialogs, "get_save_file_name", lambda *a: (str(target), ""))
    panel.buttons["pdf"].click()
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(target).pages)
    assert "ESAT des Collines" in text
    assert "Note pondérée" in text
    assert "4,20 / 5" in text  # spaces made plain by split()


def test_criteria_editor_changes_the_form_and_undoes(qtbot, workspace, ctx, controller) -> None:
    def add_security(dialog) -> None:
        from srm_inclusif.storage.services.feedback import CriterionRow

        dialog.add_row(CriterionRow(None, "", "Sécurité", 2.0))

    answer(add_security)
    assert controller.edit_criteria()
    assert [c.label for c in list_criteria(workspace.engine)][-1] == "Sécurité"
    assert list_criteria(workspace.engine)[-1].weight == 2.0
    ctx.undo_stack.undo()
    assert len(list_criteria(workspace.engine)) == 5


def test_decision_without_feedback_needs_the_override(qtbot, workspace, ctx, controller,
                                                      test_contract, monkeypatch) -> None:
    warnings = []
    monkeypatch.setattr("srm_inclusif.ui.lifecycle.decision_dialog.QMessageBox.warning",
                        lambda *args: warnings.append(args[2]))
    rel, cid = test_contract
    still_open = []

    # closing with the reason typed asks; « Ne pas enregistrer » closes
    asked = asked_questions(monkeypatch, QMessageBox.StandardButton.Discard)

    def refused_then_cancelled(dialog) -> None:
        dialog.reason.setPlainText("Bon travail")
        dialog.accept()
        still_open.append(dialog.isVisible() and dialog.reason.toPlainText())
        dialog.reject()

    answer(refused_then_cancelled)
    assert not controller.decide(cid)
    assert "retour d'expérience" in warnings[0]
    assert still_open == ["Bon travail"]  # said in the dialog, the reason typed kept
    assert asked == [QUESTION]

    def override(dialog) -> None:
        dialog.override.setChecked(True)
        dialog.override_reason.setPlainText("Urgence : site de Lyon")

    answer(override)
    monkeypatch.setattr("srm_inclusif.ui.prompts.QMessageBox.question",
                        lambda *_: QMessageBox.StandardButton.No)  # no contract yet
    assert controller.decide(cid)
    assert get_relationship(workspace.engine, rel).stage == "marche_test"  # until the contract
    with Session(workspace.engine) as session:
        decided = session.get(Contract, cid)
        assert decided.decision == "go"
        assert "sans retour d'expérience : Urgence : site de Lyon" in decided.decision_reason


def test_no_go_stops_with_reason(qtbot, workspace, ctx, controller, test_contract) -> None:
    rel, cid = test_contract
    give(workspace, cid)

    def no_go(dialog) -> None:
        dialog.no_go.setChecked(True)
        dialog.reason.setPlainText("Délais non tenus")

    answer(no_go)
    assert controller.decide(cid)
    assert get_relationship(workspace.engine, rel).stage == "arretee"
    ctx.undo_stack.undo()
    assert get_relationship(workspace.engine, rel).stage == "marche_test"


def test_action_from_a_feedback(qtbot, workspace, ctx, controller, test_contract) -> None:
    fid = give(workspace, test_contract[1])

    def fill(dialog) -> None:
        dialog.text.setText("Envoyer le plan de progrès")
        dialog.due.set_value(date(2026, 12, 1))

    answer(fill)
    assert controller.new_action(feedback_id=fid)
    [action] = list_actions(workspace.engine, open_only=True)
    assert (action.text, action.counterparty_name, action.due_date) == (
        "Envoyer le plan de progrès", "ESAT des Collines", date(2026, 12, 1))
    assert controller.set_action_done(action, True)
    assert list_actions(workspace.engine, open_only=True) == []
    ctx.undo_stack.undo()
    assert len(list_actions(workspace.engine, open_only=True)) == 1
