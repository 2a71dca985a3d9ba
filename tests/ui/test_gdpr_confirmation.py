"""GDPR list: anonymising asks first, naming who, and never leaves the next person selected."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from srm_inclusif.storage.services.contacts import add_contact, list_contacts
from srm_inclusif.storage.services.counterparty_edit import create_counterparty
from srm_inclusif.ui.counterparty_card.gdpr_dialog import GdprDialog

Button = QMessageBox.StandardButton


class Questions:
    """Stands in for ``QMessageBox.question``: records what was asked, answers ``answer``."""

    def __init__(self, answer: QMessageBox.StandardButton) -> None:
        self.answer = answer
        self.asked: list[str] = []
        self.defaults: list[QMessageBox.StandardButton] = []

    def __call__(self, _parent, _title, text, _buttons, default):  # noqa: ANN001, ANN204
        self.asked.append(text)
        self.defaults.append(default)
        return self.answer


def _due(ctx, *names: str) -> int:  # noqa: ANN001
    """A supplier whose contacts (first name, last name) have been silent since 2022."""
    cid = create_counterparty(ctx.engine, values={"name": "Jardins du Nord", "kind": "ACI"}).id
    for name in names:
        first, last = name.split()
        add_contact(ctx.engine, counterparty_id=cid, values={
            "first_name": first, "last_name": last, "last_interaction": date(2022, 5, 1)})
    return cid


def _names(ctx, cid: int) -> set[str]:  # noqa: ANN001
    return {c.display_name for c in list_contacts(ctx.engine, counterparty_id=cid)}


def _dialog(qtbot, ctx, monkeypatch, answer: QMessageBox.StandardButton):  # noqa: ANN001, ANN202
    questions = Questions(answer)
    monkeypatch.setattr(QMessageBox, "question", questions)
    dialog = GdprDialog(ctx)
    qtbot.addWidget(dialog)
    return dialog, questions


def _select(dialog, name: str) -> None:  # noqa: ANN001
    row = next(r for r in range(dialog.table.rowCount())
               if dialog.table.item(r, 1).text() == name)
    dialog.table.selectRow(row)


def test_the_question_names_the_contact_and_no_erases_nobody(qtbot, ctx, monkeypatch) -> None:
    cid = _due(ctx, "Nadia Chevalier", "Paul Ancien")
    dialog, questions = _dialog(qtbot, ctx, monkeypatch, Button.No)
    _select(dialog, "Nadia Chevalier")
    dialog.anonymise_button.click()
    assert questions.asked == [
        "Anonymiser 1 contact (Nadia Chevalier) ? Ses nom, e-mail et téléphone seront effacés. "
        "Vous pourrez annuler avec Ctrl+Z."]
    assert questions.defaults == [Button.No]  # Enter or a hasty click keeps everyone
    assert _names(ctx, cid) == {"Nadia Chevalier", "Paul Ancien"}
    assert dialog.table.rowCount() == 2


def test_after_anonymising_nobody_is_selected(qtbot, ctx, monkeypatch) -> None:
    cid = _due(ctx, "Nadia Chevalier", "Paul Ancien")
    dialog, _questions = _dialog(qtbot, ctx, monkeypatch, Button.Yes)
    _select(dialog, "Nadia Chevalier")
    dialog.anonymise_button.click()
    assert _names(ctx, cid) == {"Contact anonymisé", "Paul Ancien"}
    assert dialog.table.selectionModel().selectedRows() == []  # Paul was selected next
    assert not dialog.anonymise_button.isEnabled()
    dialog.anonymise_button.click()  # the second click of a double-click
    assert _names(ctx, cid) == {"Contact anonymisé", "Paul Ancien"}
    ctx.undo_stack.undo()
    assert _names(ctx, cid) == {"Nadia Chevalier", "Paul Ancien"}


def test_the_count_of_contacts_due_is_shown(qtbot, ctx, monkeypatch, french) -> None:
    _due(ctx, "Nadia Chevalier", "Paul Ancien")
    dialog, _questions = _dialog(qtbot, ctx, monkeypatch, Button.Yes)
    assert dialog.count_label.text() == "2 contacts à anonymiser."
    _select(dialog, "Paul Ancien")
    dialog.anonymise_button.click()
    assert dialog.count_label.text() == "1 contact à anonymiser."
    _select(dialog, "Nadia Chevalier")
    dialog.anonymise_button.click()
    assert dialog.count_label.text() == "Aucun contact à anonymiser."
    assert not dialog.select_all_button.isEnabled()


@pytest.mark.parametrize("how", ["button", "Ctrl+A"])
def test_select_all_then_one_question_names_everyone(qtbot, ctx, monkeypatch, how) -> None:
    cid = _due(ctx, "Nadia Chevalier", "Paul Ancien")
    dialog, questions = _dialog(qtbot, ctx, monkeypatch, Button.Yes)
    if how == "button":
        dialog.select_all_button.click()
    else:
        qtbot.keyClick(dialog.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    listed = ", ".join(dialog.table.item(row, 1).text() for row in range(2))  # as shown
    dialog.anonymise_button.click()
    assert questions.asked == [
        f"Anonymiser 2 contacts ({listed}) ? Leurs noms, e-mails et téléphones seront effacés. "
        "Vous pourrez annuler avec Ctrl+Z."]
    assert _names(ctx, cid) == {"Contact anonymisé"}
    ctx.undo_stack.undo()  # one step for all
    assert _names(ctx, cid) == {"Nadia Chevalier", "Paul Ancien"}


def test_a_long_list_names_the_first_five(qtbot, ctx, monkeypatch) -> None:
    people = [f"Prénom Nom{letter}" for letter in "ABCDEFGH"]
    _due(ctx, *people)
    dialog, questions = _dialog(qtbot, ctx, monkeypatch, Button.No)
    dialog.select_all_button.click()
    dialog.anonymise_button.click()
    assert questions.asked[0].startswith(
        "Anonymiser 8 contacts (Prénom NomA, Prénom NomB, Prénom NomC, Prénom NomD, "
        "Prénom NomE et 3 autres) ?")


def test_the_question_is_translated(qtbot, ctx, monkeypatch, english) -> None:
    _due(ctx, "Nadia Chevalier")
    dialog, questions = _dialog(qtbot, ctx, monkeypatch, Button.No)
    assert dialog.count_label.text() == "1 contact to anonymise."
    _select(dialog, "Nadia Chevalier")
    dialog.anonymise_button.click()
    assert questions.asked == [
        "Anonymise 1 contact (Nadia Chevalier)? Their name, email and phone number will be "
        "erased. You can undo with Ctrl+Z."]


def test_ctrl_z_in_the_list_brings_the_contact_back(qtbot, ctx, monkeypatch, french) -> None:
    cid = _due(ctx, "Nadia Chevalier")
    dialog, _questions = _dialog(qtbot, ctx, monkeypatch, Button.Yes)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)  # shortcuts go to the active window
    _select(dialog, "Nadia Chevalier")
    dialog.anonymise_button.click()
    assert dialog.table.rowCount() == 0
    qtbot.keyClick(dialog.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _names(ctx, cid) == {"Nadia Chevalier"}  # as the question promised
    assert dialog.table.item(0, 1).text() == "Nadia Chevalier"  # the list shows her again
    assert dialog.count_label.text() == "1 contact à anonymiser."


def test_the_reason_still_fills_the_list_after_anonymising(qtbot, ctx, monkeypatch) -> None:
    _due(ctx, "Nadia Chevalier", "Paul Ancien")
    dialog, _questions = _dialog(qtbot, ctx, monkeypatch, Button.Yes)
    dialog.show()
    qtbot.waitExposed(dialog)
    header = dialog.table.horizontalHeader()

    def right_edge_gap() -> int:
        reason = dialog.COL_REASON
        return header.viewport().width() - header.sectionPosition(reason) - header.sectionSize(
            reason)

    assert right_edge_gap() == 0
    _select(dialog, "Paul Ancien")
    dialog.anonymise_button.click()
    assert right_edge_gap() == 0  # the column shrank to its text, leaving a blank strip


def test_the_buttons_have_a_letter_each(qtbot, ctx, language) -> None:
    from PySide6.QtGui import QKeySequence

    dialog = GdprDialog(ctx)
    qtbot.addWidget(dialog)
    letters = [QKeySequence.mnemonic(button.text()).toString()
               for button in (dialog.select_all_button, dialog.anonymise_button)]
    assert "" not in letters
    assert len(set(letters)) == 2  # « Select &all » took the A of « &Anonymise selection »


def test_a_large_count_is_grouped(qtbot, ctx, monkeypatch, french) -> None:
    from srm_inclusif.storage.services.contacts import contacts_due_for_anonymising
    from srm_inclusif.ui.counterparty_card import gdpr_dialog

    _due(ctx, "Nadia Chevalier")
    many = contacts_due_for_anonymising(ctx.engine, today=ctx.today()) * 1200
    monkeypatch.setattr(gdpr_dialog, "contacts_due_for_anonymising", lambda *_a, **_k: many)
    dialog, questions = _dialog(qtbot, ctx, monkeypatch, Button.No)
    assert dialog.count_label.text() == "1\u202f200 contacts à anonymiser."
    dialog.select_all_button.click()
    dialog.anonymise_button.click()
    assert questions.asked[0].startswith("Anonymiser 1\u202f200 contacts (")
    assert " et 1\u202f195 autres)\u00a0?" in questions.asked[0]
