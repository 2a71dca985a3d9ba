"""Dialog: start following a counterparty (a new relationship), with its owner."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QWidget,
)

from srm_inclusif.core.kinds import kind_code_label
from srm_inclusif.core.vocabulary import Profile, profile_in_use
from srm_inclusif.storage.services.counterparties import CounterpartyRow
from srm_inclusif.storage.services.followings import open_followings
from srm_inclusif.storage.services.people import PersonRow, sole_active
from srm_inclusif.storage.services.relationships import RelationshipRow
from srm_inclusif.ui.form_dialog import FormDialog
from srm_inclusif.ui.lifecycle.already_followed import go_on_despite_followed
from srm_inclusif.ui.mnemonics import give_letters, labels_leading_to, letters_taken_by


@dataclass(frozen=True)
class RelationshipRequest:
    """The counterparty to follow and who follows it."""

    counterparty_id: int
    person_id: int | None


class RelationshipDialog(FormDialog):
    """Pick a counterparty (type to search) and an owner (its « Responsable »).

    ``relationships`` are those already followed: choosing a counterparty that has one still
    open asks before a second one is created (No by default). In a structure inclusive's
    workspace (``profile``, by default the one whose words are in use) the counterparty is a
    « Client », listed without a kind: her Clients and Relations pages show none.
    """

    def __init__(self, counterparties: list[CounterpartyRow], people: list[PersonRow],
                 title: str, parent: QWidget | None = None, *,
                 relationships: Sequence[RelationshipRow] = (),
                 profile: Profile | None = None) -> None:
        super().__init__(parent)
        self.seller = (profile or profile_in_use()).is_seller
        self._followed = open_followings(relationships)
        self.setObjectName("relationshipDialog")
        self.setWindowTitle(title)
        self.counterparty = QComboBox()
        self.counterparty.setObjectName("relationshipCounterparty")
        self.counterparty.setEditable(True)
        self.counterparty.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for row in counterparties:
            self.counterparty.addItem(self._choice_text(row), row.id)
        # No structure chosen for the user: OK waits for one (it followed the first of the list).
        self.counterparty.setCurrentIndex(-1)
        # typing any part of the name (« chantebrise ») offers the structures that have it
        self.counterparty.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.counterparty.completer().setCompletionMode(
            QCompleter.CompletionMode.PopupCompletion)
        self.counterparty.lineEdit().setPlaceholderText(
            self.tr("Tapez le nom d'un client, puis choisissez-le") if self.seller
            else self.tr("Tapez le nom d'une structure, puis choisissez-la"))
        self.owner = QComboBox()
        self.owner.setObjectName("relationshipOwner")
        self.owner.addItem(self.tr("Sans responsable"), None)
        for person in people:
            self.owner.addItem(person.name, person.id)
        # the only person of the workspace follows it, as on other forms
        self.owner.setCurrentIndex(max(0, self.owner.findData(sole_active(people))))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setEnabled(False)
        self.counterparty.currentIndexChanged.connect(
            lambda index: self.ok_button.setEnabled(index >= 0))
        form = QFormLayout(self)
        if not counterparties:
            form.addRow(self._no_structure_hint())
        form.addRow(self.tr("Client") if self.seller else self.tr("Structure"),
                    self.counterparty)
        form.addRow(self.tr("Responsable"), self.owner)
        form.addRow(buttons)
        give_letters(labels_leading_to((self.counterparty, self.owner)),
                     letters_taken_by(buttons.buttons()))
        self.setMinimumWidth(460)

    def _choice_text(self, row: CounterpartyRow) -> str:
        """« Name (kind) — city » as the list offers it; a seller's client without a kind.

        The kind as the supplier list shows it (« Classique », never « CLASSIC »); a seller's
        client is a company whatever kind it has stored.
        """
        place = f" — {row.city}" if row.city else ""
        if self.seller:
            return f"{row.name}{place}"
        return f"{row.name} ({kind_code_label(row.kind)}){place}"

    def _no_structure_hint(self) -> QLabel:
        """Why the list is empty and OK stays greyed: where to create a structure first."""
        hint = QLabel(self.tr(
            "Aucun client dans l'espace : créez une fiche (Clients › Nouvelle fiche) ou "
            "importez un annuaire.") if self.seller else self.tr(
            "Aucune structure dans l'espace : créez une fiche (Fournisseurs › Nouvelle fiche) "
            "ou importez un annuaire."))
        hint.setObjectName("relationshipNoStructure")
        hint.setWordWrap(True)
        return hint

    def select_counterparty(self, counterparty_id: int) -> None:
        """Preselect a counterparty."""
        self.counterparty.setCurrentIndex(self.counterparty.findData(counterparty_id))

    def accept(self) -> None:
        """Close, unless the user declines a second relationship with the same counterparty."""
        request = self.request()
        if request is None or self._second_declined(request.counterparty_id):
            return
        super().accept()

    def _second_declined(self, counterparty_id: int) -> bool:
        """Whether the counterparty already has an open relationship and the user said No."""
        following = self._followed.get(counterparty_id)
        return not go_on_despite_followed(  # naming who follows it when not the owner chosen
            self, self.windowTitle(), [following] if following else [],
            self.owner.currentData(), seller=self.seller)

    def request(self) -> RelationshipRequest | None:
        """The choice, None when no counterparty is selected."""
        counterparty_id = self.counterparty.currentData()
        if counterparty_id is None:
            return None
        return RelationshipRequest(counterparty_id, self.owner.currentData())
