"""After a go on a marché test the app offers to create its contract (Oui by default), in the
usual contract dialog; the relationship moves to « Contrat en cours » when that contract exists.
Non leaves it at « Marché test », its test marked Go, with a to-do « Créer le contrat »."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QMessageBox

from srm_inclusif.storage.services.actions import list_actions
from srm_inclusif.storage.services.contracts import list_contracts
from srm_inclusif.storage.services.relationships import (
    get_relationship,
    stage_history,
)
from srm_inclusif.ui.lifecycle.controller import LifecycleController
from tests.ui.lifecycle_dialogs import answer, questions
from tests.ui.lifecycle_forms import lifecycle_controller

TODAY = date(2026, 11, 22)
Yes, No = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No


@pytest.fixture
def controller(qtbot, workspace) -> LifecycleController:  # noqa: ANN001
    return lifecycle_controller(qtbot, workspace, TODAY)


def go(dialog) -> None:  # noqa: ANN001
    dialog.go.setChecked(True)
    dialog.override.setChecked(True)
    dialog.override_reason.setPlainText("Urgence")


def test_a_go_offers_to_create_the_contract(qtbot, workspace, controller, marche_test, monkeypatch,
                                            french) -> None:
    rel, test = marche_test
    asked = questions(monkeypatch, Yes)
    seen = answer(go, lambda d: d.title.setText("Conditionnement 2027"))
    assert controller.decide(test)
    assert asked == [("Go enregistré sur «\u00a0Conditionnement\u00a0». La relation avec "
                      "Atelier du Lac passera à «\u00a0Contrat en cours\u00a0» au début du "
                      "contrat.\n"
                      "Créer le contrat maintenant\u00a0?", Yes)]
    assert seen == ["Décision go / no go", "Nouveau contrat"]
    contracts = list_contracts(workspace.engine, relationship_id=rel)
    assert [(c.title, c.kind, c.start_date) for c in contracts if c.id != test] == [
        ("Conditionnement 2027", "contrat", date(2026, 11, 1))]  # the day after the test
    assert get_relationship(workspace.engine, rel).stage == "contrat_en_cours"


def test_no_leaves_the_contract_for_later(qtbot, workspace, controller, marche_test,
                                          monkeypatch) -> None:
    rel, test = marche_test
    asked = questions(monkeypatch, No)
    seen = answer(go)
    assert controller.decide(test)
    assert (len(asked), seen) == (1, ["Décision go / no go"])
    assert [c.id for c in list_contracts(workspace.engine, relationship_id=rel)] == [test]
    assert get_relationship(workspace.engine, rel).stage == "marche_test"
    [todo] = list_actions(workspace.engine, relationship_id=rel)
    assert (todo.text, todo.due_date, todo.done) == (
        "Créer le contrat qui suit le marché test « Conditionnement »", TODAY, False)
    assert controller.ctx.undo_stack.undo_text() == "Action « Créer le contrat »"
    controller.ctx.undo_stack.undo()
    assert list_actions(workspace.engine, relationship_id=rel) == []
    controller.ctx.undo_stack.undo()
    assert [c.decision for c in list_contracts(workspace.engine)] == [None]


def test_the_contract_created_later_moves_the_relationship(workspace, controller, marche_test,
                                                            monkeypatch) -> None:
    rel, test = marche_test
    questions(monkeypatch, No)
    answer(go)
    controller.decide(test)
    answer(lambda d: d.title.setText("Conditionnement 2027"))
    assert controller.new_contract(rel)
    assert get_relationship(workspace.engine, rel).stage == "contrat_en_cours"
    history = stage_history(workspace.engine, relationship_id=rel)
    assert (history[-1].to_stage, history[-1].reason) == (
        "contrat_en_cours", "Contrat « Conditionnement 2027 »")
    controller.ctx.undo_stack.undo()
    assert get_relationship(workspace.engine, rel).stage == "marche_test"


def test_a_no_go_asks_nothing(qtbot, workspace, controller, marche_test, monkeypatch) -> None:
    _rel, test = marche_test
    asked = questions(monkeypatch, Yes)

    def no_go(dialog) -> None:  # noqa: ANN001
        dialog.no_go.setChecked(True)
        dialog.reason.setPlainText("Délais non tenus")
        dialog.override.setChecked(True)
        dialog.override_reason.setPlainText("Arrêt immédiat")

    answer(no_go)
    assert controller.decide(test)
    assert asked == []
