"""The line under the dashboard's selectors saying the year's spend is on another basis.

An import of invoices brings spend on « Facturé » while the year's objectives, hence the basis
the dashboard opens on, may be on « Payé »: the totals shown did not move and the import seemed
lost. The hint names the basis the spend is on, with its total, and switches to it in one click.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from srm_inclusif.core.money import format_eur
from srm_inclusif.core.vocabulary import SpendBasis

#: Another basis is named once it holds this many times the spend of the basis shown.
MUCH_MORE = 2


def richer_basis(totals: dict[str, int], shown: str) -> str | None:
    """The basis with much more spend than ``shown`` (the most of all), else None."""
    others = {basis: cents for basis, cents in totals.items() if basis != shown and cents > 0}
    if not others:
        return None
    best = max(others, key=lambda basis: others[basis])
    return best if others[best] >= MUCH_MORE * max(totals.get(shown, 0), 0) else None


class BasisHint(QWidget):
    """« Vos achats de 2026 sont surtout en base « Facturé » … » and a button to show that basis."""

    #: The basis the user asked to see.
    basis_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("basisHint")
        self.basis: str | None = None
        self.label = QLabel()
        self.label.setObjectName("basisHintText")
        self.label.setWordWrap(True)
        self.button = QPushButton()
        self.button.setObjectName("basisHintButton")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.button.clicked.connect(self._on_clicked)
        self.hide()

    def show_for(self, *, year: str, totals: dict[str, int], shown: str, sales: bool) -> None:
        """Name the basis of the ``year``'s spend when it is not ``shown``; hidden otherwise.

        ``year`` as the year selector names it (« 2026 », « 2026-2027 »).
        """
        self.basis = richer_basis(totals, shown)
        if self.basis is None:
            self.hide()
            return
        label = SpendBasis(self.basis).label
        text = (self.tr("Vos ventes de {year} sont surtout en base « {basis} » : {amount} HT, "
                        "contre {shown_amount} HT en base « {shown} ».") if sales else
                self.tr("Vos achats de {year} sont surtout en base « {basis} » : {amount} HT, "
                        "contre {shown_amount} HT en base « {shown} »."))
        self.label.setText(_unbroken(text.format(
            year=year, basis=label, amount=format_eur(totals[self.basis]),
            shown_amount=format_eur(totals.get(shown, 0)), shown=SpendBasis(shown).label)))
        self.button.setText(_unbroken(self.tr("Afficher la base « {basis} »").format(basis=label)))
        self.button.setAccessibleName(self.button.text())
        self.show()

    def _on_clicked(self) -> None:
        if self.basis is not None:
            self.basis_requested.emit(self.basis)


def _unbroken(text: str) -> str:
    """The text with « HT » kept to its amount (and its guillemets: ``french_spacing``)."""
    return text.replace(" HT", "\u00a0HT")
