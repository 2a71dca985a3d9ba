"""Help › Keyboard shortcuts lists what the keys really do: the menus', then the page's."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from srm_inclusif.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, ctx):
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def _groups(rows: list[tuple[str, str]]) -> dict[str, dict[str, str]]:
    """Title → {what: keys}, from the dialog's rows (a title row has no keys)."""
    groups: dict[str, dict[str, str]] = {}
    current: dict[str, str] = {}
    for what, keys in rows:
        if not keys:
            current = groups.setdefault(what, {})
        else:
            current[what] = keys
    return groups


def test_f1_lists_the_menu_and_page_shortcuts(window):
    window.show_page("counterparties")
    assert window.shortcuts_action.shortcut().toString() == "F1"

    dialog = window.shortcuts_dialog()
    groups = _groups(dialog.shown_rows())

    assert dialog.windowTitle() == "Raccourcis clavier"
    assert groups["Fichier"]["Importer des fournisseurs"] == "Ctrl+I"
    assert groups["Fichier"]["Quitter"] == "Ctrl+Q"
    assert groups["Affichage"]["Relations"] == "Ctrl+3"
    assert groups["Aide"]["Raccourcis clavier"] == "F1"
    page = groups["Page « Fournisseurs »"]
    assert page["Rechercher"] == "Ctrl+F"
    assert "À propos de SRM Inclusif" not in groups["Aide"]  # no key: not listed


def test_the_page_group_follows_the_page_on_screen(window):
    window.show_page("relationships")
    groups = _groups(window.shortcuts_dialog().shown_rows())

    assert groups["Page « Relations »"]["Changer d'étape"] == "Ctrl+E"
    assert "Page « Fournisseurs »" not in groups


def test_shortcuts_in_english(qtbot, english, ctx):
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show_page("counterparties")

    dialog = win.shortcuts_dialog()
    groups = _groups(dialog.shown_rows())

    assert dialog.windowTitle() == "Keyboard shortcuts"
    assert groups["File"]["Import suppliers"] == "Ctrl+I"
    assert groups["“Suppliers” page"]["Search"] == "Ctrl+F"


def test_ctrl_f_reaches_the_search_from_the_navigation(qtbot, window):
    page = window.show_page("counterparties")
    window.activateWindow()
    window.navigation.setFocus()
    qtbot.waitUntil(window.navigation.hasFocus, timeout=2000)

    qtbot.keyClick(window.navigation, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)

    qtbot.waitUntil(page.view.search_edit.hasFocus, timeout=2000)


def test_the_page_on_screen_comes_first(window):
    window.show_page("contracts")
    rows = window.shortcuts_dialog().shown_rows()

    assert rows[0] == ("Page « Contrats »", "")


def test_redo_lists_only_keys_to_type(window):
    redo = _groups(window.shortcuts_dialog().shown_rows())["Édition"]["Rétablir"]

    assert "Ctrl+Maj+Z" in redo.split(" / ") or "Ctrl+Shift+Z" in redo.split(" / ")
    assert all("+" in keys for keys in redo.split(" / "))  # no lone « Rétablir » key


def test_the_purchases_key_of_the_suppliers_page_is_listed(window):
    window.show_page("counterparties")
    page = _groups(window.shortcuts_dialog().shown_rows())["Page « Fournisseurs »"]

    assert page["Saisir des achats"] in ("Ctrl+Maj+A", "Ctrl+Shift+A")
