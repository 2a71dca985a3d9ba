"""Dialog: start following a counterparty (a new relationship), with its owner."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QWidget

from srm_inclusif.storage.services.counterparties import CounterpartyRow
from srm_inclusif.storage.services.people import PersonRow


@dataclass(frozen=True)
class RelationshipRequest:
    """The counterparty to follow and who follows it."""

    counterparty_id: int
    person_id: int | None


class RelationshipDialog(QDialog):
    """Pick a counterparty (type to search) and an owner."""

    def __init__(self, counterparties: list[CounterpartyRow], people: list[PersonRow],
                 title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("relationshipDialog")
        self.setWindowTitle(title)
        self.counterparty = QComboBox()
        self.counterparty.setObjectName("relationshipCounterparty")
        self.counterparty.setEditable(True)
        self.counterparty.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for row in counterparties:
            place = f" — {row.city}" if row.city else ""
            self.counterparty.addItem(f"{row.name} ({row.kind}){place}", row.id)
        self.owner = QComboBox()
        self.owner.setObjectName("relationshipOwner")
        self.owner.addItem(self.tr("Personne"), None)
        for person in people:
            self.owner.addItem(person.name, person.id)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Structure"), self.counterparty)
        form.addRow(self.tr("Suivie par"), self.owner)
        form.addRow(buttons)
        self.setMinimumWidth(460)

    def select_counterparty(self, counterparty_id: int) -> None:
        """Preselect a counterparty."""
        self.counterparty.setCurrentIndex(self.counterparty.findData(counterparty_id))

    def request(self) -> RelationshipRequest | None:
        """The choice, None when no counterparty is selected."""
        counterparty_id = self.counterparty.currentData()
        if counterparty_id is None:
            return None
        return RelationshipRequest(counterparty_id, self.owner.currentData())
