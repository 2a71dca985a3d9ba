"""A renewal says which contract it renews (title, dates, amount HT), from its first question on:
the user knows what they are renewing before typing anything."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QWidget

from srm_inclusif.storage.services.contracts import ContractFields, create_contract
from srm_inclusif.storage.services.relationships import create_relationship
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.lifecycle.controller import LifecycleController
from tests.lifecycle_support import add_counterparty
from tests.ui.lifecycle_dialogs import answer

TODAY = date(2026, 11, 22)


@pytest.fixture
def controller(qtbot, workspace) -> LifecycleController:
    window = QWidget()
    qtbot.addWidget(window)
    return LifecycleController(WorkspaceContext(workspace, today=lambda: TODAY), window)


def add_contract(controller: LifecycleController, **values) -> int:  # noqa: ANN003
    engine = controller.engine
    rel = create_relationship(engine, counterparty_id=add_counterparty(engine, "Envie Nord"),
                              on=date(2026, 1, 5)).id
    return create_contract(engine, relationship_id=rel,
                           values=ContractFields("Nettoyage 2026-2027", **values)).id


def test_renewal_names_the_contract_it_renews(controller) -> None:
    contract = add_contract(controller, amount_cents=45_000_000, start_date=date(2026, 7, 1),
                            end_date=date(2027, 6, 30))
    seen: dict[str, str] = {}
    answer(lambda d: (seen.update(question=d.labelText()), d.setTextValue("Budget voté")),
           lambda d: seen.update(note=d.note.text(), visible=str(d.note.isVisibleTo(d))))
    assert controller.renew_contract(contract)
    assert seen["question"] == ("Aucun retour d'expérience sur « Nettoyage 2026-2027 ».\n"
                                "Pourquoi le renouveler quand même ?")
    assert seen["note"].replace("\u202f", " ").replace("\xa0", " ") == (
        "Renouvelle « Nettoyage 2026-2027 », du 01/07/2026 au 30/06/2027, 450 000 € HT.")
    assert seen["visible"] == "True"


def test_renewal_of_a_contract_without_dates_or_amount(controller) -> None:
    contract = add_contract(controller)
    seen: list[str] = []
    answer(lambda d: d.setTextValue("Budget voté"), lambda d: seen.append(d.note.text()))
    controller.renew_contract(contract)
    assert seen == ["Renouvelle « Nettoyage 2026-2027 »."]


def test_renewal_note_goes_through_the_translation(controller, marked) -> None:
    contract = add_contract(controller, start_date=date(2026, 7, 1))
    seen: list[str] = []
    answer(lambda d: d.setTextValue("Budget voté"), lambda d: seen.append(d.note.text()))
    controller.renew_contract(contract)
    assert seen == ["[LifecycleController] Renouvelle « Nettoyage 2026-2027 », "
                    "[LifecycleController] depuis le 01/07/2026."]
