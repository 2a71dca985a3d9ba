"""Fournisseurs page: saving and deleting a saved search are undo steps.

Before, « Supprimer » deleted the search at once, for good, and Ctrl+Z did not bring it back.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from srm_inclusif.core.search_query import CounterpartyFilter
from srm_inclusif.storage.services.sourcing import list_saved_searches, save_search
from srm_inclusif.ui.context import WorkspaceContext
from tests.ui.conftest import active_window

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(qtbot, ctx: WorkspaceContext):  # noqa: ANN001, ANN201
    """The main window on a workspace holding the saved search « Ateliers » (text « atelier »)."""
    save_search(ctx.engine, name="Ateliers", flt=CounterpartyFilter(text="atelier"))
    return active_window(qtbot, ctx)


def _listed(page) -> list[str]:  # noqa: ANN001
    combo = page.view.saved_combo
    return [combo.itemText(i) for i in range(1, combo.count())]


def _undo_key(qtbot, window) -> None:  # noqa: ANN001
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.show_page("counterparties").view.table.setFocus()  # not the search box's own undo
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)


def test_ctrl_z_brings_back_a_deleted_search(qtbot, window) -> None:  # noqa: ANN001
    page = window.show_page("counterparties")
    combo = page.view.saved_combo
    combo.setCurrentIndex(combo.findText("Ateliers"))
    page.view.delete_search_button.click()
    assert _listed(page) == []
    assert window.ctx.undo_stack.undo_text() == "Supprimer la recherche «\u00a0Ateliers\u00a0»"

    _undo_key(qtbot, window)

    assert _listed(page) == ["Ateliers"]
    combo.setCurrentIndex(combo.findText("Ateliers"))
    combo.activated.emit(combo.currentIndex())
    assert page.view.search_edit.text() == "atelier"  # the same search, not just its name


def test_ctrl_z_takes_back_a_saved_search_and_ctrl_y_saves_it_again(
        qtbot, window, monkeypatch) -> None:  # noqa: ANN001
    page = window.show_page("counterparties")
    monkeypatch.setattr("srm_inclusif.ui.pages.counterparty_saved_searches.ask_text",
                        lambda *_args, **_kwargs: ("Nettoyage", True))
    page.view.search_edit.setText("nett")
    page.view.save_search_button.click()
    assert _listed(page) == ["Ateliers", "Nettoyage"]

    _undo_key(qtbot, window)
    assert _listed(page) == ["Ateliers"]

    qtbot.keyClick(window, Qt.Key.Key_Y, CTRL)
    assert _listed(page) == ["Ateliers", "Nettoyage"]


def test_ctrl_z_after_replacing_a_search_puts_the_old_one_back(
        qtbot, window, monkeypatch) -> None:  # noqa: ANN001
    page = window.show_page("counterparties")
    monkeypatch.setattr("srm_inclusif.ui.pages.counterparty_saved_searches.ask_text",
                        lambda *_args, **_kwargs: ("Ateliers", True))
    page.view.search_edit.setText("atelier bleu")
    page.view.save_search_button.click()

    _undo_key(qtbot, window)

    assert [(name, flt.text) for _, name, flt in list_saved_searches(window.ctx.engine)] == [
        ("Ateliers", "atelier")]
