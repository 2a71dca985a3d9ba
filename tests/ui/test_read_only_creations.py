"""A read-only workspace: the actions that could only add something are off from the start.

« Nouvelle relation… », « Nouvelle fiche » (Fournisseurs), a new contract, a new objective sheet
were offered and refused only when the new record was saved. Reading and exporting stay.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPushButton

from tests.read_only_support import REFUSED_TO_ADD, shown_window


def test_the_new_relationship_action_is_off_and_says_why(qtbot, read_only_demo_ctx) -> None:
    window = shown_window(qtbot, read_only_demo_ctx)
    action = window.new_relationship_action
    assert not action.isEnabled()
    assert REFUSED_TO_ADD in action.toolTip()
    assert action.statusTip() == "Lecture seule : rien ne peut être ajouté ici."  # short


@pytest.mark.parametrize(("page", "button"), [
    ("counterparties", "newCounterparty"), ("relationships", "newRelationship"),
    ("contracts", "contract_new"), ("objectives", "newSheet")])
def test_the_pages_creation_buttons_are_off_and_say_why(qtbot, read_only_demo_ctx, page,
                                                        button) -> None:
    window = shown_window(qtbot, read_only_demo_ctx)
    shown = window.show_page(page)
    found = shown.findChild(QPushButton, button)
    assert found is not None
    assert not found.isEnabled()
    assert REFUSED_TO_ADD in found.toolTip()


def test_reading_and_exporting_stay_possible(qtbot, read_only_demo_ctx) -> None:
    window = shown_window(qtbot, read_only_demo_ctx)
    for action in (window.open_action, window.save_copy_action, window.export_sheets_action,
                   window.shortcuts_action, *window.page_actions):
        assert action.isEnabled(), action.text()
    page = window.show_page("counterparties")
    assert page.findChild(QPushButton, "showShortlists").isEnabled()


def test_a_writable_workspace_keeps_them(qtbot, demo_ctx) -> None:
    window = shown_window(qtbot, demo_ctx)
    assert window.new_relationship_action.isEnabled()
    page = window.show_page("counterparties")
    assert page.findChild(QPushButton, "newCounterparty").isEnabled()


def test_entering_purchases_is_off_even_with_a_chosen_supplier(qtbot, read_only_demo_ctx) -> None:
    window = shown_window(qtbot, read_only_demo_ctx)
    page = window.show_page("counterparties")
    page.view.table.selectRow(0)
    assert page.view.open_button.isEnabled()  # reading the card stays possible
    assert not page.spend_action.isEnabled()
    assert REFUSED_TO_ADD in page.spend_action.toolTip()


def test_its_key_says_why_in_the_status_bar(qtbot, read_only_demo_ctx) -> None:
    from PySide6.QtCore import Qt

    window = shown_window(qtbot, read_only_demo_ctx)
    page = window.show_page("counterparties")
    table = page.view.table
    table.selectRow(0)
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    qtbot.keyClick(table, Qt.Key.Key_A,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    # short: the status bar's « Lecture seule » mark cut the long sentence
    assert window.statusBar().currentMessage() == (
        "Lecture seule : aucun achat ne peut être saisi ici.")


def test_a_writable_workspace_enters_purchases_for_the_chosen_one(qtbot, demo_ctx) -> None:
    window = shown_window(qtbot, demo_ctx)
    page = window.show_page("counterparties")
    page.view.table.selectRow(0)
    assert page.spend_action.isEnabled()
