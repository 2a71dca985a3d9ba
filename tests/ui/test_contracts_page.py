"""Contrats page and contract model: create through the page, edit clause hours, filters, renew."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QModelIndex

from srm_inclusif.core.vocabulary import ContractKind
from srm_inclusif.storage.changes import Changes
from srm_inclusif.storage.services.contracts import (
    ContractFields,
    create_contract,
    list_contracts,
    start_test,
)
from srm_inclusif.storage.services.relationships import create_relationship
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.models.contract_table import (
    COL_AMOUNT,
    COL_HOURS,
    COL_RATE,
    ContractTableModel,
)
from srm_inclusif.ui.models.record_table import SORT_ROLE
from srm_inclusif.ui.pages.contracts_page import ContractsPage
from tests.lifecycle_support import add_counterparty
from tests.ui.lifecycle_dialogs import answer

TODAY = date(2026, 11, 22)


@pytest.fixture
def relationship(workspace) -> int:
    cp = add_counterparty(workspace.engine, "Envie Nord", "EI")
    return create_relationship(workspace.engine, counterparty_id=cp, on=date(2026, 1, 5)).id


@pytest.fixture
def page(qtbot, workspace, relationship):
    ctx = WorkspaceContext(workspace, today=lambda: TODAY)
    widget = ContractsPage(ctx)
    ctx.data_changed.connect(widget.refresh)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def cell(model, row: int, column: int, role=None):
    index = model.index(row, column, QModelIndex())
    return model.data(index) if role is None else model.data(index, role)


def test_model_shows_amount_hours_and_rate(workspace, relationship) -> None:
    create_contract(workspace.engine, relationship_id=relationship, values=ContractFields(
        "Voirie", amount_cents=123_456_700, has_clause_sociale=True, clause_hours_planned=2000,
        clause_hours_realised=1500))
    model = ContractTableModel()
    model.set_rows(list_contracts(workspace.engine))
    assert cell(model, 0, COL_AMOUNT).replace("\u202f", " ").replace("\xa0", " ") == "1 234 567 €"
    assert cell(model, 0, COL_AMOUNT, SORT_ROLE) == 123_456_700
    assert cell(model, 0, COL_HOURS) == "1\u202f500 / 2\u202f000"
    assert cell(model, 0, COL_RATE) == "75,00\u00a0%"  # no break before %


def test_create_through_the_page_then_undo(qtbot, page) -> None:
    seen = answer(lambda d: d.relationship.setCurrentIndex(0),
                  lambda d: (d.title.setText("Entretien espaces verts"),
                             d.amount.setText("18 000,50")))
    page.buttons["new"].click()
    assert seen == ["Nouveau contrat", "Nouveau contrat"]
    assert page.model.rowCount() == 1
    assert page.model.contract_at(0).amount_cents == 1_800_050
    page.ctx.undo_stack.undo()
    assert page.model.rowCount() == 0


def test_edit_clause_hours_shows_the_rate(qtbot, page, workspace, relationship) -> None:
    cid = create_contract(workspace.engine, relationship_id=relationship,
                          values=ContractFields("Travaux")).id
    page.refresh(Changes(contracts={cid}))
    page.select(cid)

    def fill(dialog) -> None:
        dialog.clause_box.setChecked(True)
        dialog.planned.setValue(833)
        dialog.realised.setValue(500)
        assert dialog.rate.text() == "60,02\u00a0%"

    answer(fill)
    page.buttons["edit"].click()
    assert cell(page.model, 0, COL_RATE) == "60,02\u00a0%"
    assert page.ctx.undo_stack.undo_text() == "Modifier le contrat"
    page.ctx.undo_stack.undo()
    assert cell(page.model, 0, COL_RATE) == "—"


def test_filters(qtbot, page, workspace, relationship) -> None:
    create_contract(workspace.engine, relationship_id=relationship, values=ContractFields(
        "Ancien marché", start_date=date(2025, 1, 1), end_date=date(2025, 12, 31)))
    start_test(workspace.engine, relationship_id=relationship, values=ContractFields(
        "Essai traiteur", start_date=date(2026, 11, 1), end_date=date(2026, 12, 15)), on=TODAY)
    page.refresh(Changes.all())
    assert page.model.rowCount() == 2
    page.running.setChecked(True)
    assert [page.model.contract_at(0).title] == ["Essai traiteur"]
    assert page.model.rowCount() == 1
    page.running.setChecked(False)
    page.kind_filter.setCurrentIndex(page.kind_filter.findData(ContractKind.CONTRAT.value))
    assert page.model.rowCount() == 1
    assert page.model.contract_at(0).title == "Ancien marché"
    page.kind_filter.setCurrentIndex(0)
    page.text_filter.setText("traiteur")
    assert page.model.rowCount() == 1
    assert page.count_label.text() == "1 contrat(s)"


def test_renew_from_the_page(qtbot, page, workspace, relationship, monkeypatch) -> None:
    cid = create_contract(workspace.engine, relationship_id=relationship, values=ContractFields(
        "Gardiennage", start_date=date(2026, 1, 1), end_date=date(2026, 12, 31))).id
    page.refresh(Changes.all())
    page.select(cid)
    answer(None)  # asked why renew without feedback: cancelled
    page.buttons["renew"].click()
    assert page.model.rowCount() == 1
    answer(lambda d: d.setTextValue("Prestataire unique sur le site"), lambda d: None)
    page.buttons["renew"].click()
    rows = list_contracts(workspace.engine)
    assert len(rows) == 2
    assert rows[1].previous_contract_id == cid
    assert rows[1].start_date == date(2027, 1, 1)


def test_headers_follow_the_profile(qtbot, workspace, relationship) -> None:
    from PySide6.QtCore import Qt

    from srm_inclusif.core.vocabulary import Profile
    from srm_inclusif.storage.services.settings import update_settings
    from srm_inclusif.ui.models.contract_table import COL_COUNTERPARTY

    horizontal = Qt.Orientation.Horizontal
    buyer = ContractsPage(WorkspaceContext(workspace, today=lambda: TODAY))
    qtbot.addWidget(buyer)
    assert buyer.model.headerData(COL_COUNTERPARTY, horizontal) == "Fournisseur"
    update_settings(workspace.engine, profile=Profile.STRUCTURE_INCLUSIVE)
    seller = ContractsPage(WorkspaceContext(workspace, today=lambda: TODAY))
    qtbot.addWidget(seller)
    assert seller.model.headerData(COL_COUNTERPARTY, horizontal) == "Client"
