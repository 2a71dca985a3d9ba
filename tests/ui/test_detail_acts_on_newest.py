"""With no contract chosen in the Relations panel, « Renouveler… » and « Retour d'expérience… »
act on the contract shown first, the newest: after a marché test, its Go and the contract that
follows, it is that contract that is renewed, not the marché test."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QLabel

from srm_inclusif.core.vocabulary import Decision
from srm_inclusif.storage.services.contract_decisions import decide_test
from srm_inclusif.storage.services.contracts import ContractFields, create_contract, start_test
from srm_inclusif.storage.services.relationships import create_relationship
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.pages.relationships_page import RelationshipsPage
from tests.lifecycle_support import add_counterparty
from tests.ui.lifecycle_dialogs import answer

TODAY = date(2026, 11, 22)


@pytest.fixture
def page(qtbot, workspace) -> RelationshipsPage:
    """A relationship whose marché test (ending last) got a Go, then its yearly contract."""
    engine = workspace.engine
    cp = add_counterparty(engine, "Les Jardins de Cocagne Lyon", "ACI")
    rel = create_relationship(engine, counterparty_id=cp, on=TODAY).id
    test = start_test(engine, relationship_id=rel, values=ContractFields(
        "Paniers de fruits bureau", amount_cents=350_050, start_date=TODAY,
        end_date=date(2027, 1, 31)), on=TODAY).contract_id
    decide_test(engine, contract_id=test, decision=Decision.GO, on=TODAY,
                override_reason="Test concluant")
    create_contract(engine, relationship_id=rel, values=ContractFields(
        "Paniers de fruits annuel", amount_cents=2_400_000, start_date=TODAY,
        end_date=date(2026, 12, 31)))
    shown = RelationshipsPage(WorkspaceContext(workspace, today=lambda: TODAY))
    qtbot.addWidget(shown)
    shown.show()
    shown.select(rel)
    return shown


def test_the_newest_contract_is_listed_first(page) -> None:
    assert page.detail.contracts.item(0).text().startswith("Contrat : Paniers de fruits annuel")
    assert page.detail.contracts.item(1).text().startswith("Marché test : Paniers de fruits")


def test_renew_without_a_choice_renews_the_contract_shown_first(page) -> None:
    seen: list[str] = []
    answer(lambda d: d.setTextValue("Budget voté"), lambda d: seen.append(d.note.text()))
    page.detail.buttons["renew"].click()
    assert [text[:40] for text in seen] == ["Renouvelle « Paniers de fruits annuel »,"]


def test_renew_acts_on_the_contract_chosen(page) -> None:
    page.detail.contracts.setCurrentRow(1)
    seen: list[str] = []
    answer(lambda d: d.setTextValue("Budget voté"), lambda d: seen.append(d.note.text()))
    page.detail.buttons["renew"].click()
    assert [text[:40] for text in seen] == ["Renouvelle « Paniers de fruits bureau »,"]


def test_feedback_without_a_choice_is_on_the_contract_shown_first(page) -> None:
    seen: list[str] = []

    def read(dialog) -> None:  # noqa: ANN001
        seen.extend(label.text() for label in dialog.findChildren(QLabel))
        dialog.accept = dialog.reject  # leave it without scoring

    answer(read)
    page.detail.buttons["feedback"].click()
    assert "<b>Paniers de fruits annuel</b>" in seen
