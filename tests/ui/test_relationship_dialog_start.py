"""« Nouvelle relation… » on a workspace just started: where to create a structure when there is
none, and the only person of the workspace proposed as « Suivie par »."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QDialog, QLabel, QWidget

from srm_inclusif.storage.services.counterparties import list_counterparties
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.lifecycle.controller import LifecycleController
from srm_inclusif.ui.lifecycle.relationship_dialog import RelationshipDialog
from tests.lifecycle_support import add_counterparty

NO_STRUCTURE = ("Aucune structure dans l'espace : créez une fiche (Fournisseurs › Nouvelle fiche) "
                "ou importez un annuaire.")


@pytest.fixture
def shown(qtbot, workspace, monkeypatch) -> list[RelationshipDialog]:  # noqa: ANN001
    """The dialogs « Nouvelle relation… » shows (each closed at once, as by Annuler)."""
    dialogs: list[RelationshipDialog] = []

    def exec_(dialog: RelationshipDialog) -> int:
        dialogs.append(dialog)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(RelationshipDialog, "exec", exec_)
    window = QWidget()
    qtbot.addWidget(window)
    controller = LifecycleController(WorkspaceContext(workspace, today=lambda: date(2026, 11, 23)),
                                     window)
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
