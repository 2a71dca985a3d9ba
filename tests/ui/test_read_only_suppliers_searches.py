"""A read-only workspace: the Fournisseurs page offers no search to save and no need to start.

« Enregistrer la recherche… », « Supprimer » (a saved search) and « Besoin et présélection… »
(Ctrl+B) were clickable and refused only when the search or the need was saved. They are now
off from the start, their tooltip saying why; Ctrl+B says it briefly in the status bar.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from srm_inclusif.core.search_query import CounterpartyFilter
from srm_inclusif.storage.services.sourcing import save_search
from srm_inclusif.storage.workspace import open_workspace
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.sourcing.need_dialog import NeedDialog
from tests.read_only_support import REFUSED_TO_ADD, demo_copy, opened_read_only, shown_window

CHANGE_REFUSED = "Lecture seule : rien ne peut être modifié dans cet espace de travail."


@pytest.fixture
def read_only_ctx(_demo_file, tmp_path, monkeypatch) -> Iterator[WorkspaceContext]:  # noqa: ANN001
    """The demo workspace holding a saved search « Ateliers », its file read-only."""
    path = demo_copy(_demo_file, tmp_path)
    writable = open_workspace(path)
    save_search(writable.engine, name="Ateliers", flt=CounterpartyFilter(text="atelier"))
    writable.close()
    with opened_read_only(monkeypatch, path) as ctx:
        yield ctx


def _suppliers(qtbot, ctx):  # noqa: ANN001, ANN202
    window = shown_window(qtbot, ctx)
    return window, window.show_page("counterparties")


def test_saving_a_search_is_off_and_says_why(qtbot, read_only_ctx) -> None:
    _window, page = _suppliers(qtbot, read_only_ctx)
    button = page.view.save_search_button
    assert not button.isEnabled()
    assert REFUSED_TO_ADD in button.toolTip()


def test_a_saved_search_can_be_shown_not_deleted(qtbot, read_only_ctx) -> None:
    _window, page = _suppliers(qtbot, read_only_ctx)
    combo, delete = page.view.saved_combo, page.view.delete_search_button
    combo.setCurrentIndex(combo.findText("Ateliers"))
    combo.activated.emit(combo.currentIndex())
    assert page.view.search_edit.text() == "atelier"  # reading it stays
    assert not delete.isEnabled()
    assert CHANGE_REFUSED in delete.toolTip()


def test_starting_a_need_is_off_and_says_why(qtbot, read_only_ctx) -> None:
    _window, page = _suppliers(qtbot, read_only_ctx)
    button = page.view.need_button
    assert button.isVisible()
    assert not button.isEnabled()
    assert REFUSED_TO_ADD in button.toolTip()


def test_ctrl_b_opens_no_need_and_says_why(qtbot, read_only_ctx) -> None:
    window, page = _suppliers(qtbot, read_only_ctx)
    table = page.view.table
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    qtbot.keyClick(table, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, NeedDialog)]
    assert window.statusBar().currentMessage() == "Lecture seule : rien ne peut être ajouté ici."


def test_a_writable_workspace_opens_the_need_with_ctrl_b(qtbot, demo_ctx) -> None:
    window, page = _suppliers(qtbot, demo_ctx)
    assert page.view.save_search_button.isEnabled()
    table = page.view.table
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    qtbot.keyClick(table, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    opened = [w for w in QApplication.topLevelWidgets() if isinstance(w, NeedDialog)]
    assert len(opened) == 1
    opened[0].close()
