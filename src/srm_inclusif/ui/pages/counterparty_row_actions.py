"""The Fournisseurs / Clients list's actions on the chosen record, and their keys while none is.

« Ouvrir la fiche », « Saisir des achats… » (Ctrl+Maj+A) and, for a seller, « Bilan d'impact… »
are in the list's right-click menu. Without a chosen record they are greyed there, their tooltip
saying what to do; their keys, and those of Favori ★ (Ctrl+D) and « Ajouter à une liste… »
(Ctrl+L), say it in the status bar instead of doing nothing. In a read-only workspace,
« Saisir des achats… » stays off, saying why, and the keys that would change a record
(Ctrl+Maj+A, Ctrl+D, Ctrl+L, Ctrl+M) say briefly in the status bar that nothing can be.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QTableView, QWidget

from srm_inclusif.ui.mnemonics import plain_text
from srm_inclusif.ui.read_only_banner import creation_refused_text, writing_refused_briefly
from srm_inclusif.ui.said_when_off import SaidWhenOff

if TYPE_CHECKING:
    from srm_inclusif.ui.pages.counterparties_view import CounterpartiesView

#: The view's page-wide actions that act on the chosen record (by button name).
CHOSEN_RECORD_KEYS = ("toggleFavourite", "addToList")
#: The view's page-wide action that changes records whatever is chosen (by button name).
MERGE_KEY = "mergeCounterparties"


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
        page.addAction(SaidWhenOff(self.spend, self.spend_said))
        for name in CHOSEN_RECORD_KEYS:
            page.addAction(SaidWhenOff(view.button_actions[name], self._key_refusal))
        if read_only:  # its button is off: the key says why
            view.button_actions[MERGE_KEY].setEnabled(False)
            page.addAction(SaidWhenOff(view.button_actions[MERGE_KEY], writing_refused_briefly))

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
            self.spend.setToolTip(creation_refused_text())
        for name in CHOSEN_RECORD_KEYS:  # read-only: their buttons are off whatever is chosen
            self.view.button_actions[name].setEnabled(chosen and not self._read_only)

    def refusal(self) -> str:
        """What to do first, said while no record is chosen."""
        return (self.tr("Sélectionnez d'abord une structure dans la liste.") if self._buyer
                else self.tr("Sélectionnez d'abord un client dans la liste."))

    def _key_refusal(self) -> str:
        """What Ctrl+D or Ctrl+L say in the status bar while they cannot act."""
        return writing_refused_briefly() if self._read_only else self.refusal()

    def spend_said(self) -> str:
        """What Ctrl+Maj+A says while it cannot act: a read-only workspace, or no record chosen.

        Short: the status bar's « Lecture seule » mark cut the tooltip's long sentence.
        """
        if not self._read_only:
            return self.refusal()
        return (self.tr("Lecture seule : aucun achat ne peut être saisi ici.") if self._buyer
                else self.tr("Lecture seule : aucune vente ne peut être saisie ici."))


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
