"""The list of records over its buttons that « Bilans », « Personnes » and « Équipes » share."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QWidget

from srm_inclusif.ui.entry_list import Entry, EntryList

ROWS = [Entry(7, ("Alpha", "12")), Entry(9, ("Bêta", "3"), active=False, tip="Désactivé(e)"),
        Entry(11, ("Gamma", "40"))]


@pytest.fixture
def entries(qtbot) -> EntryList:  # noqa: ANN001
    shown = EntryList("rows", "Lignes", ["Nom", "Nombre"], under=QLabel("sous la liste"),
                      figures_from=1)
    qtbot.addWidget(shown)
    return shown


def _focused(qtbot, widget: QWidget) -> None:  # noqa: ANN001
    widget.window().show()
    qtbot.waitExposed(widget.window())
    widget.setFocus()
    widget.window().activateWindow()
    qtbot.waitUntil(widget.hasFocus)


def test_the_kept_row_is_selected_again_else_the_first(entries) -> None:  # noqa: ANN001
    entries.fill(ROWS, keep=9)
    assert entries.current_id() == 9
    entries.fill(ROWS[:1] + ROWS[2:], keep=9)  # row 9 gone: the first one instead
    assert entries.current_id() == 7
    entries.fill([], keep=7)
    assert entries.current_id() is None


def test_the_row_buttons_are_enabled_only_while_a_row_is_selected(entries) -> None:  # noqa: ANN001
    add = entries.button("add", "Ajouter…")
    edit = entries.button("edit", "Modifier…", for_entry=True)
    assert (add.isEnabled(), edit.isEnabled()) == (True, False)
    entries.fill(ROWS, keep=None)
    assert edit.isEnabled()
    entries.tree.setCurrentItem(None)
    assert (add.isEnabled(), edit.isEnabled()) == (True, False)


def test_each_fill_and_each_new_selection_is_announced(qtbot, entries) -> None:  # noqa: ANN001
    with qtbot.waitSignal(entries.current_changed):
        entries.fill(ROWS, keep=None)
    with qtbot.waitSignal(entries.current_changed):
        entries.tree.setCurrentItem(entries.tree.topLevelItem(2))
    assert entries.current_id() == 11


def test_an_inactive_row_is_greyed_with_its_tip_and_figures_align_right(entries) -> None:  # noqa: ANN001
    entries.fill(ROWS, keep=None)
    grey = entries.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    active, inactive = entries.tree.topLevelItem(0), entries.tree.topLevelItem(1)
    assert inactive.foreground(1).color() == grey != active.foreground(1).color()
    assert (inactive.toolTip(0), active.toolTip(0)) == ("Désactivé(e)", "")
    assert active.textAlignment(1) & Qt.AlignmentFlag.AlignRight
    assert not active.textAlignment(0) & Qt.AlignmentFlag.AlignRight


def test_enter_and_delete_in_the_list_ask_to_edit_and_to_delete(qtbot, entries) -> None:  # noqa: ANN001
    entries.fill(ROWS, keep=None)
    _focused(qtbot, entries.tree)
    with qtbot.waitSignal(entries.activated):
        qtbot.keyClick(entries.tree, Qt.Key.Key_Return)
    with qtbot.waitSignal(entries.delete_pressed):
        qtbot.keyClick(entries.tree, Qt.Key.Key_Delete)


def test_delete_outside_the_list_deletes_nothing(qtbot, entries) -> None:  # noqa: ANN001
    entries.fill(ROWS, keep=None)
    button = entries.button("add", "Ajouter…")
    _focused(qtbot, button)
    with qtbot.assertNotEmitted(entries.delete_pressed):
        qtbot.keyClick(button, Qt.Key.Key_Delete)


def test_select_shows_the_row_and_puts_the_focus_on_the_list(qtbot, entries) -> None:  # noqa: ANN001
    entries.fill(ROWS, keep=None)
    button = entries.button("add", "Ajouter…")
    _focused(qtbot, button)
    entries.select(11)
    assert entries.current_id() == 11
    qtbot.waitUntil(entries.tree.hasFocus)


def test_the_title_leads_to_the_list_it_names(entries) -> None:  # noqa: ANN001
    assert entries.title.buddy() is entries.tree
    assert entries.tree.accessibleName() == "Lignes"
    assert entries.title.font().bold()
