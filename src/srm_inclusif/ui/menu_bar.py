"""The main window's menu bar: File, Edit, View, Tools and Help, and what their entries do.

The actions stay attributes of the window: the pages, the read-only banner and the shortcuts
help reach them there. Texts keep the main window's translation context: these were its own.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox

from srm_inclusif.ui import tool_dialogs
from srm_inclusif.ui.pages.counterparty_facets_menu import facets_menu_action
from srm_inclusif.ui.undo import step_actions
from srm_inclusif.ui.workspace_files import (
    ask_new_workspace,
    ask_workspace_to_open,
    save_workspace_copy,
)

if TYPE_CHECKING:
    from srm_inclusif.ui.main_window import MainWindow


def build_menus(window: MainWindow, page_keys: Sequence[str]) -> None:
    """Fill the window's menu bar; each action is kept on the window under its own name.

    ``page_keys``: the pages in navigation order, entered with Ctrl+1, Ctrl+2…
    """
    _file_menu(window)
    _edit_menu(window)
    _view_menu(window, page_keys)
    _tools_menu(window)
    _help_menu(window)
    # in no menu: the dashboard's first step; the Relations page's button does the work
    window.new_relationship_action = QAction(
        QCoreApplication.translate("MainWindow", "Nouvelle relation…"), window)
    window.new_relationship_action.triggered.connect(lambda: _new_relationship(window))


def _file_menu(window: MainWindow) -> None:
    menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Fichier"))
    window.new_action = _action(
        window, menu, QCoreApplication.translate("MainWindow", "&Nouvel espace de travail…"),
        QKeySequence("Ctrl+Alt+N"), lambda: _new_workspace(window))
    window.open_action = _action(
        window, menu, QCoreApplication.translate("MainWindow", "&Ouvrir…"),
        QKeySequence.StandardKey.Open, lambda: _open_workspace(window))
    window.save_copy_action = _action(
        window, menu, QCoreApplication.translate("MainWindow", "&Enregistrer une copie…"),
        QKeySequence("Ctrl+Shift+S"), lambda: _save_copy(window))
    window.restore_action = _action(
        window, menu, QCoreApplication.translate("MainWindow", "&Restaurer une sauvegarde…"),
        QKeySequence(), lambda: _restore_backup(window))
    menu.addSeparator()
    _import_actions(window, menu)
    menu.addSeparator()
    window.quit_action = _action(window, menu,
                                 QCoreApplication.translate("MainWindow", "&Quitter"),
                                 QKeySequence("Ctrl+Q"), window.close)


def _import_actions(window: MainWindow, menu: QMenu) -> None:
    """The imports (named after the profile, see ``MainWindow``) and the sheets' export."""
    window.import_suppliers_action = _action(
        window, menu, "", QKeySequence("Ctrl+I"),
        lambda: window.start_import(None, "suppliers"))
    window.import_spend_action = _action(
        window, menu, "", QKeySequence("Ctrl+Shift+I"),
        lambda: window.start_import(None, "spend"))
    window.export_sheets_action = _action(
        window, menu, QCoreApplication.translate("MainWindow", "E&xporter les fiches objectifs…"),
        QKeySequence("Ctrl+Shift+F"), lambda: tool_dialogs.open_sheet_export(window))


def _edit_menu(window: MainWindow) -> None:
    menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "É&dition"))
    window.undo_action, window.redo_action = step_actions(window, window.ctx.undo_stack)
    menu.addAction(window.undo_action)
    menu.addAction(window.redo_action)


def _view_menu(window: MainWindow, page_keys: Sequence[str]) -> None:
    """The pages (Ctrl+1…), the supplier list's columns and filters; labelled by the window."""
    window.view_menu = menu = window.menuBar().addMenu(
        QCoreApplication.translate("MainWindow", "Affic&hage"))  # &Aide has the A
    window.page_actions = [
        _action(window, menu, "", QKeySequence(f"Ctrl+{number}"),
                lambda _=False, k=key: window.enter_page(k))
        for number, key in enumerate(page_keys, start=1)]
    menu.addSeparator()
    window.columns_menu = menu.addMenu("")
    window.facets_action = facets_menu_action(window, menu,
                                              lambda: window.enter_page("counterparties"))


def _tools_menu(window: MainWindow) -> None:
    menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Outils"))
    window.oeth_action = _action(
        window, menu, QCoreApplication.translate("MainWindow", "Estimateur &OETH…"),
        QKeySequence("Ctrl+Shift+O"), lambda: tool_dialogs.open_oeth(window))
    window.impact_action = _action(
        window, menu, QCoreApplication.translate("MainWindow", "&Bilans d'impact…"),
        QKeySequence("Ctrl+Shift+B"), lambda: tool_dialogs.open_impact_reports_of(window))
    window.parameters_action = _action(
        window, menu, QCoreApplication.translate("MainWindow", "&Paramètres datés…"),
        QKeySequence("Ctrl+,"), lambda: tool_dialogs.open_dated_parameters(window))
    window.organisation_action = _action(
        window, menu, QCoreApplication.translate("MainWindow", "Personnes et é&quipes…"),
        QKeySequence(), lambda: tool_dialogs.open_people(window))
    window.profile_action = _action(
        window, menu, QCoreApplication.translate("MainWindow", "Profil et e&xercice…"),
        QKeySequence(), lambda: tool_dialogs.open_profile(window))


def _help_menu(window: MainWindow) -> None:
    menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Aide"))
    window.shortcuts_action = _action(
        window, menu, QCoreApplication.translate("MainWindow", "&Raccourcis clavier…"),
        QKeySequence.StandardKey.HelpContents, lambda: _shortcuts(window))
    window.about_action = _action(
        window, menu, QCoreApplication.translate("MainWindow", "À &propos de SRM Inclusif"),
        QKeySequence(), lambda: _about(window))


def _shortcuts(window: MainWindow) -> None:
    """The keyboard help, freed once closed (each F1 makes a new one)."""
    dialog = window.shortcuts_dialog()
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.exec()


def _action(window: MainWindow, menu: QMenu, text: str,
            shortcut: QKeySequence | QKeySequence.StandardKey,
            slot: Callable[..., object]) -> QAction:
    action = QAction(text, window)
    action.setShortcut(shortcut)
    action.triggered.connect(slot)
    menu.addAction(action)
    return action


def _new_workspace(window: MainWindow) -> None:
    path = ask_new_workspace(window, window.ctx.workspace.path.parent)
    if path is not None:
        window.workspace_requested.emit(path, True)


def _open_workspace(window: MainWindow) -> None:
    path = ask_workspace_to_open(window, window.ctx.workspace.path.parent)
    if path is not None:
        window.workspace_requested.emit(path, False)


def _restore_backup(window: MainWindow) -> None:
    from srm_inclusif.ui.restore_dialog import RestoreDialog

    dialog = RestoreDialog(window.ctx, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # not kept until the window goes
    dialog.exec()


def _save_copy(window: MainWindow) -> None:
    window.copy_job = save_workspace_copy(window, window.ctx.workspace.path) or window.copy_job


def _new_relationship(window: MainWindow) -> None:
    window.enter_page("relationships").new_button.click()  # type: ignore[attr-defined]


def _about(window: MainWindow) -> None:
    QMessageBox.about(window, QCoreApplication.translate("MainWindow", "À propos de SRM Inclusif"),
                      window.about_text())
