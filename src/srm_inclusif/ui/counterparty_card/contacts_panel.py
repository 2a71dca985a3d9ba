"""Contacts of a counterparty on its card: add, edit, anonymise; each one undo step."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from srm_inclusif.core.errors import SrmError
from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP
from srm_inclusif.core.numbers import day_text, read_day
from srm_inclusif.core.phones import kept_phone, readable_phone
from srm_inclusif.core.vocabulary import Profile
from srm_inclusif.storage.services.contacts import (
    ContactRow,
    add_contact,
    anonymise_contact,
    contact_values,
    delete_contact,
    list_contacts,
    restore_contact,
    update_contact,
)
from srm_inclusif.ui import read_only_banner
from srm_inclusif.ui.commands import run_step
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.empty_state import empty_state_label
from srm_inclusif.ui.errors import error_text
from srm_inclusif.ui.form_dialog import FormDialog
from srm_inclusif.ui.mnemonics import give_letters, letters_taken_by

FIELDS = (
    ("first_name", QT_TRANSLATE_NOOP("ContactDialog", "Prénom")),
    ("last_name", QT_TRANSLATE_NOOP("ContactDialog", "Nom")),
    ("role", QT_TRANSLATE_NOOP("ContactDialog", "Fonction")),
    ("email", QT_TRANSLATE_NOOP("ContactDialog", "E-mail")),
    ("phone", QT_TRANSLATE_NOOP("ContactDialog", "Téléphone")),
    ("last_interaction", QT_TRANSLATE_NOOP("ContactDialog", "Dernier échange")),
)

#: The date shown as an example of how to type one, in the UI language's way.
_EXAMPLE_DAY = date(2026, 11, 22)


class ContactDialog(FormDialog):
    """A small form for one contact."""

    def __init__(self, values: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Contact"))
        self.setObjectName("contactDialog")
        self._stored_phone: str | None = values.get("phone")
        self.edits: dict[str, QLineEdit] = {}
        self.labels: list[QLabel] = []
        form = QFormLayout(self)
        for field, text in FIELDS:
            edit = QLineEdit(_show(field, values.get(field)))
            edit.setObjectName(f"contact_{field}")
            edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance("x" * 32))  # an e-mail
            label = QLabel(self.tr(text))
            label.setBuddy(edit)
            form.addRow(label, edit)
            self.labels.append(label)
            self.edits[field] = edit
        self.edits["last_interaction"].setPlaceholderText(
            self.tr("ex. {day}").format(day=day_text(_EXAMPLE_DAY)))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        give_letters(self.labels, letters_taken_by(buttons.buttons()))

    def values(self) -> dict[str, Any]:
        """Typed values; raises ValidationError on an unreadable date."""
        values: dict[str, Any] = {f: e.text().strip() or None for f, e in self.edits.items()}
        values["last_interaction"] = read_day(values["last_interaction"] or "")
        values["phone"] = kept_phone(values["phone"], self._stored_phone)
        return values


class ContactsPanel(QWidget):
    """The contacts table and its buttons."""

    def __init__(
        self, ctx: WorkspaceContext, counterparty_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.counterparty_id = counterparty_id
        self.rows: list[ContactRow] = []
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("contactsTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Nom"),
                self.tr("Fonction"),
                self.tr("E-mail"),
                self.tr("Téléphone"),
                self.tr("Dernier échange"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.empty_label = empty_state_label(self._empty_text(), "contactsEmpty")
        self.add_button = self._button(self.tr("Ajouter"), "addContact", self._on_add)
        self.edit_button = self._button(self.tr("Modifier"), "editContact", self._on_edit)
        self.anonymise_button = self._button(
            self.tr("Anonymiser"), "anonymiseContact", self._on_anonymise
        )
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.anonymise_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.empty_label, 1)  # in the table's place, its text at the top
        layout.addLayout(buttons)
        self.table.doubleClicked.connect(self._on_edit)
        self.table.itemSelectionChanged.connect(self._show_state)
        ctx.data_changed.connect(self._on_data_changed)
        self.reload()

    def _empty_text(self) -> str:
        """No contact yet: how one is noted (it cannot be in a read-only workspace)."""
        if not read_only_banner.allowed(self.ctx):
            return self.tr("Aucun contact enregistré.")
        if self.ctx.settings.profile is Profile.ACHETEUR:
            return self.tr(
                "Aucun contact enregistré. « Ajouter » note une personne de la structure : son "
                "nom, sa fonction, ses coordonnées et la date du dernier échange.")
        return self.tr(
            "Aucun contact enregistré. « Ajouter » note une personne chez ce client : son nom, "
            "sa fonction, ses coordonnées et la date du dernier échange.")

    def _button(self, text: str, name: str, slot: Any) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def give_letters(self, taken: Iterable[str] = ()) -> None:
        """Alt letters for the buttons, none of ``taken`` (the card's tabs)."""
        give_letters([self.add_button, self.edit_button, self.anonymise_button], taken)

    def reload(self) -> None:
        """Read the contacts again."""
        self.rows = list_contacts(self.ctx.engine, counterparty_id=self.counterparty_id)
        self.table.setRowCount(len(self.rows))
        for r, contact in enumerate(self.rows):
            cells = (
                contact.display_name,
                contact.role,
                contact.email,
                readable_phone(contact.phone),
                day_text(contact.last_interaction) if contact.last_interaction else "",
            )
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text or ""))
        self._show_state()

    def _show_state(self) -> None:
        """The table or a sentence saying it is empty; Modifier and Anonymiser wait for a contact.

        An anonymised contact can be neither edited nor anonymised again.
        """
        empty = not self.rows
        self.empty_label.setVisible(empty)
        self.table.setVisible(not empty)
        contact = self.selected()
        for button in (self.edit_button, self.anonymise_button):
            button.setEnabled(contact is not None and not contact.anonymised)

    def _on_data_changed(self, changes: Any) -> None:
        if changes.touches("contacts", "counterparties"):
            self.reload()

    def selected(self) -> ContactRow | None:
        """The contact on the chosen row (None when no row is chosen)."""
        rows = self.table.selectionModel().selectedRows()
        row = rows[0].row() if rows else -1
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _on_add(self) -> None:
        dialog = ContactDialog({}, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            values = dialog.values()
        except SrmError as error:
            QMessageBox.warning(self, self.tr("Contact"), error_text(error))
            return
        self.add(values)

    def add(self, values: dict[str, Any]) -> bool:
        """Add a contact as one undo step."""
        engine, cid, state = self.ctx.engine, self.counterparty_id, {}

        def do() -> Any:
            created = add_contact(engine, counterparty_id=cid, values=values)
            state["id"] = created.id
            return created.changes

        return run_step(
            self.ctx,
            self,
            self.tr("Ajouter un contact"),
            do,
            lambda: delete_contact(engine, contact_id=state["id"]),
        )

    def _on_edit(self, *_args: object) -> None:
        contact = self.selected()
        if contact is None or contact.anonymised:
            return
        if not read_only_banner.writable(self, self.ctx):  # a double click opens no form
            return
        before = contact_values(self.ctx.engine, contact_id=contact.id)
        dialog = ContactDialog(before, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            values = dialog.values()
        except SrmError as error:
            QMessageBox.warning(self, self.tr("Contact"), error_text(error))
            return
        engine, cid = self.ctx.engine, contact.id
        run_step(
            self.ctx,
            self,
            self.tr("Modifier le contact"),
            lambda: update_contact(engine, contact_id=cid, values=values),
            lambda: restore_contact(engine, contact_id=cid, values=before),
        )

    def _on_anonymise(self) -> None:
        contact = self.selected()
        if contact is None or contact.anonymised:
            return
        self.anonymise(contact.id)

    def anonymise(self, contact_id: int) -> bool:
        """Anonymise a contact as one undo step (the erased values stay only in memory)."""
        engine = self.ctx.engine
        before = contact_values(engine, contact_id=contact_id)
        return run_step(
            self.ctx,
            self,
            self.tr("Anonymiser le contact"),
            lambda: anonymise_contact(engine, contact_id=contact_id),
            lambda: restore_contact(engine, contact_id=contact_id, values=before),
        )


def _show(field: str, value: Any) -> str:
    if isinstance(value, date):
        return day_text(value)
    if field == "phone":
        return readable_phone(value)
    return "" if value is None else str(value)
