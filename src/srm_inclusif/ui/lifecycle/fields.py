"""Small input widgets shared by the dialogs: optional date, amount HT, euros, hours."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDoubleSpinBox, QLineEdit, QWidget

from srm_inclusif.core.errors import ValidationError
from srm_inclusif.core.money import from_cents, to_cents
from srm_inclusif.core.numbers import (
    as_percent,
    grouped,
    localised,
    number_style,
    read_typed,
)
from srm_inclusif.ui.day_edit import DayEdit

_NO_DATE = QDate(2000, 1, 1)


class OptionalDateEdit(DayEdit):
    """A date edit whose lowest value, shown « — », means no date."""

    def __init__(self, value: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self.setMinimumDate(_NO_DATE)
        self.setSpecialValueText("—")
        self.set_value(value)

    def set_value(self, value: date | None) -> None:
        """Show a date, or « — » for none."""
        self.setDate(_NO_DATE if value is None else QDate(value.year, value.month, value.day))

    def value(self) -> date | None:
        """The date chosen, or None."""
        chosen = self.date()
        if chosen == _NO_DATE:
            return None
        return date(chosen.year(), chosen.month(), chosen.day())


class AmountEdit(QLineEdit):
    """An amount in euros HT typed as the UI language writes it (``12,345.67``), in cents."""

    def __init__(self, cents: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("ex. {amount}").format(amount=localised("12,500.00")))
        self.set_cents(cents)
        self.editingFinished.connect(self._regroup)

    def set_cents(self, cents: int | None) -> None:
        """Show an amount grouped as the UI language writes it: ``450 000,00`` / ``450,000.00``."""
        self.setText("" if cents is None else grouped(from_cents(cents), 2))

    def _regroup(self) -> None:
        """Show an amount typed ungrouped (``450000``) grouped once typed; leave anything else."""
        amount = read_typed(self.text())
        if amount is not None:
            self.set_cents(to_cents(amount))

    def cents(self) -> int | None:
        """The amount typed, in cents; None when empty; a ``ValidationError`` when unreadable."""
        if not self.text().strip():
            return None
        amount = read_typed(self.text())
        if amount is None:
            raise ValidationError(self.tr("Montant illisible : {text}").format(text=self.text()))
        return to_cents(amount)


class EuroSpinBox(QDoubleSpinBox):
    """A sum in euros with cents (a target part variable), the euro sign where the UI writes it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(0, 10_000_000)
        self.setDecimals(2)
        self.setSingleStep(500)
        self.setGroupSeparatorShown(True)
        if number_style().euro_before:
            self.setPrefix("€")
        else:
            self.setSuffix("\u00a0€")


class HoursEdit(QDoubleSpinBox):
    """A number of hours; 0 shown « — » means not given."""

    def __init__(self, hours: float | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(0, 10_000_000)
        self.setDecimals(1)
        self.setSpecialValueText("—")
        self.setSuffix(" h")
        self.setValue(hours or 0)

    def hours(self) -> float | None:
        """Hours entered, None when left at « — »."""
        return self.value() or None


def decimal_text(value: Decimal | None) -> str:
    """A rate as a percentage in the UI language, « — » when unknown."""
    return "—" if value is None else as_percent(localised(f"{value * 100:.1f}"))
