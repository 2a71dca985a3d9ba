"""The File menu in the seller's words: she imports her clients and her sales.

The Imports page already said « Importer des ventes… » to a structure inclusive; the menu still
offered « Importer des dépenses… ».
"""

from __future__ import annotations

from datetime import date

from srm_inclusif.core.vocabulary import Profile
from srm_inclusif.storage.services.settings import update_settings
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.main_window import MainWindow
from srm_inclusif.ui.mnemonics import letter_of


def _file_menu_texts(window: MainWindow) -> list[str]:
    menu = window.import_spend_action.associatedObjects()[0]
    return [a.text() for a in menu.actions() if not a.isSeparator()]  # type: ignore[attr-defined]


def _window(qtbot, workspace, profile: Profile) -> MainWindow:  # noqa: ANN001
    update_settings(workspace.engine, profile=profile)
    window = MainWindow(WorkspaceContext(workspace, today=lambda: date(2026, 11, 23)))
    qtbot.addWidget(window)
    return window


def test_a_seller_imports_her_sales_from_the_file_menu(qtbot, workspace) -> None:
    window = _window(qtbot, workspace, Profile.STRUCTURE_INCLUSIVE)
    assert window.import_spend_action.text() == "Importer des &ventes…"
    assert window.import_suppliers_action.text() == "Importer des &clients…"
    letters = [letter_of(text) for text in _file_menu_texts(window)]
    assert len(set(letters)) == len(letters)


def test_a_buyer_imports_her_purchases(qtbot, workspace) -> None:
    window = _window(qtbot, workspace, Profile.ACHETEUR)
    assert window.import_spend_action.text() == "Importer des &dépenses…"
    letters = [letter_of(text) for text in _file_menu_texts(window)]
    assert len(set(letters)) == len(letters)
