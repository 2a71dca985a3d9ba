"""Why the Fournisseurs / Clients list is empty: the sentence shown in the list's room.

The sentences name the buttons by their own texts, so they always say the same words. They are
the page's texts (translation context ``CounterpartiesPage``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence

from srm_inclusif.core.vocabulary import Profile
from srm_inclusif.ui.mnemonics import plain_text

if TYPE_CHECKING:
    from srm_inclusif.ui.pages.counterparties_view import CounterpartiesView

def empty_list_text(view: CounterpartiesView, *, filtered: bool, profile: Profile,
                    read_only: bool = False, ticked: bool = True) -> str:
    """Nothing matches what is typed or ticked (``filtered``), or there is nothing yet.

    The filters are named only when some are ``ticked``: else the search alone found nothing.
    """
    if not filtered and read_only:  # importing or creating one would be refused
        return QCoreApplication.translate(
            "CounterpartiesPage", "Aucune fiche. Cet espace de travail est en lecture seule : "
            "rien ne peut y être importé ni créé.")
    if not filtered:
        return _nothing_yet(view, profile)
    if not ticked:
        return QCoreApplication.translate(
            "CounterpartiesPage", "Aucune fiche ne correspond à la recherche. Vérifiez "
            "l'orthographe ou raccourcissez la recherche.")
    if view.facet_side.shown():
        return QCoreApplication.translate(
            "CounterpartiesPage",
            "Aucune fiche ne correspond à la recherche et aux filtres. Vérifiez "
            "l'orthographe, raccourcissez la recherche ou cliquez sur « {clear} ».").format(
            clear=plain_text(view.facets.reset_button.text()))
    # « Effacer les filtres » is out of sight with the filters: the way to them is said instead
    keys = view.button_actions["toggleFacets"].shortcut()
    return QCoreApplication.translate(
        "CounterpartiesPage", "Aucune fiche ne correspond à la recherche et aux filtres. Vérifiez "
        "l'orthographe, raccourcissez la recherche ou affichez les filtres ({keys}) pour les "
        "modifier ou les effacer.").format(
        keys=keys.toString(QKeySequence.SequenceFormat.NativeText))


def _nothing_yet(view: CounterpartiesView, profile: Profile) -> str:
    from srm_inclusif.ui.pages.imports_page import import_suppliers_text

    return QCoreApplication.translate(
        "CounterpartiesPage", "Aucune fiche pour le moment. Importez-en avec « {import_action} » "
        "(menu Fichier) ou créez-en une avec « {new} ».").format(
        import_action=plain_text(import_suppliers_text(profile)),
        new=plain_text(view.new_button.text()))
