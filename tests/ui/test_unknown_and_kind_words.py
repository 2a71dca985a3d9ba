"""What the lists and forms say in French words: hours done not filled in read unknown in the
Contrats list (« — / 200 », never « 0 / 200 »), and the « Nouvelle relation » form names a
classic supplier's kind « Classique », never its code « CLASSIC »."""

from __future__ import annotations

from datetime import date

from srm_inclusif.storage.services.contracts import ContractFields, create_contract, list_contracts
from srm_inclusif.storage.services.counterparties import list_counterparties
from srm_inclusif.storage.services.relationships import create_relationship
from srm_inclusif.ui.lifecycle.relationship_dialog import RelationshipDialog
from srm_inclusif.ui.models.contract_table import COL_HOURS, COL_RATE, ContractTableModel
from tests.lifecycle_support import add_counterparty


def test_hours_done_left_empty_read_unknown_not_zero(workspace) -> None:
    cp = add_counterparty(workspace.engine, "Envie Nord", "EI")
    rid = create_relationship(workspace.engine, counterparty_id=cp, on=date(2026, 1, 5)).id
    for title, done in (("Voirie", None), ("Traiteur", 0)):
        create_contract(workspace.engine, relationship_id=rid, values=ContractFields(
            title, has_clause_sociale=True, clause_hours_planned=200,
            clause_hours_realised=done))
    model = ContractTableModel()
    model.set_rows(sorted(list_contracts(workspace.engine), key=lambda row: row.title,
                          reverse=True))
    shown = [(model.index(row, COL_HOURS).data(), model.index(row, COL_RATE).data())
             for row in range(2)]
    assert shown[0] == ("— / 200", "—")
    assert shown[1][0] == "0 / 200"  # a zero typed is a zero


def test_new_relationship_form_names_the_kind_as_the_supplier_list(qtbot, workspace) -> None:
    add_counterparty(workspace.engine, "Fournitures Nettoyage Bois-Joli 301", "CLASSIC")
    add_counterparty(workspace.engine, "ESAT des Collines", "ESAT")
    dialog = RelationshipDialog(list_counterparties(workspace.engine), [], "Nouvelle relation")
    qtbot.addWidget(dialog)
    texts = sorted(dialog.counterparty.itemText(i) for i in range(dialog.counterparty.count()))
    assert texts == ["ESAT des Collines (ESAT)", "Fournitures Nettoyage Bois-Joli 301 (Classique)"]
