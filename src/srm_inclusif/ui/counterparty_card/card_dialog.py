"""The counterparty card: identity, sectors, labels, offers, contacts, notes, follow-up."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from srm_inclusif.core.errors import SrmError
from srm_inclusif.storage.services.counterparties import reference_facet_options
from srm_inclusif.storage.services.counterparty_card import CounterpartyCard, load_card
from srm_inclusif.storage.services.counterparty_edit import (
    ENTRY_FIELDS,
    counterparty_values,
    create_counterparty,
    delete_counterparty,
    update_counterparty,
)
from srm_inclusif.storage.services.field_meaning import same_meaning
from srm_inclusif.ui import read_only_banner, read_only_form
from srm_inclusif.ui.commands import run_step
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.counterparty_card.conflict_question import Choice, Conflict, ConflictQuestion
from srm_inclusif.ui.counterparty_card.contacts_panel import ContactsPanel
from srm_inclusif.ui.counterparty_card.follow_up import follow_up_widget, provenance_text
from srm_inclusif.ui.counterparty_card.identity_form import IdentityForm
from srm_inclusif.ui.counterparty_card.labels_editor import LabelsEditor
from srm_inclusif.ui.counterparty_card.offers_panel import OffersPanel
from srm_inclusif.ui.counterparty_card.sector_picker import SectorPicker
from srm_inclusif.ui.counterparty_card.web_link import WebLinkButton
from srm_inclusif.ui.errors import error_text
from srm_inclusif.ui.form_dialog import FormDialog
from srm_inclusif.ui.mnemonics import (
    give_letters,
    give_tab_letters,
    letters_taken_by,
    plain_text,
)
from srm_inclusif.ui.sizing import resize_to_fit
from srm_inclusif.ui.text_area import TextArea


class CardDialog(FormDialog):
    """Shows and edits one counterparty; Enregistrer makes one undo step of every change."""

    def __init__(self, ctx: WorkspaceContext, counterparty_id: int | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.counterparty_id = counterparty_id
        self.setObjectName("counterpartyCard")
        resize_to_fit(self, 860, 680)
        self.card: CounterpartyCard | None = None
        # the stored values when the card opened: a save tells what another window (or, on a
        # shared workspace, another person) changed meanwhile instead of overwriting it silently
        self._stored: dict[str, Any] = {}
        if counterparty_id is not None:
            self.card = load_card(ctx.engine, counterparty_id=counterparty_id)
            self._stored = counterparty_values(ctx.engine, counterparty_id=counterparty_id)[0]
        self.identity = IdentityForm(profile=ctx.settings.profile)
        sectors = reference_facet_options(ctx.engine).sectors
        self._sector_names = {slug: name for slug, name, *_ in sectors}
        self.sectors = SectorPicker(sectors)
        read_only = not read_only_banner.allowed(ctx)  # the empty lists point at no button
        self.labels = LabelsEditor(profile=ctx.settings.profile, read_only=read_only)
        self.offers = OffersPanel(read_only=read_only)
        self.notes = TextArea()
        self.notes.setObjectName("field_notes")
        self.tabs = QTabWidget()
        self.tabs.setObjectName("cardTabs")
        self._build_tabs()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Enregistrer"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Fermer"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)
        self._give_letters()
        self._show_values()
        if read_only:
            self._show_read_only()

    def _show_read_only(self) -> None:
        """A read-only workspace: the card is read (its web pages opened), nothing changed."""
        self.setWindowTitle(read_only_banner.read_only_title(self.windowTitle()))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).hide()
        read_only_form.freeze(self, read_only_banner.writing_refused_text(),
                              keep=[*self.buttons.buttons(), *self.findChildren(WebLinkButton)])

    def _build_tabs(self) -> None:
        scroll = self.identity_scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.identity)
        self.tabs.addTab(scroll, self.tr("Identité"))
        self.tabs.addTab(self.sectors, self.tr("Secteurs"))
        self.tabs.addTab(self.labels, self.tr("Labels"))
        self.tabs.addTab(self.offers, self.tr("Offres et références"))
        # what a structure offers and whom it worked for: a seller's client offers her nothing
        # (kept, not shown: saving keeps what is stored)
        self.tabs.setTabVisible(self.tabs.indexOf(self.offers), not self.identity.hidden)
        if self.counterparty_id is not None:
            self.contacts = ContactsPanel(self.ctx, self.counterparty_id)
            self.tabs.addTab(self.contacts, self.tr("Contacts"))
        else:
            self.tabs.addTab(self._contacts_later(), self.tr("Contacts"))
        notes = QWidget()
        notes_layout = QVBoxLayout(notes)
        self.notes_label = QLabel(self.tr("Notes"))
        self.notes_label.setBuddy(self.notes)
        notes_layout.addWidget(self.notes_label)
        notes_layout.addWidget(self.notes, 1)
        self.provenance = QLabel()
        self.provenance.setObjectName("provenance")
        self.provenance.setWordWrap(True)
        notes_layout.addWidget(self.provenance)
        self.tabs.addTab(notes, self.tr("Notes et provenance"))
        if self.card is not None:
            self.follow_up = follow_up_widget(self.card, self.ctx.settings.profile)
            self.tabs.addTab(self.follow_up, self.tr("Suivi"))

    def _give_letters(self) -> None:
        """Alt+letter shows a tab, or reaches a field of the tab shown (letters differ by tab)."""
        bar = self.tabs.tabBar()
        always = give_tab_letters(bar, letters_taken_by(self.buttons.buttons()))
        for index in range(bar.count()):
            if not bar.isTabVisible(index):  # no Alt letter to a tab not shown
                bar.setTabText(index, plain_text(bar.tabText(index)))
        self.identity.give_letters(always)
        self.sectors.give_letters(always)
        self.labels.give_letters(always)
        self.offers.give_letters(always)
        give_letters([self.notes_label], always)
        if self.counterparty_id is not None:
            self.contacts.give_letters(always)
        if self.card is not None:
            self.follow_up.give_letters(always)

    def _contacts_later(self) -> QWidget:
        """A new record's Contacts tab: they are added to a saved record."""
        box = QWidget()
        layout = QVBoxLayout(box)
        note = QLabel(self.tr("Enregistrez d'abord la fiche : ses contacts s'ajoutent ensuite "
                              "ici, en la rouvrant depuis la liste."))
        note.setObjectName("contactsLater")
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addStretch(1)
        return box

    def _show_values(self) -> None:
        if self.card is None:
            self.setWindowTitle(self.tr("Nouvelle fiche"))
            self.identity.set_values({"active": True}, [])
            self.identity.edits["name"].setFocus()  # a new record starts with its name
            return
        values = self.card.values
        self.setWindowTitle(values["name"])
        self.identity.set_values(values, self.card.edited_fields)
        self.sectors.set_selected(values["sectors"])
        self.labels.set_labels(values["labels"])
        self.offers.set_values(values)
        self.notes.setPlainText(values["notes"] or "")
        self.provenance.setText(provenance_text(self.card))

    def edited_values(self) -> dict[str, Any]:
        """Every value on the form (raises ValidationError on unreadable input)."""
        values = self.identity.values()
        values["sectors"] = self.sectors.selected()
        values["labels"] = self.labels.labels()
        values.update(self.offers.values())
        values["notes"] = self.notes.toPlainText()
        return values

    def changed_values(self) -> dict[str, Any]:
        """Only the values that differ from the record (all of them for a new one)."""
        values = self.edited_values()
        if self.card is None:
            return {k: v for k, v in values.items() if v not in (None, "", [], False)}
        before = self.card.values
        return {k: v for k, v in values.items() if not same_meaning(v, before.get(k))}

    def save(self) -> None:
        """Write the changes as one undo step and close; stay open on a refused value."""
        try:
            values = self.changed_values()
        except SrmError as error:
            QMessageBox.warning(self, self.tr("Fiche"), error_text(error))
            self._go_to_field(error)
            return
        if not values:
            self.accept()
            return
        ok = self._create(values) if self.card is None else self._update(values)
        if ok:
            self.accept()

    def _go_to_field(self, error: SrmError) -> None:
        """Back to the field a refused value came from, its text selected to retype it.

        Without this the cursor stayed where Enregistrer was pressed, and what was typed next
        went into the wrong field.
        """
        field = error.params.get("field")
        if field in ENTRY_FIELDS:
            self.tabs.setCurrentWidget(self.offers)
        elif field in ("sectors", "labels"):
            self.tabs.setCurrentWidget(getattr(self, field))
        elif isinstance(field, str) and self.identity.focus_field(field):
            self.tabs.setCurrentIndex(0)  # Identité
            self.identity_scroll.ensureWidgetVisible(self.focusWidget() or self.identity)

    def _run(self, text: str, do: Callable[[], Any], undo: Callable[[], Any]) -> bool:
        """Run a save as one undo step; on a refusal, go back to the field refused."""
        refused: list[SrmError] = []

        def checked() -> Any:
            try:
                return do()
            except SrmError as error:
                refused.append(error)
                raise

        ok = run_step(self.ctx, self, text, checked, undo)
        if refused:
            self._go_to_field(refused[0])
        return ok

    def closing_question(self) -> str:
        """Asked on closing (Fermer, Escape, the window's cross) with unsaved changes."""
        if self.card is None:
            return self.tr("Enregistrer la nouvelle fiche avant de fermer ?")
        # non-breaking: a guillemet or « ? » never alone at the start of a line
        return self.tr("Enregistrer les modifications de « {name} » avant de fermer ?"
                       ).format(name=self.card.values["name"])

    def form_values(self) -> Any:
        """The card's values (``edited_values``), compared with those it was shown with.

        Something typed that cannot be read is a change too: the refusal equals nothing else.
        """
        try:
            return self.edited_values()
        except SrmError as error:
            return error

    def has_unsaved_changes(self) -> bool:
        """The values differ from the record's (a new record: from its blank form, as shown).

        What a blank form says by itself (active, a classic kind) is no change typed.
        """
        if self.card is None:
            return super().has_unsaved_changes()
        try:
            return bool(self.changed_values())
        except SrmError:  # something typed that cannot be read is a change too
            return True

    def _create(self, values: dict[str, Any]) -> bool:
        engine, state = self.ctx.engine, {}

        def do() -> Any:
            created = create_counterparty(engine, values=values)
            state["id"] = created.id
            return created.changes

        ok = self._run(self.tr("Créer la fiche"), do,
                       lambda: delete_counterparty(engine, counterparty_id=state["id"]))
        self.counterparty_id = state.get("id")
        return ok

    def _update(self, values: dict[str, Any]) -> bool:
        engine, cid = self.ctx.engine, self.counterparty_id or 0
        before, edited = counterparty_values(engine, counterparty_id=cid, fields=list(values))
        settled = self._settled(values, before)
        if not settled:  # cancelled, or only values saved elsewhere kept: nothing to write
            return settled is not None
        before = {field: before[field] for field in settled}
        return self._run(
            self.tr("Modifier la fiche « %1 »").replace("%1", before.get(
                "name") or self.card.values["name"]),  # type: ignore[union-attr]
            lambda: update_counterparty(engine, counterparty_id=cid, values=settled),
            lambda: update_counterparty(engine, counterparty_id=cid, values=before,
                                        edited_fields=edited))

    def _settled(self, values: dict[str, Any], before: dict[str, Any]) -> dict[str, Any] | None:
        """The values to write, once the user chose for those saved elsewhere (None: cancel)."""
        elsewhere = [field for field in values if field in self._stored
                     and not same_meaning(before[field], self._stored[field])
                     and not same_meaning(before[field], values[field])]
        if not elsewhere:
            return values
        choice = ConflictQuestion(self, self.windowTitle(), [
            Conflict(field, before[field], values[field]) for field in elsewhere
        ], self._sector_names).choice()
        if choice is Choice.CANCEL:
            return None
        if choice is Choice.THEIRS:
            self._show_saved({field: before[field] for field in elsewhere})
            return {k: v for k, v in values.items() if k not in elsewhere}
        return values

    def _show_saved(self, saved: dict[str, Any]) -> None:
        """Put the values saved elsewhere into their fields, as if the card had opened on them.

        Kept by the user's choice, they are then no change of hers (should her save be refused).
        """
        self._stored.update(saved)
        self.card.values.update(saved)  # type: ignore[union-attr]
        edited = self.card.edited_fields  # type: ignore[union-attr]
        self.identity.set_values(self.identity.values() | saved, edited)
        if "sectors" in saved:
            self.sectors.set_selected(saved["sectors"])
        if "labels" in saved:
            self.labels.set_labels(saved["labels"])
        if set(saved) & set(ENTRY_FIELDS):
            self.offers.set_values(self.offers.values() | saved)
        if "notes" in saved:
            self.notes.setPlainText(saved["notes"] or "")

