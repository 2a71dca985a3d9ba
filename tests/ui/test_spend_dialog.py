"""« Achats de <structure> »: a purchase typed counts in the dashboard at once; undo removes it."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QListWidget
from sqlmodel import Session

from srm_inclusif.core.vocabulary import SpendBasis
from srm_inclusif.storage.services.spend_entry import list_spend_lines
from srm_inclusif.storage.tables import Contract, Counterparty, Relationship
from srm_inclusif.ui.spend_dialog import COL_AMOUNT, COL_SOURCE, SpendDialog
from tests.ui.conftest import Warnings, opened_card
from tests.ui.spend_dialogs import charts_panel, spend_dialog, typed_line, visible_form


@pytest.fixture
def supplier(ctx) -> int:  # noqa: ANN001
    """« ESAT du Parc » with a marché test, no spend yet."""
    with Session(ctx.engine) as session:
        esat = Counterparty(name="ESAT du Parc", kind="ESAT")
        session.add(esat)
        session.flush()
        relationship = Relationship(counterparty_id=esat.id)
        session.add(relationship)
        session.flush()
        session.add(Contract(relationship_id=relationship.id, title="Marché test espaces verts"))
        session.commit()
        return esat.id or 0


@pytest.fixture
def dialog(qtbot, ctx, supplier) -> SpendDialog:  # noqa: ANN001
    return spend_dialog(qtbot, ctx, supplier, "ESAT du Parc")


@pytest.fixture
def box(monkeypatch) -> Warnings:  # noqa: ANN001
    fake = Warnings()
    monkeypatch.setattr("srm_inclusif.ui.spend_form.QMessageBox", fake)
    monkeypatch.setattr("srm_inclusif.ui.commands.QMessageBox", fake)
    return fake


def test_a_purchase_typed_counts_in_the_dashboard_at_once_and_undo_removes_it(
        qtbot, ctx, dialog) -> None:  # noqa: ANN001
    panel = charts_panel(qtbot, ctx)
    assert [p.get_width() for p in panel.charts["kind"].axes.patches] == []
    with qtbot.waitSignal(panel.drawn, timeout=10000):
        typed_line(dialog, "3 500,50")
    assert [p.get_width() for p in panel.charts["kind"].axes.patches] == [3500.5]
    assert dialog.table.item(0, COL_AMOUNT).text() == "3\u202f500,50\u00a0€"
    assert dialog.table.item(0, COL_SOURCE).text() == "Saisie manuelle"
    assert dialog.totals.text() == (
        "Total par année (HT)\u00a0:\n2026\u00a0: facturé 3\u202f500,50\u00a0€")
    with qtbot.waitSignal(panel.drawn, timeout=10000):
        ctx.undo_stack.undo()
    assert [p.get_width() for p in panel.charts["kind"].axes.patches] == []
    assert dialog.empty_label.isVisible()


def test_a_ttc_amount_keeps_the_form_open_and_says_why(qtbot, ctx, dialog, box) -> None:  # noqa: ANN001
    form = typed_line(dialog, "4 200,00 € TTC")
    assert form.isVisible()
    assert box.shown == ["Montant HT : « 4 200,00 € TTC » est un montant TTC. Les achats se "
                         "comptent hors taxes : tapez le montant HT de la facture."]
    assert list_spend_lines(ctx.engine, counterparty_id=dialog.counterparty_id) == []


def test_an_invoice_dated_after_today_is_refused_an_order_is_not(
        qtbot, ctx, dialog, box) -> None:  # noqa: ANN001
    form = typed_line(dialog, "24 000", day=date(2027, 1, 15))
    assert form.isVisible()
    assert box.shown[0].startswith("Date : le 15/01/2027 est après aujourd'hui")
    form.basis.setCurrentIndex(form.basis.findData(SpendBasis.ORDERED.value))
    form.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert not form.isVisible()
    assert dialog.table.item(0, 0).text() == "15/01/2027"


def test_suppr_asks_no_by_default_and_deletes_as_one_undo_step(
        qtbot, ctx, dialog, monkeypatch) -> None:  # noqa: ANN001
    typed_line(dialog, "24 000")
    answers: list[bool] = [False, True]
    asked: list[bool] = []

    def answer(_parent, _title, _question, *, default_yes: bool) -> bool:  # noqa: ANN001
        asked.append(default_yes)
        return answers.pop(0)

    monkeypatch.setattr("srm_inclusif.ui.spend_dialog.asked", answer)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.table.selectRow(0)
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)
    assert dialog.table.rowCount() == 1
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)
    assert asked == [False, False]
    assert dialog.empty_label.isVisible()
    ctx.undo_stack.undo()
    assert dialog.table.item(0, COL_AMOUNT).text() == "24\u202f000,00\u00a0€"


def test_an_edit_changes_the_line_and_undo_puts_it_back(qtbot, ctx, dialog) -> None:  # noqa: ANN001
    typed_line(dialog, "24 000")
    dialog.table.selectRow(0)
    dialog.edit_button.click()
    form = visible_form(dialog)
    assert form.amount.text() == "24\u202f000,00"
    form.amount.setText("23 500")
    form.contract.setCurrentIndex(form.contract.findText("Marché test espaces verts"))
    form.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    line = list_spend_lines(ctx.engine, counterparty_id=dialog.counterparty_id)[0]
    assert (line.amount_cents, line.contract_title) == (2_350_000, "Marché test espaces verts")
    assert ctx.undo_stack.undo_text() == "Modifier l'achat"
    ctx.undo_stack.undo()
    assert dialog.table.item(0, COL_AMOUNT).text() == "24\u202f000,00\u00a0€"


def test_the_card_opens_the_purchases_and_shows_the_new_yearly_total(
        qtbot, ctx, supplier) -> None:  # noqa: ANN001
    card = opened_card(qtbot, ctx, supplier)
    card.show()
    card.tabs.setCurrentWidget(card.follow_up)
    card.follow_up.spend_button.click()
    dialog = card.findChild(SpendDialog)
    assert dialog.windowTitle() == "Achats de ESAT du Parc"
    typed_line(dialog, "3 500,50")
    spend = card.follow_up.findChild(QListWidget, "spendByYear")
    assert [spend.item(i).text() for i in range(spend.count())] == [
        "2026\u00a0: facturé 3\u202f500,50\u00a0€"]


def test_the_list_page_offers_the_purchases_of_the_chosen_structure(
        qtbot, ctx, supplier) -> None:  # noqa: ANN001
    from srm_inclusif.ui.pages.counterparties_page import CounterpartiesPage

    page = CounterpartiesPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)  # shortcuts go to the active window
    action = page.spend_action
    assert action in page.view.table.actions()  # the list's right-click menu
    assert (action.text(), action.isEnabled()) == ("Saisir des achats…", False)
    page.view.table.selectRow(0)
    page.view.table.setFocus()
    qtbot.keyClick(page.view.table, Qt.Key.Key_A,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = page.findChild(SpendDialog)
    assert dialog is not None
    assert (dialog.windowTitle(), dialog.counterparty_id) == ("Achats de ESAT du Parc", supplier)


def test_by_keyboard_enter_saves_the_form_and_edits_the_chosen_line(
        qtbot, ctx, dialog) -> None:  # noqa: ANN001
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.add_button.click()
    form = visible_form(dialog)
    qtbot.waitUntil(form.amount.hasFocus)  # the amount is typed first
    assert form.basis.currentText() == "Facturé"
    qtbot.keyClicks(form.amount, "1 234,56")
    qtbot.keyClick(form.amount, Qt.Key.Key_Return)
    assert not form.isVisible()
    assert dialog.table.item(0, COL_AMOUNT).text() == "1\u202f234,56\u00a0€"
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    form = visible_form(dialog)
    assert form.amount.text() == "1\u202f234,56"
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert not form.isVisible()


def test_the_only_person_of_the_workspace_is_the_buyer_proposed(qtbot, ctx, dialog) -> None:  # noqa: ANN001
    from srm_inclusif.storage.services.people import PersonInput, add_person

    add_person(ctx.engine, values=PersonInput("Claire Martin", "Gérante"))
    dialog.add_button.click()
    assert visible_form(dialog).buyer.currentText() == "Claire Martin"
    visible_form(dialog).reject()
    add_person(ctx.engine, values=PersonInput("Paul Durand", "Acheteur"))
    dialog.add_button.click()
    assert visible_form(dialog).buyer.currentText() == "— aucun —"
