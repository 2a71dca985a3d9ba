"""After a go on a marché test the relationship is « Contrat en cours »: the app offers to create
its contract (Oui by default), in the usual contract dialog; Non leaves it for later."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from srm_inclusif.core.vocabulary import Decision
from srm_inclusif.storage.services.contracts import ContractFields, list_contracts, start_test
from srm_inclusif.storage.services.relationships import create_relationship, get_relationship
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.lifecycle.controller import LifecycleController
from tests.lifecycle_support import add_counterparty
from tests.ui.lifecycle_dialogs import answer, questions

TODAY = date(2026, 11, 22)
Yes, No = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No


@pytest.fixture
def tested(workspace) -> tuple[int, int]:
    """A relationship and its marché test, ended."""
    cp = add_counterparty(workspace.engine, "Atelier du Lac", "ESAT")
    rel = create_relationship(workspace.engine, counterparty_id=cp, on=date(2026, 9, 1)).id
    test = start_test(workspace.engine, relationship_id=rel, values=ContractFields(
        "Conditionnement", start_date=date(2026, 9, 1), end_date=date(2026, 10, 31)),
        on=date(2026, 9, 1)).contract_id
    return rel, test


@pytest.fixture
def controller(qtbot, workspace) -> LifecycleController:  # noqa: ANN001
    window = QWidget()
    qtbot.addWidget(window)
    return LifecycleController(WorkspaceContext(workspace, today=lambda: TODAY), window)


def go(dialog) -> None:  # noqa: ANN001
    dialog.go.setChecked(True)
    dialog.override.setChecked(True)
    dialog.override_reason.setPlainText("Urgence")


def test_a_go_offers_to_create_the_contract(qtbot, workspace, controller, tested, monkeypatch,
                                            french) -> None:
    rel, test = tested
    asked = questions(monkeypatch, Yes)
    seen = answer(go, lambda d: d.title.setText("Conditionnement 2027"))
    assert controller.decide(test)
    assert asked == [("Go enregistré : la relation avec Atelier du Lac passe à « Contrat en "
                      "cours ».\nCréer le contrat maintenant ?", Yes)]
    assert seen == ["Décision go / no go", "Nouveau contrat"]
    contracts = list_contracts(workspace.engine, relationship_id=rel)
    assert [(c.title, c.kind, c.start_date) for c in contracts if c.id != test] == [
        ("Conditionnement 2027", "contrat", TODAY)]
    assert get_relationship(workspace.engine, rel).stage == "contrat_en_cours"


def test_no_leaves_the_contract_for_later(qtbot, workspace, controller, tested,
                                          monkeypatch) -> None:
    rel, test = tested
    asked = questions(monkeypatch, No)
    seen = answer(go)
    assert controller.decide(test)
    assert (len(asked), seen) == (1, ["Décision go / no go"])
    assert [c.id for c in list_contracts(workspace.engine, relationship_id=rel)] == [test]
    assert controller.ctx.undo_stack.undoText() == f"Décision « {Decision.GO.label} »"


def test_a_no_go_asks_nothing(qtbot, workspace, controller, tested, monkeypatch) -> None:
    _rel, test = tested
    asked = questions(monkeypatch, Yes)

    def no_go(dialog) -> None:  # noqa: ANN001
        dialog.no_go.setChecked(True)
        dialog.reason.setPlainText("Délais non tenus")
        dialog.override.setChecked(True)
        dialog.override_reason.setPlainText("Arrêt immédiat")

    answer(no_go)
    assert controller.decide(test)
    assert asked == []
