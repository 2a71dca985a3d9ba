"""Fournisseurs page: the actions on the chosen record say what to do while none is chosen.

Ctrl+Maj+A (« Saisir des achats… »), Ctrl+D and Ctrl+L did nothing and said nothing with no
record chosen; they now say it in the status bar, and the right-click menu's greyed actions
say it in their tooltip.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMenu

from srm_inclusif.core.vocabulary import Profile
from srm_inclusif.storage.services.counterparty_edit import create_counterparty
from srm_inclusif.storage.services.settings import update_settings
from srm_inclusif.ui.spend_dialog import SpendDialog
from tests.ui.conftest import active_window

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
SAID = "Sélectionnez d'abord une structure dans la liste."


@pytest.fixture
def ctx(ctx):  # noqa: ANN001, ANN201
    """Two structures."""
    for name in ("Atelier Bleu", "ESAT du Parc"):
        create_counterparty(ctx.engine, values={"name": name})
    return ctx


def _page_in_window(qtbot, ctx):  # noqa: ANN001, ANN202
    window = active_window(qtbot, ctx)
    page = window.enter_page("counterparties")
    page.view.table.setFocus()
    qtbot.waitUntil(page.view.table.hasFocus)
    return window, page


@pytest.mark.parametrize(("key", "modifiers"), [
    (Qt.Key.Key_A, CTRL_SHIFT),  # Saisir des achats…
    (Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier),  # Favori ★
    (Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier),  # Ajouter à une liste…
])
def test_a_key_pressed_with_no_record_chosen_says_what_to_do(qtbot, ctx, key,
                                                             modifiers) -> None:
    window, page = _page_in_window(qtbot, ctx)
    assert page.selected_ids() == []
    qtbot.keyClick(page.view.table, key, modifiers)
    assert window.statusBar().currentMessage() == SAID
    assert page.findChild(SpendDialog) is None


def test_with_a_record_chosen_the_key_enters_its_purchases(qtbot, ctx) -> None:
    window, page = _page_in_window(qtbot, ctx)
    page.view.table.selectRow(1)
    qtbot.keyClick(page.view.table, Qt.Key.Key_A, CTRL_SHIFT)
    dialog = page.findChild(SpendDialog)
    assert dialog is not None
    assert dialog.windowTitle() == "Achats de ESAT du Parc"
    assert window.statusBar().currentMessage() == ""


def test_the_right_click_menu_greys_the_actions_and_says_why(qtbot, ctx) -> None:
    _window, page = _page_in_window(qtbot, ctx)
    table = page.view.table
    table.customContextMenuRequested.emit(QPoint(5, table.viewport().height() - 5))
    menu = table.findChild(QMenu)
    assert menu is not None
    assert menu.toolTipsVisible()
    spend = next(a for a in menu.actions() if a.text() == "Saisir des achats…")
    assert (spend.isEnabled(), spend.toolTip()) == (False, SAID)
    menu.close()
    table.selectRow(0)
    assert spend.isEnabled()
    assert spend.toolTip() != SAID


def test_a_seller_is_asked_for_a_client(qtbot, ctx) -> None:
    update_settings(ctx.engine, profile=Profile.STRUCTURE_INCLUSIVE)
    window, page = _page_in_window(qtbot, ctx)
    qtbot.keyClick(page.view.table, Qt.Key.Key_A, CTRL_SHIFT)
    assert window.statusBar().currentMessage() == (
        "Sélectionnez d'abord un client dans la liste.")
    assert page.spend_action.toolTip() == "Sélectionnez d'abord un client dans la liste."
