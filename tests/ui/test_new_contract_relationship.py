"""Contrats › Nouveau… chooses no relationship for the user (Enter took the first of the list):
only the one of the contract selected on the page is preset, and OK without one says why."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from srm_inclusif.storage.services.contracts import ContractFields, create_contract
from srm_inclusif.storage.services.relationships import create_relationship, list_relationships
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.lifecycle.relationship_choice import RelationshipChoiceDialog
from srm_inclusif.ui.pages.contracts_page import ContractsPage
from tests.lifecycle_support import add_counterparty

TODAY = date(2026, 11, 22)


@pytest.fixture
def relationships(workspace) -> dict[str, int]:
    """Two relationships; the second one has a contract."""
    ids = {name: create_relationship(workspace.engine, counterparty_id=add_counterparty(
        workspace.engine, name), on=date(2026, 1, 5)).id for name in ("Envie Nord", "ESAT Sud")}
    create_contract(workspace.engine, relationship_id=ids["ESAT Sud"],
                    values=ContractFields("Traiteur", start_date=date(2026, 3, 1)))
    return ids


@pytest.fixture
def page(qtbot, workspace, relationships) -> ContractsPage:
    widget = ContractsPage(WorkspaceContext(workspace, today=lambda: TODAY))
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def opened(monkeypatch) -> list[RelationshipChoiceDialog]:
    """The choice dialogs the page opens, shown but not run (as the user first sees them)."""
    dialogs: list[RelationshipChoiceDialog] = []

    def exec_(dialog: RelationshipChoiceDialog) -> int:
        dialogs.append(dialog)
        return 0

    monkeypatch.setattr(RelationshipChoiceDialog, "exec", exec_)
    return dialogs


def test_nothing_preset_without_a_selected_contract(page, opened) -> None:
    assert page.selected() is None
    page.buttons["new"].click()
    [dialog] = opened
    assert dialog.relationship.currentText() == ""
    assert dialog.chosen_id() is None
    assert "Tapez le nom" in dialog.relationship.lineEdit().placeholderText()


def test_the_selected_contract_s_relationship_is_preset(page, opened, relationships) -> None:
    page.table.selectRow(0)
    page.buttons["new"].click()
    [dialog] = opened
    assert dialog.relationship.currentText().startswith("ESAT Sud")
    assert dialog.chosen_id() == relationships["ESAT Sud"]


def test_enter_with_nothing_chosen_is_refused_and_said(qtbot, monkeypatch, workspace,
                                                       relationships) -> None:
    said: list[str] = []
    monkeypatch.setattr("srm_inclusif.ui.lifecycle.relationship_choice.QMessageBox.warning",
                        lambda *args: said.append(args[2]))
    dialog = RelationshipChoiceDialog(list_relationships(workspace.engine), "Nouveau contrat")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog.relationship, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert said == ["Choisissez dans « Relation » la structure pour laquelle le contrat est "
                    "conclu."]
    dialog.relationship.setCurrentIndex(dialog.relationship.findData(relationships["Envie Nord"]))
    qtbot.keyClick(dialog.relationship, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert dialog.chosen_id() == relationships["Envie Nord"]


def test_a_typed_name_that_names_no_relationship_is_not_taken(qtbot, workspace,
                                                              relationships) -> None:
    dialog = RelationshipChoiceDialog(list_relationships(workspace.engine), "Nouveau contrat",
                                      relationships["ESAT Sud"])
    qtbot.addWidget(dialog)
    dialog.relationship.lineEdit().setText("ESAT")  # the preset one, half erased
    assert dialog.chosen_id() is None
