"""The marché réservé choices, worded once for the need and the contract forms."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from srm_inclusif.core.sourcing import RESERVED_ARTICLES


def reserved_label(article: str | None) -> str:
    """« Non réservé », or « Réservé L2113-13 (SIAE) »: the article and who may answer it."""
    if article is None:
        return QCoreApplication.translate("ReservedMarket", "Non réservé")
    who = QCoreApplication.translate("Sourcing", RESERVED_ARTICLES[article][0])
    return QCoreApplication.translate("ReservedMarket", "Réservé %1 (%2)").replace(
        "%1", article).replace("%2", who)


def fill_reserved_choices(combo: QComboBox, chosen: str | None = None) -> None:
    """Offer « Non réservé » then each article of the Code de la commande publique.

    ``chosen`` is shown first; an article the table no longer knows falls back to « Non
    réservé ».
    """
    for article in (None, *RESERVED_ARTICLES):
        combo.addItem(reserved_label(article), article)
    combo.setCurrentIndex(max(0, combo.findData(chosen)))
