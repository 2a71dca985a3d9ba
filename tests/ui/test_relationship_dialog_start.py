"""« Nouvelle relation… » on a workspace just started: where to create a structure when there is
none, and the only person of the workspace proposed as « Responsable »."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QDialog, QLabel, QWidget

from srm_inclusif.storage.services import actions as action_service
from srm_inclusif.storage.services.counterparties import list_counterparties
from srm_inclusif.storage.services.people import PersonInput, add_person, set_person_active
from srm_inclusif.storage.services.relationships import create_relationship
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.lifecycle.action_dialog import ActionDialog
from srm_inclusif.ui.lifecycle.controller import LifecycleController
from srm_inclusif.ui.lifecycle.relationship_dialog import RelationshipDialog
from tests.lifecycle_support import add_counterparty
from tests.ui.lifecycle_dialogs import answer

NO_STRUCTURE = ("Aucune structure dans l'espace : créez une fiche (Fournisseurs › Nouvelle fiche) "
                "ou importez un annuaire.")


@pytest.fixture
def controller(qtbot, workspace) -> LifecycleController:  # noqa: ANN001
    window = QWidget()
    qtbot.addWidget(window)
    return LifecycleController(WorkspaceContext(workspace, today=lambda: date(2026, 11, 23)),
                               window)


def closed_at_once(monkeypatch, dialog_class: type[QDialog]) -> list[QDialog]:  # noqa: ANN001
    """The dialogs of ``dialog_class`` shown, each closed at once as by Annuler."""
    dialogs: list[QDialog] = []

    def exec_(dialog: QDialog) -> int:
        dialogs.append(dialog)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(dialog_class, "exec", exec_)
    return dialogs


@pytest.fixture
def shown(controller, monkeypatch) -> list[QDialog]:  # noqa: ANN001
    """The « Nouvelle relation » dialogs shown."""
    dialogs = closed_at_once(monkeypatch, RelationshipDialog)
    assert not controller.new_relationship()
    return dialogs


def hint(dialog: RelationshipDialog) -> str | None:
    label = dialog.findChild(QLabel, "relationshipNoStructure")
    return None if label is None else label.text()


def test_an_empty_workspace_says_where_to_create_a_structure(shown) -> None:
    assert hint(shown[0]) == NO_STRUCTURE
    assert not shown[0].ok_button.isEnabled()


def test_the_hint_is_translated(marked, shown) -> None:  # noqa: ARG001
    assert hint(shown[0]) == f"[RelationshipDialog] {NO_STRUCTURE}"


def test_no_hint_once_a_structure_exists(qtbot, workspace) -> None:  # noqa: ANN001
    add_counterparty(workspace.engine)
    dialog = RelationshipDialog(list_counterparties(workspace.engine), [], "Nouvelle relation")
    qtbot.addWidget(dialog)
    assert hint(dialog) is None


def test_the_only_person_is_proposed_to_follow_the_relationship(workspace, controller,
                                                                monkeypatch) -> None:
    add_person(workspace.engine, values=PersonInput("Camille Martin"))
    dialogs = closed_at_once(monkeypatch, RelationshipDialog)
    controller.new_relationship()
    assert dialogs[0].owner.currentText() == "Camille Martin"


def test_with_two_people_nobody_is_chosen_for_the_user(workspace, controller,
                                                       monkeypatch) -> None:
    for name in ("Camille Martin", "Paul Durand"):
        add_person(workspace.engine, values=PersonInput(name))
    dialogs = closed_at_once(monkeypatch, RelationshipDialog)
    controller.new_relationship()
    assert dialogs[0].owner.currentText() == "Sans responsable"


def test_an_action_keeps_its_deactivated_owner_when_edited(workspace, controller) -> None:
    engine = workspace.engine
    owner = add_person(engine, values=PersonInput("Camille Martin")).id
    add_person(engine, values=PersonInput("Paul Durand"))
    relationship = create_relationship(engine, counterparty_id=add_counterparty(engine),
                                       on=date(2026, 11, 2)).id
    action_service.create_action(engine, text="Relancer le devis", owner_id=owner,
                                 relationship_id=relationship)
    set_person_active(engine, person_id=owner, active=False)
    seen: list[str] = []

    def retitle(dialog: ActionDialog) -> None:
        seen.append(dialog.owner.currentText())
        dialog.text.setText("Relancer le devis signé")

    answer(retitle)
    assert controller.edit_action(action_service.list_actions(engine)[0])
    saved = action_service.list_actions(engine)[0]
    assert (seen, saved.text, saved.owner_id) == (["Camille Martin"], "Relancer le devis signé",
                                                  owner)
