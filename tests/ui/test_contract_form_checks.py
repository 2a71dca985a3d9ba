"""The contract form checks its values on OK with the contract rules: a refusal is said over the
open form, what was typed kept and the cursor in the field (a renewal's reason too); a huge
amount is refused there, not lost in a crash; a go / no-go dated before its test started is
refused in its dialog; the contract created right after a go renews its marché test."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QMessageBox

from srm_inclusif.core import kpi
from srm_inclusif.core.kpi_facts import Period
from srm_inclusif.core.vocabulary import ContractKind
from srm_inclusif.storage.services.contracts import (
    ContractFields,
    list_contracts,
    start_contract,
)
from srm_inclusif.storage.services.kpi_data import load_kpi_data
from srm_inclusif.ui.lifecycle.contract_dialog import ContractDialog
from srm_inclusif.ui.lifecycle.controller import LifecycleController
from srm_inclusif.ui.lifecycle.decision_dialog import DecisionDialog
from tests.ui.lifecycle_dialogs import answer, questions
from tests.ui.lifecycle_forms import form_warnings, lifecycle_controller

TODAY = date(2026, 11, 22)


@pytest.fixture
def warned(monkeypatch) -> list[str]:
    """The warnings the contract and decision forms show, instead of modal boxes."""
    return form_warnings(monkeypatch, "contract_dialog", "decision_dialog")


@pytest.fixture
def controller(qtbot, workspace) -> LifecycleController:  # noqa: ANN001
    return lifecycle_controller(qtbot, workspace, TODAY)


def _form(qtbot) -> ContractDialog:  # noqa: ANN001
    dialog = ContractDialog("Nouveau marché test", ContractFields(
        "Entretien", kind=ContractKind.MARCHE_TEST, start_date=date(2026, 11, 22)))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_negative_amount_is_refused_in_the_open_form(qtbot, warned, french) -> None:
    dialog = _form(qtbot)
    dialog.scope.setPlainText("Espaces verts du siège")
    dialog.amount.setText("-500")
    dialog.accept()
    assert warned == ["Le montant HT ne peut pas être négatif."]
    assert dialog.isVisible()
    assert dialog.result_fields() is None
    assert dialog.focusWidget() is dialog.amount
    assert dialog.scope.toPlainText() == "Espaces verts du siège"  # nothing lost
    dialog.amount.setText("500")
    dialog.accept()
    assert not dialog.isVisible()
    fields = dialog.result_fields()
    assert fields is not None
    assert fields.amount_cents == 50_000


def test_an_end_before_the_start_puts_the_cursor_in_the_end(qtbot, warned, french) -> None:
    dialog = _form(qtbot)
    dialog.end.setText("01/11/2026")
    dialog.accept()
    assert warned == ["La date de fin précède la date de début."]
    assert dialog.isVisible()
    assert dialog.focusWidget() is dialog.end
    assert dialog.end.text() == "01/11/2026"


def test_a_huge_amount_is_refused_in_the_open_form(qtbot, warned, french) -> None:
    dialog = _form(qtbot)
    dialog.amount.setText("99999999999999999")
    dialog.accept()
    assert len(warned) == 1
    assert warned[0].startswith("Montant HT\u00a0: ")
    assert warned[0].endswith(", un milliard d'euros ou plus. Vérifiez le nombre de zéros.")
    assert dialog.isVisible()
    assert dialog.focusWidget() is dialog.amount


def test_a_huge_amount_of_a_new_test_loses_nothing(qtbot, workspace, controller, marche_test,
                                                   warned, french) -> None:
    rel, test = marche_test

    def fill(dialog: ContractDialog) -> None:
        dialog.title.setText("Second essai")
        dialog.amount.setText("99999999999999999")
        dialog.accept()  # refused: the form stays, as typed
        assert dialog.isVisible()
        assert dialog.title.text() == "Second essai"
        dialog.amount.setText("9 999")

    answer(fill)
    assert controller.start_test(rel)
    assert len(warned) == 1
    assert [(c.title, c.amount_cents) for c in list_contracts(workspace.engine)
            if c.id != test] == [("Second essai", 999_900)]


def test_a_renewal_refused_keeps_its_reason(qtbot, workspace, controller, marche_test, warned,
                                            monkeypatch, french) -> None:
    rel, test = marche_test
    contract = start_contract(workspace.engine, relationship_id=rel, values=ContractFields(
        "Conditionnement 2027", start_date=date(2027, 1, 1), end_date=date(2027, 12, 31)),
        on=TODAY).contract_id
    asked: list[str] = []

    def ask(_parent, _title, label):  # noqa: ANN001, ANN202
        asked.append(label)
        return "Client satisfait", True

    monkeypatch.setattr("srm_inclusif.ui.lifecycle.controller.ask_text", ask)

    def fill(dialog: ContractDialog) -> None:
        dialog.end.setText("01/01/2027")
        dialog.accept()
        assert dialog.isVisible()
        assert dialog.focusWidget() is dialog.end
        dialog.end.setText("31/12/2028")

    answer(fill)
    assert controller.renew_contract(contract)
    assert len(asked) == 1  # the reason was not asked again
    assert warned == ["La date de fin précède la date de début."]
    [renewal] = [c for c in list_contracts(workspace.engine) if c.previous_contract_id]
    assert (renewal.previous_contract_id, renewal.end_date) == (contract, date(2028, 12, 31))
    assert test != contract


def test_a_decision_before_the_test_started_is_refused_in_its_dialog(qtbot, warned,
                                                                     french) -> None:
    dialog = DecisionDialog("Conditionnement", 1, date(2026, 8, 31), start=date(2026, 9, 1))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.accept()
    assert warned == ["Date\u00a0: le 31/08/2026 précède le début du marché test "
                      "«\u00a0Conditionnement\u00a0» (01/09/2026). La décision se prend une fois "
                      "le test commencé."]
    assert dialog.isVisible()
    assert dialog.focusWidget() is dialog.on
    dialog.on.set_day(date(2026, 10, 31))
    dialog.accept()
    assert not dialog.isVisible()


def test_the_contract_after_a_go_renews_the_test(qtbot, workspace, controller, marche_test,
                                                 monkeypatch, french) -> None:
    rel, test = marche_test
    questions(monkeypatch, QMessageBox.StandardButton.Yes)
    proposed: list[tuple[str, str]] = []

    def go(dialog: DecisionDialog) -> None:
        dialog.on.set_day(date(2026, 10, 31))
        dialog.override.setChecked(True)
        dialog.override_reason.setPlainText("Urgence")

    def contract(dialog: ContractDialog) -> None:
        proposed.append((dialog.start.text(), dialog.note.text()))
        dialog.title.setText("Conditionnement 2027")

    answer(go, contract)
    assert controller.decide(test)
    assert proposed == [("01/11/2026", "Fait suite au marché test «\u00a0Conditionnement\u00a0».")]
    [after] = [c for c in list_contracts(workspace.engine, relationship_id=rel) if c.id != test]
    assert (after.previous_contract_id, after.start_date) == (test, date(2026, 11, 1))
    data = load_kpi_data(workspace.engine, start=date(2026, 1, 1), end=date(2026, 12, 31))
    rate, decided = kpi.renewal(data, Period.year(2026))
    assert (rate, decided) == (100, (test,))
