"""After a form opened from a list closes, the focus is back on the list, on the same row.

Ctrl+Z after editing a contract from the search box undid the search text (the box took the
focus back and its own Ctrl+Z ate the key) instead of the edit.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from srm_inclusif.core.vocabulary import Stage
from srm_inclusif.storage.services.contracts import get_contract_fields
from srm_inclusif.storage.services.counterparty_edit import counterparty_values
from srm_inclusif.ui.counterparty_card.card_dialog import CardDialog
from tests.ui.conftest import active_window
from tests.ui.counterparties_search import search_page
from tests.ui.lifecycle_dialogs import answer

CTRL = Qt.KeyboardModifier.ControlModifier
SEARCHED = "Plateaux"
#: A search only one demo record answers.
ONE = "traiteur marvaux 125"


def _retitle(dialog) -> None:  # noqa: ANN001
    dialog.title.setText("Plateaux repas revus")


def _back_in(qtbot, window) -> None:  # noqa: ANN001
    """The window active again once the form closed, as the window manager makes it."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def test_ctrl_z_after_an_edit_undoes_it_not_the_search(qtbot, demo_ctx) -> None:
    window = active_window(qtbot, demo_ctx)
    page = window.enter_page("contracts")
    qtbot.keyClicks(page.text_filter, SEARCHED)
    page.table.selectRow(1)
    contract_id = page.selected_id()
    before = get_contract_fields(demo_ctx.engine, contract_id).title
    page.text_filter.setFocus()
    qtbot.waitUntil(page.text_filter.hasFocus)

    seen = answer(_retitle)
    qtbot.keyClick(page.text_filter, Qt.Key.Key_M, CTRL)  # « Modifier… »
    qtbot.waitUntil(lambda: get_contract_fields(demo_ctx.engine, contract_id).title
                    == "Plateaux repas revus")
    assert seen == ["Modifier le contrat"]
    _back_in(qtbot, window)
    assert QApplication.focusWidget() is page.table
    assert page.selected_id() == contract_id
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, CTRL)

    assert get_contract_fields(demo_ctx.engine, contract_id).title == before
    assert page.text_filter.text() == SEARCHED


def test_the_board_has_the_focus_after_a_form_closed_unchanged(qtbot, demo_ctx) -> None:
    window = active_window(qtbot, demo_ctx)
    page = window.enter_page("relationships")
    column = page.board.columns[Stage.CONSULTATION]
    column.setFocus()
    column.setCurrentRow(1)
    chosen = page.selected_id()
    qtbot.waitUntil(lambda: not page.board._rewrap.isActive())  # the cards laid out
    page.owner_filter.setFocus()
    qtbot.waitUntil(page.owner_filter.hasFocus)

    seen = answer(None)  # the form is closed without a change
    qtbot.keyClick(page.owner_filter, Qt.Key.Key_E, CTRL)  # « Changer d'étape… »

    assert seen == ["Changer d'étape"]
    _back_in(qtbot, window)
    assert QApplication.focusWidget() is column
    assert (page.board.selected_id(), column.currentRow()) == (chosen, 1)


def test_ctrl_z_after_a_card_opened_from_the_search_undoes_the_card(qtbot, demo_ctx) -> None:
    page = search_page(qtbot, demo_ctx)
    window = page.window()
    qtbot.keyClicks(page.view.search_edit, ONE)
    qtbot.waitUntil(lambda: not page.search_pending())
    qtbot.keyClick(page.view.search_edit, Qt.Key.Key_Return)  # opens the record listed
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), CardDialog))
    card = QApplication.activeModalWidget()
    chosen = card.counterparty_id
    before = counterparty_values(demo_ctx.engine, counterparty_id=chosen)[0]["city"]
    card.identity.edits["city"].setText("Lyon")
    card.save()

    _back_in(qtbot, window)
    assert QApplication.focusWidget() is page.view.table
    assert page.selected_ids() == [chosen]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, CTRL)

    assert counterparty_values(demo_ctx.engine, counterparty_id=chosen)[0]["city"] == before
    assert page.view.search_edit.text() == ONE
