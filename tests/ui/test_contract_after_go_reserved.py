"""The contract that follows a marché test starts from the test's marché réservé and clause sociale.

After a go on a test reserved to SIAE (L2113-13), « Créer le contrat maintenant ? » opened the
contract « Non réservé », without its clause: accepted as shown, a reserved contract was
recorded as open to all. The user may still change what is proposed.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QMessageBox

from srm_inclusif.core.vocabulary import ContractKind
from srm_inclusif.storage.services.contracts import (
    ContractFields,
    get_contract_fields,
    list_contracts,
    start_test,
)
from srm_inclusif.storage.services.relationships import create_relationship
from tests.lifecycle_support import add_counterparty
from tests.ui.lifecycle_dialogs import answer, questions
from tests.ui.lifecycle_forms import lifecycle_controller

TODAY = date(2026, 11, 22)


def _reserved_test(engine) -> int:  # noqa: ANN001
    """« Tri des déchets », a marché test reserved to SIAE with a clause sociale of 120 h."""
    cp = add_counterparty(engine, "Tremplin Emploi", "ACI")
    rel = create_relationship(engine, counterparty_id=cp, on=date(2026, 9, 1)).id
    return start_test(engine, relationship_id=rel, values=ContractFields(
        "Tri des déchets", kind=ContractKind.MARCHE_TEST, start_date=date(2026, 9, 1),
        end_date=date(2026, 10, 31), reserved_article="L2113-13", has_clause_sociale=True,
        clause_hours_planned=120, clause_hours_realised=80, clause_mode="placement",
        clause_participants=3, clause_facilitator="PLIE de Lyon"), on=date(2026, 9, 1)).contract_id


def _go(dialog) -> None:  # noqa: ANN001
    dialog.go.setChecked(True)
    dialog.override.setChecked(True)
    dialog.override_reason.setPlainText("Urgence")


def test_the_contract_after_a_go_is_proposed_reserved_with_its_clause(qtbot, workspace,
                                                                       monkeypatch) -> None:
    controller = lifecycle_controller(qtbot, workspace, TODAY)
    test = _reserved_test(workspace.engine)
    questions(monkeypatch, QMessageBox.StandardButton.Yes)
    shown: list[tuple] = []

    def look(dialog) -> None:  # noqa: ANN001
        shown.append((dialog.reserved.currentText(), dialog.clause_box.isChecked(),
                      dialog.planned.hours(), dialog.realised.hours(), dialog.mode.currentData(),
                      dialog.participants.value(), dialog.facilitator.text()))
        dialog.title.setText("Tri des déchets 2027")

    answer(_go, look)
    assert controller.decide(test)
    assert shown == [("Réservé L2113-13 (SIAE)", True, 120, None, "placement", 3,
                      "PLIE de Lyon")]  # no hours realised yet
    [contract] = [c for c in list_contracts(workspace.engine) if c.id != test]
    stored = get_contract_fields(workspace.engine, contract.id)
    assert (stored.reserved_article, stored.clause_hours_planned) == ("L2113-13", 120)


def test_the_proposal_can_be_changed_to_open_to_all(qtbot, workspace, monkeypatch) -> None:
    controller = lifecycle_controller(qtbot, workspace, TODAY)
    test = _reserved_test(workspace.engine)
    questions(monkeypatch, QMessageBox.StandardButton.Yes)

    def open_to_all(dialog) -> None:  # noqa: ANN001
        dialog.title.setText("Tri des déchets 2027")
        dialog.reserved.setCurrentIndex(dialog.reserved.findText("Non réservé"))
        dialog.clause_box.setChecked(False)

    answer(_go, open_to_all)
    assert controller.decide(test)
    [contract] = [c for c in list_contracts(workspace.engine) if c.id != test]
    stored = get_contract_fields(workspace.engine, contract.id)
    assert (stored.reserved_article, stored.has_clause_sociale) == (None, False)


def test_renouveler_keeps_the_reserved_article_and_clause(qtbot, workspace,
                                                          monkeypatch) -> None:
    controller = lifecycle_controller(qtbot, workspace, TODAY)
    test = _reserved_test(workspace.engine)
    monkeypatch.setattr("srm_inclusif.ui.lifecycle.controller.ask_text",
                        lambda *_args: ("Client satisfait", True))
    shown: list[tuple] = []
    answer(lambda d: shown.append((d.reserved.currentText(), d.clause_box.isChecked(),
                                   d.planned.hours())))
    assert controller.renew_contract(test)
    assert shown == [("Réservé L2113-13 (SIAE)", True, 120)]
