"""The form of one purchase (or sale) line: date, amount HT, basis, contract, invoice, person."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from srm_inclusif.core.errors import SrmError
from srm_inclusif.core.vocabulary import SpendBasis
from srm_inclusif.storage.services.spend_entry import INVOICE_LENGTH, SpendValues, typed_amount
from srm_inclusif.ui.day_edit import DayEdit
from srm_inclusif.ui.errors import error_text
from srm_inclusif.ui.form_dialog import FormDialog
from srm_inclusif.ui.lifecycle.fields import AmountEdit
from srm_inclusif.ui.mnemonics import give_letters, letters_taken_by


class SpendLineDialog(FormDialog):
    """One purchase: date, amount HT, basis, contract, invoice number, buyer.

    OK hands the values to ``save``; the form stays open, what was typed kept, when the amount
    cannot be read or ``save`` refuses them (it said why).
    """

    def __init__(self, values: SpendValues, contracts: list[tuple[int, str]],
                 people: list[tuple[int, str]], save: Callable[[SpendValues], bool],
                 parent: QWidget | None = None, *, title: str = "",
                 person_label: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title or self.tr("Achat"))
        self.setObjectName("spendLineDialog")
        self._save = save
        self._person_label = person_label or self.tr("Acheteur")
        self.day = DayEdit(values.spend_date)
        self.amount = AmountEdit(values.amount_cents or None)
        self.basis = _combo([(b.value, b.label) for b in SpendBasis], values.basis.value)
        self.contract = _combo([(None, self.tr("— aucun —")), *contracts], values.contract_id)
        self.invoice = QLineEdit(values.invoice_number)
        self.invoice.setMaxLength(INVOICE_LENGTH)
        self.buyer = _combo([(None, self.tr("— aucun —")), *people], values.person_id)
        for name, widget in (("spendDate", self.day), ("spendAmount", self.amount),
                             ("spendBasis", self.basis), ("spendContract", self.contract),
                             ("spendInvoice", self.invoice), ("spendBuyer", self.buyer)):
            widget.setObjectName(name)
            widget.setMinimumWidth(widget.fontMetrics().horizontalAdvance("x" * 30))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._build_form()

    def _build_form(self) -> None:
        form = QFormLayout(self)
        labels = []
        for text, widget in ((self.tr("Date"), self.day), (self.tr("Montant HT (€)"), self.amount),
                             (self.tr("Base"), self.basis), (self.tr("Contrat"), self.contract),
                             (self.tr("N° de facture"), self.invoice),
                             (self._person_label, self.buyer)):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
            labels.append(label)
        form.addRow(self.buttons)
        give_letters(labels, letters_taken_by(self.buttons.buttons()))
        self.amount.setFocus()

    def values(self) -> SpendValues:
        """What is typed; a ``ValidationError`` naming the date or the amount refused."""
        return SpendValues(self.day.checked_day(), typed_amount(self.amount.text()),
                           SpendBasis(self.basis.currentData()), self.invoice.text().strip(),
                           self.contract.currentData(), self.buyer.currentData())

    def accept(self) -> None:
        """Save, and close only once saved; a refused field gets the focus back."""
        try:
            values = self.values()
        except SrmError as error:
            QMessageBox.warning(self, self.windowTitle(), error_text(error))
            (self.day if self.day.unreadable_text() else self.amount).setFocus()
            return
        if self._save(values):
            super().accept()


def _combo(choices: Iterable[tuple[Any, str]], current: Any) -> QComboBox:
    """A list of labelled values showing ``current``."""
    combo = QComboBox()
    for value, text in choices:
        combo.addItem(text, value)
    combo.setCurrentIndex(max(combo.findData(current), 0))
    return combo
