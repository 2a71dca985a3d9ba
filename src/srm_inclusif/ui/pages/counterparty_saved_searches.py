"""The Fournisseurs / Clients page's saved searches: choosing, saving and deleting one.

Saving and deleting are undo steps (Ctrl+Z): « Supprimer » asks nothing, the search comes
back with « Annuler ».
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from srm_inclusif.core.search_query import CounterpartyFilter
from srm_inclusif.storage.services.sourcing import (
    list_saved_searches,
    put_back_search,
    save_search,
)
from srm_inclusif.ui import read_only_banner
from srm_inclusif.ui.commands import run_step
from srm_inclusif.ui.prompts import ask_text

if TYPE_CHECKING:
    from srm_inclusif.ui.pages.counterparties_page import CounterpartiesPage


class SavedSearches(QObject):
    """The saved searches in the page's combo box, with its Enregistrer / Supprimer buttons.

    Its texts are the page's (translation context ``CounterpartiesPage``).
    """

    def __init__(self, page: CounterpartiesPage) -> None:
        super().__init__(page)
        self._page = page
        self._saved: list[tuple[int, str, CounterpartyFilter]] = []
        self._connect_signals()

    def _connect_signals(self) -> None:
        view = self._page.view
        view.saved_combo.activated.connect(self._on_chosen)
        view.saved_combo.currentIndexChanged.connect(self._on_shown)
        view.save_search_button.clicked.connect(self._on_save)
        view.delete_search_button.clicked.connect(self._on_delete)

    def load(self) -> None:
        """Read the saved searches again into the combo box, « (aucune) » first."""
        self._saved = list_saved_searches(self._page.ctx.engine)
        combo = self._page.view.saved_combo
        combo.clear()
        combo.addItem(QCoreApplication.translate("CounterpartiesPage", "(aucune)"))
        for _, name, _ in self._saved:
            combo.addItem(name)

    def _on_shown(self, index: int) -> None:
        # « (aucune) »: nothing to delete
        self._page.view.delete_search_button.setEnabled(index > 0)
        read_only_banner.refuse_writing(self._page)

    def _on_chosen(self, index: int) -> None:
        if index <= 0:
            return
        self._page.apply_filter(self._saved[index - 1][2])

    def _on_save(self) -> None:
        """Save the search shown under a name (one undo step; a same-named one is replaced)."""
        page = self._page
        title = QCoreApplication.translate("CounterpartiesPage", "Enregistrer la recherche")
        label = QCoreApplication.translate("CounterpartiesPage", "Nom de la recherche :")
        name, ok = ask_text(page, title, label)
        name = name.strip()
        if not ok or not name:
            return
        engine, flt = page.ctx.engine, page.current_filter()
        before = next((f for _, n, f in self._saved if n == name), None)
        if run_step(page.ctx, page, title,
                    lambda: save_search(engine, name=name, flt=flt).changes,
                    lambda: put_back_search(engine, name=name, flt=before)):
            self.load()
            page.view.saved_combo.setCurrentText(name)

    def _on_delete(self) -> None:
        """Forget the search shown (one undo step: Ctrl+Z brings it back)."""
        index = self._page.view.saved_combo.currentIndex()
        if index <= 0:
            return
        _, name, flt = self._saved[index - 1]
        engine = self._page.ctx.engine
        text = QCoreApplication.translate(
            "CounterpartiesPage", "Supprimer la recherche « {name} »").format(name=name)
        if run_step(self._page.ctx, self._page, text,
                    lambda: put_back_search(engine, name=name, flt=None),
                    lambda: put_back_search(engine, name=name, flt=flt)):
            self.load()

