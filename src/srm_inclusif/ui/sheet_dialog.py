"""Dialog to create an objective sheet: owner (person or team), year, target variable pay.

Owners who already have a sheet for the chosen year are shown as such and cannot be chosen
(the storage refuses a second sheet; the dialog does not lead the user into that refusal).
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QPushButton,
    QWidget,
)

from srm_inclusif.core.money import to_cents
from srm_inclusif.storage.services.objectives import SheetOwner
from srm_inclusif.ui.fiscal_year_spin import FiscalYearSpin
from srm_inclusif.ui.form_dialog import FormDialog
from srm_inclusif.ui.lifecycle.fields import EuroSpinBox


class SheetDialog(FormDialog):
    """Choose who the new sheet is for, its year and the target variable amount."""

    def __init__(self, owners: list[SheetOwner], year: int,
                 parent: QWidget | None = None, *, start_month: int = 1) -> None:
        super().__init__(parent)
        self.setObjectName("sheetDialog")
        self.setWindowTitle(self.tr("Nouvelle fiche objectifs"))
        self.owners = owners
        self._build(year, start_month)
        self._connect_signals()
        self._on_year_changed()

    def _build(self, year: int, start_month: int) -> None:
        self.owner_combo = QComboBox()
        self.owner_combo.setObjectName("ownerCombo")
        for owner in self.owners:
            self.owner_combo.addItem(owner.name)
        self.year_spin = FiscalYearSpin(start_month)  # « 2026-2027 » as the page names it
        self.year_spin.setObjectName("yearSpin")
        self.year_spin.setValue(year)
        self.variable_spin = EuroSpinBox()
        self.variable_spin.setObjectName("variableSpin")
        self.reason_label = QLabel()
        self.reason_label.setObjectName("reasonLabel")
        self.reason_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        form = QFormLayout(self)
        form.addRow(self.tr("&Titulaire :"), self.owner_combo)
        form.addRow(self.tr("&Année :"), self.year_spin)
        form.addRow(self.tr("Part &variable cible :"), self.variable_spin)
        form.addRow(self.reason_label)
        form.addRow(self.buttons)
        # the dialog fits the reason as it comes and goes, never clipping nor keeping its room
        form.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)

    def _connect_signals(self) -> None:
        self.year_spin.valueChanged.connect(self._on_year_changed)
        self.owner_combo.currentIndexChanged.connect(self._show_reason)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    @property
    def ok_button(self) -> QPushButton:
        """The OK button (disabled while the chosen owner already has a sheet that year)."""
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def owner(self) -> SheetOwner:
        """The chosen owner."""
        return self.owners[self.owner_combo.currentIndex()]

    def year(self) -> int:
        """The chosen year."""
        return self.year_spin.value()

    def target_variable_cents(self) -> int:
        """The target variable pay in cents."""
        return to_cents(Decimal(str(round(self.variable_spin.value(), 2))))

    def _on_year_changed(self) -> None:
        """Mark the owners who have a sheet that year; move off one of them if chosen."""
        year = self.year()
        model = self.owner_combo.model()
        assert isinstance(model, QStandardItemModel)  # what a QComboBox holds by default
        for row, owner in enumerate(self.owners):
            item = model.item(row)
            item.setText(self._owner_text(owner, year))
            item.setEnabled(not owner.has_sheet(year))
        free = self._first_free(year)
        if free is not None and self.owner().has_sheet(year):
            self.owner_combo.setCurrentIndex(free)
        self._show_reason()

    def _first_free(self, year: int) -> int | None:
        return next((row for row, owner in enumerate(self.owners) if not owner.has_sheet(year)),
                    None)

    def _owner_text(self, owner: SheetOwner, year: int) -> str:
        if not owner.has_sheet(year):
            return owner.name
        return self.tr("{name} — a déjà une fiche {year}").format(name=owner.name, year=year)

    def _show_reason(self) -> None:
        """Say why OK is disabled, if it is."""
        reason = self._reason()
        self.reason_label.setText(reason)
        self.reason_label.setVisible(bool(reason))
        self.ok_button.setEnabled(not reason)
        self.ok_button.setToolTip(reason)

    def _reason(self) -> str:
        year = self.year()
        if self._first_free(year) is None:
            return self.tr("Toutes les personnes et équipes ont déjà une fiche {year} : "
                           "choisissez une autre année.").format(year=year)
        if self.owner().has_sheet(year):
            return self.tr("{name} a déjà une fiche {year} : choisissez une autre personne "
                           "ou une autre année.").format(name=self.owner().name, year=year)
        return ""
