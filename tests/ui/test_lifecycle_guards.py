"""What the lifecycle review fixed: a refused stage change or decision is said in its dialog,
which stays open with what was typed; a renewal without feedback asks its reason again rather
than failing after the contract form; the detail panel says what it will show; amounts read
to the cent, HT."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QListWidget, QWidget

from srm_inclusif.core.vocabulary import Stage
from srm_inclusif.storage.services.contracts import ContractFields, list_contracts, start_test
from srm_inclusif.storage.services.relationships import create_relationship
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.lifecycle.controller import LifecycleController
from srm_inclusif.ui.lifecycle.decision_dialog import DecisionDialog
from srm_inclusif.ui.lifecycle.relationship_detail import RelationshipDetail
from srm_inclusif.ui.lifecycle.stage_dialog import StageChangeDialog
from tests.lifecycle_support import add_counterparty
from tests.ui.lifecycle_dialogs import answer

TODAY = date(2026, 11, 22)


@pytest.fixture
def said(monkeypatch) -> list[str]:
    """The warnings shown (instead of modal boxes)."""
    texts: list[str] = []
    monkeypatch.setattr("srm_inclusif.ui.lifecycle.stage_dialog.QMessageBox.warning",
                        lambda *args: texts.append(args[2]))
    return texts


@pytest.fixture
def tested(workspace) -> tuple[int, int]:
    """A relationship with a marché test of 4 500,50 € HT and no feedback."""
    cp = add_counterparty(workspace.engine, "ESAT des Collines", "ESAT")
    rel = create_relationship(workspace.engine, counterparty_id=cp, on=date(2026, 9, 1)).id
    started = start_test(workspace.engine, relationship_id=rel, values=ContractFields(
        "Conditionnement", amount_cents=450_050, start_date=date(2026, 9, 1),
        end_date=date(2026, 10, 31)), on=date(2026, 9, 1))
    return rel, started.contract_id


def test_stopping_without_a_reason_is_refused_in_the_dialog(qtbot, said) -> None:
    dialog = StageChangeDialog("ESAT du Lac", Stage.CONSULTATION, Stage.ARRETEE, TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.accept()
    assert dialog.isVisible()  # it closed, and the service refused it afterwards
    assert "pourquoi la relation est arrêtée" in said[0]
    dialog.reason.setPlainText("Plus de besoin")
    dialog.accept()
    assert not dialog.isVisible()
    assert dialog.request().reason == "Plus de besoin"


def test_evaluation_without_contract_is_refused_in_the_dialog(qtbot, said) -> None:
    dialog = StageChangeDialog("ESAT du Lac", Stage.CONSULTATION, Stage.EVALUATION, TODAY,
                               has_contract=False)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reason.setPlainText("Test fini")
    dialog.accept()
    assert dialog.isVisible()
    assert "L'évaluation demande un contrat" in said[0]
    assert dialog.reason.toPlainText() == "Test fini"


def test_no_go_without_a_reason_is_refused_in_the_dialog(qtbot, said) -> None:
    dialog = DecisionDialog("Conditionnement", 1, TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.no_go.setChecked(True)
    dialog.accept()
    assert dialog.isVisible()
    assert "no go" in said[0]
    dialog.reason.setPlainText("Délais non tenus")
    dialog.accept()
    assert not dialog.isVisible()
    assert dialog.request().on == TODAY


def test_an_empty_renewal_reason_is_asked_again(qtbot, workspace, tested, monkeypatch) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    controller = LifecycleController(WorkspaceContext(workspace, today=lambda: TODAY), host)
    questions: list[str] = []
    replies = [("", True), ("  ", True), ("Très satisfait à l'oral", True)]

    def ask(_parent, _title, label, text=""):  # noqa: ANN001, ANN202
        questions.append(label)
        return replies.pop(0)

    monkeypatch.setattr("srm_inclusif.ui.lifecycle.controller.ask_text", ask)
    answer(lambda dialog: None)  # the contract form, as proposed
    assert controller.renew_contract(tested[1])
    assert len(questions) == 3
    assert "obligatoire" not in questions[0]
    assert "La raison est obligatoire" in questions[1]
    assert len(list_contracts(workspace.engine, relationship_id=tested[0])) == 2


def test_a_cancelled_renewal_reason_renews_nothing(qtbot, workspace, tested,
                                                   monkeypatch) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    controller = LifecycleController(WorkspaceContext(workspace, today=lambda: TODAY), host)
    replies = [("", True), ("", False)]
    monkeypatch.setattr("srm_inclusif.ui.lifecycle.controller.ask_text",
                        lambda *args: replies.pop(0))
    assert not controller.renew_contract(tested[1])
    assert len(list_contracts(workspace.engine, relationship_id=tested[0])) == 1


def _lines(widget: QListWidget) -> list[str]:
    return [widget.item(i).text() for i in range(widget.count())]


def test_the_detail_says_what_it_will_show_before_a_choice(qtbot, workspace, marked) -> None:
    detail = RelationshipDetail(WorkspaceContext(workspace, today=lambda: TODAY))
    qtbot.addWidget(detail)
    assert detail.title.text() == ("[RelationshipDetail] Choisissez une relation dans le "
                                   "pipeline ou le tableau.")
    assert _lines(detail.timeline) == [
        "[RelationshipDetail] Ses changements d'étape s'afficheront ici."]
    assert _lines(detail.contracts) == [
        "[RelationshipDetail] Ses contrats et marchés test s'afficheront ici."]
    assert _lines(detail.actions) == ["[RelationshipDetail] Ses actions s'afficheront ici."]
    assert not detail.buttons["stage"].isEnabled()
    assert detail.selected_contract_id() is None


def test_the_contract_line_gives_the_amount_to_the_cent_ht(qtbot, workspace, tested,
                                                           french) -> None:
    detail = RelationshipDetail(WorkspaceContext(workspace, today=lambda: TODAY))
    qtbot.addWidget(detail)
    detail.show_relationship(tested[0])
    line = _lines(detail.contracts)[0].replace("\u202f", " ").replace("\u00a0", " ")
    assert "4 500,50 € HT" in line  # it read « 4 501 € »
    detail.show_relationship(None)
    assert detail.relationship_id is None
    assert _lines(detail.timeline)[0].startswith("Ses changements")


def test_a_new_relationship_waits_for_a_structure(qtbot, workspace) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from srm_inclusif.storage.services.counterparties import list_counterparties
    from srm_inclusif.ui.lifecycle.relationship_dialog import RelationshipDialog

    for name in ("Atelier Bleu", "ESAT des Collines"):
        add_counterparty(workspace.engine, name, "ESAT")
    dialog = RelationshipDialog(list_counterparties(workspace.engine), [], "Nouvelle relation")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.counterparty.currentText() == ""  # it showed « Atelier Bleu », ready to go
    assert not dialog.ok_button.isEnabled()
    assert dialog.request() is None
    QTest.keyClicks(dialog.counterparty.lineEdit(), "collines")  # a part of the name finds it
    popup = dialog.counterparty.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    QTest.keyClick(popup, Qt.Key.Key_Down)
    QTest.keyClick(popup, Qt.Key.Key_Return)
    assert dialog.counterparty.currentText().startswith("ESAT des Collines")
    assert dialog.ok_button.isEnabled()


def test_the_contract_form_names_the_structure_and_fits_a_laptop(qtbot, workspace, tested,
                                                                 language) -> None:
    from PySide6.QtWidgets import QApplication

    from srm_inclusif.ui.lifecycle.contract_dialog import ContractDialog
    from tests.ui.conftest import LAPTOP_DIALOG_ROOM

    host = QWidget()
    qtbot.addWidget(host)
    controller = LifecycleController(WorkspaceContext(workspace, today=lambda: TODAY), host)
    seen: list[tuple[str, bool, int, int]] = []

    def look(dialog: ContractDialog) -> None:
        QApplication.processEvents()
        hint = dialog.sizeHint()
        seen.append((dialog.subject.text(), dialog.subject.isVisibleTo(dialog), hint.width(),
                     hint.height()))
        dialog.title.setText("Second essai")

    answer(look)
    assert controller.start_test(tested[0])
    subject, shown, width, height = seen[0]
    assert subject == "<b>ESAT des Collines</b>"
    assert shown
    assert width <= LAPTOP_DIALOG_ROOM[0]
    assert height <= LAPTOP_DIALOG_ROOM[1]


def test_no_owner_is_said_as_such(qtbot, workspace, marked) -> None:
    from srm_inclusif.ui.lifecycle.action_dialog import ActionDialog
    from srm_inclusif.ui.lifecycle.relationship_dialog import RelationshipDialog

    action = ActionDialog([])
    relationship = RelationshipDialog([], [], "Nouvelle relation")
    for dialog in (action, relationship):
        qtbot.addWidget(dialog)
    # « Personne » (nobody) shared its English with the charts' « Person » selector
    assert action.owner.itemText(0) == "[ActionDialog] Sans responsable"
    assert relationship.owner.itemText(0) == "[RelationshipDialog] Sans responsable"


def test_no_notice_reads_none(qtbot, marked) -> None:
    from srm_inclusif.ui.lifecycle.contract_dialog import ContractDialog

    dialog = ContractDialog("Nouveau contrat", ContractFields("Entretien", notice_days=0))
    qtbot.addWidget(dialog)
    assert dialog.notice.text() == "[ContractDialog] Aucun"  # it read « 0 jours »
    dialog.notice.setValue(30)
    assert dialog.notice.text() == "30[ContractDialog]  jours"


def test_a_second_decision_is_refused_before_the_form(qtbot, workspace, tested,
                                                      monkeypatch) -> None:
    from srm_inclusif.core.vocabulary import Decision
    from srm_inclusif.storage.services.contract_decisions import decide_test

    decide_test(workspace.engine, contract_id=tested[1], decision=Decision.GO, on=TODAY,
                override_reason="Urgence")
    host = QWidget()
    qtbot.addWidget(host)
    controller = LifecycleController(WorkspaceContext(workspace, today=lambda: TODAY), host)
    warned: list[str] = []
    monkeypatch.setattr("srm_inclusif.ui.lifecycle.controller.QMessageBox.warning",
                        lambda *args: warned.append(args[2]))
    monkeypatch.setattr(DecisionDialog, "exec", lambda self: pytest.fail("form opened"))
    assert not controller.decide(tested[1])
    assert warned == ["« Conditionnement » a déjà une décision : Go."]
