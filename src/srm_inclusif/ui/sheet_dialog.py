"""Dialog to create an objective sheet: owner (person or team), year, target variable pay."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QSpinBox,
    QWidget,
)

from srm_inclusif.core.money import to_cents
from srm_inclusif.storage.services.objectives import SheetOwner
from srm_inclusif.ui.lifecycle.fields import EuroSpinBox


class SheetDialog(QDialog):
    """Choose who the new sheet is for, its year and the target variable amount."""

    def __init__(self, owners: list[SheetOwner], year: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sheetDialog")
        self.setWindowTitle(self.tr("Nouvelle fiche d'objectifs"))
        self.owners = owners
        self.owner_combo = QComboBox()
        self.owner_combo.setObjectName("ownerCombo")
        for owner in owners:
            self.owner_combo.addItem(owner.name)
        self.year_spin = QSpinBox()
        self.year_spin.setRange(2000, 2100)
        self.year_spin.setValue(year)
        self.variable_spin = EuroSpinBox()
        self.variable_spin.setObjectName("variableSpin")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Titulaire :"), self.owner_combo)
        form.addRow(self.tr("&Année :"), self.year_spin)
        form.addRow(self.tr("Part &variable cible :"), self.variable_spin)
        form.addRow(buttons)

    def owner(self) -> SheetOwner:
        """The chosen owner."""
        return self.owners[self.owner_combo.currentIndex()]

    def year(self) -> int:
        """The chosen year."""
        return self.year_spin.value()

    def target_variable_cents(self) -> int:
        """The target variable pay in cents."""
        return to_cents(Decimal(str(round(self.variable_spin.value(), 2))))
