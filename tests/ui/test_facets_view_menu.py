"""Affichage › « Filtres de la liste « Fournisseurs » » shows or hides the list's filters, as F9."""

from __future__ import annotations

import pytest

from srm_inclusif.ui.main_window import MainWindow
from srm_inclusif.ui.mnemonics import letter_of, plain_text


@pytest.fixture
def window(qtbot, demo_ctx) -> MainWindow:  # noqa: ANN001
    win = MainWindow(demo_ctx)
    qtbot.addWidget(win)
    win.show()
    return win


def test_the_view_menu_hides_and_shows_the_filters_from_another_page(window) -> None:
    action = window.facets_action
    assert action in window.view_menu.actions()
    assert plain_text(action.text()) == "Filtres de la liste « Fournisseurs »\tF9"
    assert letter_of(action.text()) is not None
    window.view_menu.aboutToShow.emit()  # as opening the menu does
    assert action.isChecked()  # shown by default
    assert window.current_page_key() == "dashboard"
    action.trigger()
    assert window.current_page_key() == "counterparties"  # the list comes to show it
    page = window.pages["counterparties"]
    assert not page.view.facet_side.shown()
    window.view_menu.aboutToShow.emit()
    assert not action.isChecked()
    page.view.button_actions["toggleFacets"].trigger()  # F9 in the page
    window.view_menu.aboutToShow.emit()
    assert action.isChecked()
    action.trigger()
    assert not page.view.facet_side.shown()


def test_the_entry_names_a_seller_s_clients(qtbot, workspace) -> None:  # noqa: ANN001
    from srm_inclusif.core.vocabulary import Profile
    from srm_inclusif.storage.services.settings import update_settings
    from srm_inclusif.ui.context import WorkspaceContext

    update_settings(workspace.engine, profile=Profile.STRUCTURE_INCLUSIVE)
    win = MainWindow(WorkspaceContext(workspace))
    qtbot.addWidget(win)
    assert plain_text(win.facets_action.text()) == "Filtres de la liste « Clients »\tF9"


def test_f9_on_another_page_shows_the_list_and_hides_its_filters(qtbot, window) -> None:
    from PySide6.QtCore import Qt

    assert window.current_page_key() == "dashboard"
    target = window.pages["dashboard"]
    target.setFocus()
    qtbot.keyClick(target, Qt.Key.Key_F9)  # the key the menu names, from the dashboard
    assert window.current_page_key() == "counterparties"
    page = window.pages["counterparties"]
    assert not page.view.facet_side.shown()
    qtbot.keyClick(page.view.table, Qt.Key.Key_F9)  # then the page's own F9, once
    assert page.view.facet_side.shown()
