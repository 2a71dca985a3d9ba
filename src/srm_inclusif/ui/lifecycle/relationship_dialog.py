"""Dialog: start following a counterparty (a new relationship), with its owner."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QWidget,
)

from srm_inclusif.core.clock import system_today
from srm_inclusif.core.errors import ValidationError
from srm_inclusif.core.kinds import kind_code_label
from srm_inclusif.core.lifecycle_dates import check_relationship_day
from srm_inclusif.core.vocabulary import Profile, profile_in_use
from srm_inclusif.storage.services.counterparties import CounterpartyRow
from srm_inclusif.storage.services.followings import open_followings
from srm_inclusif.storage.services.people import PersonRow, sole_active
from srm_inclusif.storage.services.relationships import RelationshipRow
from srm_inclusif.ui.day_edit import DayEdit
from srm_inclusif.ui.errors import error_text
from srm_inclusif.ui.form_dialog import FormDialog
from srm_inclusif.ui.lifecycle.already_followed import go_on_despite_followed
from srm_inclusif.ui.mnemonics import give_letters, labels_leading_to, letters_taken_by


@dataclass(frozen=True)
class RelationshipRequest:
    """The counterparty to follow, who follows it and since when (its « Sourcing » day)."""

    counterparty_id: int
    person_id: int | None
    on: date


class RelationshipDialog(FormDialog):
    """Pick a counterparty (type to search) and an owner (its « Responsable »).

    ``relationships`` are those already followed: choosing a counterparty that has one still
    open asks before a second one is created (No by default). In a structure inclusive's
    workspace (``profile``, by default the one whose words are in use) the counterparty is a
    « Client », listed without a kind: her Clients and Relations pages show none.

    « Depuis le » dates its « Sourcing » stage: ``today`` (the workspace's day, the system's
    when not given) by default, earlier for a relationship begun before it was recorded, never
    later: a later date is refused on OK, as a feedback's is (no limit on the field itself, which
    would put today back in place of a date typed, without a word).
    """

    def __init__(self, counterparties: list[CounterpartyRow], people: list[PersonRow],
                 title: str, parent: QWidget | None = None, *,
                 relationships: Sequence[RelationshipRow] = (),
                 profile: Profile | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self._today = today or system_today()
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
        self.since = DayEdit(self._today)
        self.since.setObjectName("relationshipSince")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.counterparty.currentIndexChanged.connect(self._chosen)
        self._chosen(-1)
        form = QFormLayout(self)
        if not counterparties:
            form.addRow(self._no_structure_hint())
        form.addRow(self.tr("Client") if self.seller else self.tr("Structure"),
                    self.counterparty)
        form.addRow(self.tr("Responsable"), self.owner)
        form.addRow(self.tr("Depuis le"), self.since)
        form.addRow(buttons)
        give_letters(labels_leading_to((self.counterparty, self.owner, self.since)),
                     letters_taken_by(buttons.buttons()))
        self.setMinimumWidth(460)

    def _chosen(self, index: int) -> None:
        """OK waits for a structure (a client) chosen in the list, its tooltip saying so."""
        self.ok_button.setEnabled(index >= 0)
        why = (self.tr("Choisissez un client dans la liste.") if self.seller
               else self.tr("Choisissez une structure dans la liste."))
        self.ok_button.setToolTip("" if index >= 0 else why)

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
        """Close, unless the date is refused or the user declines a second relationship.

        A second relationship is one with a counterparty already followed.
        """
        try:
            self._check_since()
        except ValidationError as error:
            QMessageBox.warning(self, self.windowTitle(), error_text(error))
            self.since.setFocus()
            return
        request = self.request()
        if request is None or self._second_declined(request.counterparty_id):
            return
        super().accept()

    def _check_since(self) -> None:
        """Refuse a « Depuis le » text that is no date, or a date after today."""
        check_relationship_day(self.since.checked_day(), self._today)

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
        return RelationshipRequest(counterparty_id, self.owner.currentData(), self.since.day())
