"""One word per thing, in the profile's words.

The person in charge of a relationship or an action is its « Responsable » wherever it is named
(Relations' column, filter and detail, the forms, the open actions). The other side of a
relationship, contract or action is a buyer's « Fournisseur », a seller's « Client »; a row of
the directory (an import's line, a contact's organisation) is a buyer's « Structure ».
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from srm_inclusif.core.vocabulary import Profile
from srm_inclusif.storage.changes import Changes
from srm_inclusif.storage.services.counterparties import list_counterparties
from srm_inclusif.storage.services.relationships import create_relationship
from srm_inclusif.storage.services.settings import update_settings
from srm_inclusif.ui.counterparty_card.gdpr_dialog import GdprDialog
from srm_inclusif.ui.lifecycle.action_dialog import ActionDialog
from srm_inclusif.ui.lifecycle.relationship_dialog import RelationshipDialog
from srm_inclusif.ui.models import action_table, contract_table, relationship_table
from srm_inclusif.ui.models.import_issue_table import COL_STRUCTURE, ImportIssueTableModel
from srm_inclusif.ui.pages.relationships_page import RelationshipsPage
from tests.lifecycle_support import add_counterparty

H = Qt.Orientation.Horizontal


def _as(ctx, profile: Profile):  # noqa: ANN001, ANN202
    update_settings(ctx.engine, profile=profile)
    ctx.notify(Changes(settings=True))
    return ctx


def _headers() -> dict[str, str]:
    """The counterparty column of each table, as a model built now names it."""
    return {
        "relations": relationship_table.RelationshipTableModel().headerData(
            relationship_table.COL_NAME, H),
        "contracts": contract_table.ContractTableModel().headerData(
            contract_table.COL_COUNTERPARTY, H),
        "actions": action_table.ActionTableModel().headerData(action_table.COL_COUNTERPARTY, H),
        "import": ImportIssueTableModel().headerData(COL_STRUCTURE, H),
    }


def _form_label(dialog, field) -> str:  # noqa: ANN001
    label = dialog.layout().labelForField(field)
    assert isinstance(label, QLabel)
    return label.text().replace("&", "")


def test_a_buyer_names_his_suppliers_and_the_directory_s_structures(ctx) -> None:
    _as(ctx, Profile.ACHETEUR)
    assert _headers() == {"relations": "Fournisseur", "contracts": "Fournisseur",
                          "actions": "Fournisseur", "import": "Structure"}


def test_a_seller_names_her_clients_everywhere(ctx) -> None:
    _as(ctx, Profile.STRUCTURE_INCLUSIVE)
    assert set(_headers().values()) == {"Client"}


def test_relationships_and_actions_have_a_responsable(qtbot, ctx) -> None:
    assert relationship_table.RelationshipTableModel().headerData(
        relationship_table.COL_OWNER, H) == "Responsable"
    assert action_table.ActionTableModel().headerData(action_table.COL_OWNER, H) == "Responsable"
    relation = RelationshipDialog([], [], "Nouvelle relation")
    action = ActionDialog([])
    qtbot.addWidget(relation)
    qtbot.addWidget(action)
    assert _form_label(relation, relation.owner) == _form_label(action, action.owner) \
        == "Responsable"
    assert relation.owner.itemText(0) == action.owner.itemText(0) == "Sans responsable"


def test_relations_filter_column_and_detail_say_responsable(qtbot, ctx) -> None:
    client = add_counterparty(ctx.engine, "Imprimerie Dupuis", "CLASSIC")
    created = create_relationship(ctx.engine, counterparty_id=client, on=date(2026, 3, 2))
    page = RelationshipsPage(ctx)
    qtbot.addWidget(page)
    assert page.owner_filter.itemText(0) == "Tous les responsables"
    assert page.table_model.headerData(relationship_table.COL_OWNER, H) == "Responsable"
    page.detail.show_relationship(created.id)
    assert page.detail.title.text().endswith("· sans responsable")


@pytest.mark.parametrize(("profile", "label", "choice"), [
    (Profile.ACHETEUR, "Structure", "Transports Dupont (Classique)"),
    (Profile.STRUCTURE_INCLUSIVE, "Client", "Transports Dupont"),
])
def test_a_new_relationship_names_the_counterparty_as_the_profile(
        qtbot, ctx, profile: Profile, label: str, choice: str) -> None:
    add_counterparty(_as(ctx, profile).engine, "Transports Dupont", "CLASSIC")
    dialog = RelationshipDialog(list_counterparties(ctx.engine), [], "Nouvelle relation")
    qtbot.addWidget(dialog)
    assert _form_label(dialog, dialog.counterparty) == label
    assert dialog.counterparty.itemText(0) == choice  # her Relations page shows no kind


def test_a_seller_with_no_client_is_told_where_to_create_one(qtbot, ctx) -> None:
    dialog = RelationshipDialog([], [], "Nouvelle relation",
                                profile=Profile.STRUCTURE_INCLUSIVE)
    qtbot.addWidget(dialog)
    hint = dialog.findChild(QLabel, "relationshipNoStructure").text()
    assert hint.startswith("Aucun client dans l'espace : créez une fiche (Clients › ")
    assert dialog.counterparty.lineEdit().placeholderText() == (
        "Tapez le nom d'un client, puis choisissez-le")


@pytest.mark.parametrize(("profile", "column", "kept"), [
    (Profile.ACHETEUR, "Structure", "la structure, les contrats et les montants restent"),
    (Profile.STRUCTURE_INCLUSIVE, "Client", "le client, les contrats et les montants restent"),
])
def test_the_contacts_to_anonymise_name_their_organisation_as_the_profile(
        qtbot, ctx, profile: Profile, column: str, kept: str) -> None:
    dialog = GdprDialog(_as(ctx, profile))
    qtbot.addWidget(dialog)
    assert dialog.table.horizontalHeaderItem(0).text() == column
    intro = dialog.findChildren(QLabel)[0].text()
    assert intro.endswith(kept + ".")


def test_a_seller_chooses_the_client_a_contract_is_for(qtbot, ctx, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from srm_inclusif.ui.lifecycle.relationship_choice import RelationshipChoiceDialog

    _as(ctx, Profile.STRUCTURE_INCLUSIVE)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    dialog = RelationshipChoiceDialog([], "Nouveau contrat")
    qtbot.addWidget(dialog)
    assert dialog.relationship.lineEdit().placeholderText() == (
        "Tapez le nom d'un client, puis choisissez sa relation")
    dialog.accept()
    assert warned == ["Choisissez dans « Relation » le client pour lequel le contrat est conclu."]
