"""The Fournisseurs / Clients list's actions on the chosen record, and their keys while none is.

« Ouvrir la fiche », « Saisir des achats… » (Ctrl+Maj+A) and, for a seller, « Bilan d'impact… »
are in the list's right-click menu. Without a chosen record they are greyed there, their tooltip
saying what to do; their keys, and those of Favori ★ (Ctrl+D) and « Ajouter à une liste… »
(Ctrl+L), say it in the status bar instead of doing nothing. In a read-only workspace,
« Saisir des achats… » stays off, saying why.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QTableView, QWidget

from srm_inclusif.ui.mnemonics import plain_text
from srm_inclusif.ui.read_only_banner import creation_refused_text
from srm_inclusif.ui.said_when_off import SaidWhenOff

if TYPE_CHECKING:
    from srm_inclusif.ui.pages.counterparties_view import CounterpartiesView

#: The view's page-wide actions that act on the chosen record (by button name).
CHOSEN_RECORD_KEYS = ("toggleFavourite", "addToList")


class RowActions(QObject):
    """The list's actions on the chosen record: on only while one is chosen."""

    def __init__(self, page: QWidget, view: CounterpartiesView, open_spend: Callable[[], None],
                 *, read_only: bool = False) -> None:
        super().__init__(page)
        self.page, self.view, self._buyer = page, view, True
        self._read_only = read_only  # purchases entered could not be saved
        self.spend = QAction(page)
        self.spend.setObjectName("enterSpendAction")
        self.spend.setShortcut(QKeySequence("Ctrl+Shift+A"))
        self.spend.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.spend.triggered.connect(open_spend)
        page.addAction(self.spend)
        self.open = QAction(plain_text(view.open_button.text()), page)
        self.open.triggered.connect(view.open_button.click)
        self.impact = QAction(plain_text(view.impact_button.text()), page)
        self.impact.setObjectName("impactReportAction")
        self.impact.triggered.connect(view.impact_button.click)
        view.table.addActions([self.open, self.spend, self.impact])
        menu_with_tooltips(view.table)
        page.addAction(SaidWhenOff(self.spend, self.spend_refusal))
        for name in CHOSEN_RECORD_KEYS:
            page.addAction(SaidWhenOff(view.button_actions[name], self.refusal))

    def follow_profile(self, buyer: bool) -> None:
        """Purchases for a buyer, sales for a seller; the impact report a seller's only."""
        self._buyer = buyer
        self.spend.setText(self.tr("Saisir des achats…") if buyer
                           else self.tr("Saisir des ventes…"))
        self.impact.setVisible(not buyer)
        self.follow_choice(self.open.isEnabled())

    def follow_choice(self, chosen: bool) -> None:
        """On with a chosen record; off without, their tooltips saying what to do."""
        tip = "" if chosen else self.refusal()
        for action in (self.open, self.spend, self.impact):
            action.setEnabled(chosen)
            action.setToolTip(tip)
        if self._read_only:
            self.spend.setEnabled(False)
            self.spend.setToolTip(self.spend_refusal())
        for name in CHOSEN_RECORD_KEYS:
            self.view.button_actions[name].setEnabled(chosen)

    def refusal(self) -> str:
        """What to do first, said while no record is chosen."""
        return (self.tr("Sélectionnez d'abord une structure dans la liste.") if self._buyer
                else self.tr("Sélectionnez d'abord un client dans la liste."))


    def spend_refusal(self) -> str:
        """Why « Saisir des achats… » is off: a read-only workspace, or no record chosen."""
        return creation_refused_text() if self._read_only else self.refusal()


def menu_with_tooltips(table: QTableView) -> None:
    """The table's actions as its right-click menu, a greyed one's tooltip saying why."""
    table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    table.customContextMenuRequested.connect(lambda pos: _show_menu(table, pos))


def _show_menu(table: QTableView, pos: QPoint) -> QMenu:
    menu = QMenu(table)
    menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    menu.setToolTipsVisible(True)
    menu.addActions(table.actions())
    menu.popup(table.viewport().mapToGlobal(pos))
    return menu
