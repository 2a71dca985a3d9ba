"""« Achats de <structure> »: the purchases of one counterparty, typed by hand or imported.

Ajouter…, Modifier… (Entrée, double-click) and Supprimer (Suppr) each make one undo step of the
window's stack; Ctrl+Z undoes them from the dialog too. The totals per year and basis sit above
the lines, newest first.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from srm_inclusif.core.money import format_eur
from srm_inclusif.core.numbers import day_text
from srm_inclusif.core.vocabulary import Profile
from srm_inclusif.exchange.formats import format_short_label
from srm_inclusif.storage.changes import Changes
from srm_inclusif.storage.services.opening_basis import opening_basis_on
from srm_inclusif.storage.services.people import only_active_person, people_with
from srm_inclusif.storage.services.spend_entry import (
    ContractPeriod,
    SpendEntry,
    SpendValues,
    add_spend_line,
    contract_choices,
    delete_spend_line,
    list_spend_lines,
    period_missed,
    relationship_owner,
    restore_spend_line,
    spend_line_row,
    update_spend_line,
    yearly_totals,
)
from srm_inclusif.ui.commands import run_step
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.counterparty_card.follow_up import year_totals_texts
from srm_inclusif.ui.empty_state import empty_state_label
from srm_inclusif.ui.mnemonics import give_letters, letters_taken_by
from srm_inclusif.ui.prompts import asked
from srm_inclusif.ui.sizing import resize_to_fit
from srm_inclusif.ui.spend_form import SpendLineDialog
from srm_inclusif.ui.undo import undo_here

COL_DATE, COL_AMOUNT, COL_BASIS, COL_INVOICE, COL_CONTRACT, COL_BUYER, COL_SOURCE = range(7)


@dataclass(frozen=True)
class SpendWords:
    """The window's words on the workspace's side: a buyer's purchases, a seller's sales."""

    line: str  # « Achat »: the form's title
    lines: str  # « Achats »: the table's name
    person: str  # « Acheteur »: who of the organisation bought (or sold)
    empty: str  # what the window says while it has no line
    delete_tip: str
    add_step: str  # the undo steps' names
    edit_step: str
    delete_step: str
    delete_question: str  # with {day}, {amount} and {basis}
    outside_question: str  # with {day}, {title} and {period}


class SpendDialog(QDialog):
    """The purchases of one counterparty: totals per year and basis, then the lines."""

    def __init__(self, ctx: WorkspaceContext, counterparty_id: int, name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.counterparty_id = counterparty_id
        self.lines: list[SpendEntry] = []
        self.setObjectName("spendDialog")
        buyer = ctx.settings.profile is Profile.ACHETEUR
        self.words = self._buyer_words() if buyer else self._seller_words()
        self.person_label = self.words.person
        self.setWindowTitle(self.tr("Achats de {name}").format(name=name) if buyer
                            else self.tr("Ventes à {name}").format(name=name))
        resize_to_fit(self, 900, 560)
        self.totals = QLabel()
        self.totals.setObjectName("spendTotals")
        self.totals.setWordWrap(True)
        self.table = self._build_table()
        self.empty_label = empty_state_label(self.words.empty, "spendEmpty")
        self.add_button = self._button(self.tr("Ajouter…"), "addSpend", self._on_add)
        self.edit_button = self._button(self.tr("Modifier…"), "editSpend", self._on_edit)
        self.delete_button = self._button(self.tr("Supprimer"), "deleteSpend", self._on_delete)
        self.delete_button.setToolTip(self.words.delete_tip)
        self.close_buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Fermer"))
        self.close_buttons.rejected.connect(self.reject)
        self._build_layout()
        self._connect_signals()
        self.reload()

    def _buyer_words(self) -> SpendWords:
        return SpendWords(
            self.tr("Achat"), self.tr("Achats"), self.tr("Acheteur"), self.tr(
                "Aucun achat enregistré pour cette structure. « Ajouter… » saisit un achat : sa "
                "date, son montant HT et sa base (commandé, facturé ou payé) ; il compte aussitôt "
                "dans le tableau de bord."),
            self.tr("Supprimer l'achat choisi (Suppr)"), self.tr("Ajouter un achat"),
            self.tr("Modifier l'achat"), self.tr("Supprimer l'achat"),
            self.tr("Supprimer l'achat du {day} de {amount} ({basis}) ? Ctrl+Z le remet."),
            self.tr("L'achat du {day} tombe hors de la période du contrat « {title} » "
                    "({period}). L'enregistrer quand même ?"))

    def _seller_words(self) -> SpendWords:
        return SpendWords(
            self.tr("Vente"), self.tr("Ventes"), self.tr("Commercial"), self.tr(
                "Aucune vente enregistrée pour ce client. « Ajouter… » saisit une vente : sa "
                "date, son montant HT et sa base (commandé, facturé ou payé) ; elle compte "
                "aussitôt dans le tableau de bord."),
            self.tr("Supprimer la vente choisie (Suppr)"), self.tr("Ajouter une vente"),
            self.tr("Modifier la vente"), self.tr("Supprimer la vente"),
            self.tr("Supprimer la vente du {day} de {amount} ({basis}) ? Ctrl+Z la remet."),
            self.tr("La vente du {day} tombe hors de la période du contrat « {title} » "
                    "({period}). L'enregistrer quand même ?"))

    def _build_table(self) -> QTableWidget:
        table = QTableWidget(0, 7)
        table.setObjectName("spendTable")
        table.setAccessibleName(self.words.lines)
        table.setHorizontalHeaderLabels([
            self.tr("Date"), self.tr("Montant HT"), self.tr("Base"), self.tr("N° de facture"),
            self.tr("Contrat"), self.person_label, self.tr("Source")])
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_CONTRACT, QHeaderView.ResizeMode.Stretch)
        return table

    def _button(self, text: str, name: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def _build_layout(self) -> None:
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.totals)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label, 1)
        layout.addLayout(buttons)
        give_letters([self.add_button, self.edit_button, self.delete_button],
                     letters_taken_by(self.close_buttons.buttons()))
        # Entrée edits the chosen line (a disabled default button is passed over).
        self.edit_button.setDefault(True)

    def _connect_signals(self) -> None:
        self.table.doubleClicked.connect(self._on_edit)
        self.table.itemSelectionChanged.connect(self._show_state)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self._on_delete,
                  context=Qt.ShortcutContext.WidgetShortcut)
        undo_here(self, self.ctx.undo_stack)
        self.ctx.data_changed.connect(self._on_data_changed)

    # -- what is shown --------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the lines again, keeping the chosen one chosen, else choosing the newest.

        A line is always chosen when there is one: Entrée and Suppr act on it at once.
        """
        chosen = self.selected()
        self.lines = list_spend_lines(self.ctx.engine, counterparty_id=self.counterparty_id)
        self.table.setRowCount(len(self.lines))
        for row, line in enumerate(self.lines):
            for column, text in enumerate(self._cells(line)):
                item = QTableWidgetItem(text)
                if column == COL_AMOUNT:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
            if chosen is not None and line.id == chosen.id:
                self.table.selectRow(row)
        if self.lines and self.selected() is None:
            self.table.selectRow(0)  # newest first
        self.totals.setText(self._totals_text())
        self._show_state()

    def _cells(self, line: SpendEntry) -> tuple[str, ...]:
        source = self.tr("Saisie manuelle") if line.by_hand else format_short_label(line.source)
        return (day_text(line.spend_date), format_eur(line.amount_cents, decimals=True),
                line.basis.label, line.invoice_number, line.contract_title, line.buyer_name,
                source)

    def _totals_text(self) -> str:
        """Under its title, one line a year as the card says it: « 2026 : facturé 8 785,50 € »."""
        return "\n".join([self.tr("Total par année (HT) :"),
                          *year_totals_texts(yearly_totals(self.lines))])

    def _show_state(self) -> None:
        empty = not self.lines
        self.empty_label.setVisible(empty)
        self.table.setVisible(not empty)
        self.totals.setVisible(not empty)
        chosen = self.selected() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def _on_data_changed(self, changes: Changes) -> None:
        if changes.touches("spend", "contracts"):
            self.reload()

    def selected(self) -> SpendEntry | None:
        """The line on the chosen row (None when no row is chosen)."""
        rows = self.table.selectionModel().selectedRows()
        row = rows[0].row() if rows else -1
        return self.lines[row] if 0 <= row < len(self.lines) else None

    # -- actions --------------------------------------------------------------------------------
    def _form(self, values: SpendValues, save: Callable[[SpendValues], bool],
              people: list[tuple[int, str]]) -> SpendLineDialog:
        contracts = contract_choices(self.ctx.engine, counterparty_id=self.counterparty_id)
        dialog = SpendLineDialog(values, contracts, people, save, self,
                                 title=self.words.line, person_label=self.person_label)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        return dialog

    def _people(self, person_id: int | None = None) -> list[tuple[int, str]]:
        """The active people, and the line's ``person_id`` even if deactivated (kept on saving)."""
        return [(person.id, person.name) for person in people_with(self.ctx.engine, person_id)]

    def _on_add(self) -> None:
        """A purchase of today, on the dashboard's basis, by who follows the supplier, if so.

        The buyer proposed: the owner of the supplier's relationship (« Responsable »), else the
        workspace's only person (the owner of a small firm, whose objective sheet counts her
        purchases). The basis: the one the dashboard opens on for that buyer (for everyone
        without one), so that the purchase counts at once in her figures and her objective.
        """
        people = self._people()
        buyer = self._proposed_buyer(people)
        today = self.ctx.today()
        basis = opening_basis_on(self.ctx.engine, day=today, person_id=buyer)
        self._form(SpendValues(today, 0, basis, person_id=buyer), self.add, people).open()

    def _proposed_buyer(self, people: list[tuple[int, str]]) -> int | None:
        owner = relationship_owner(self.ctx.engine, counterparty_id=self.counterparty_id)
        if any(person_id == owner for person_id, _name in people):
            return owner
        return only_active_person(self.ctx.engine)

    def add(self, values: SpendValues) -> bool:
        """Record a purchase as one undo step (a redo puts back the same line)."""
        if not self._period_accepted(values):
            return False
        engine, cid, state = self.ctx.engine, self.counterparty_id, {}

        def do() -> Changes:
            if "row" in state:
                return restore_spend_line(engine, row=state["row"])
            created = add_spend_line(engine, counterparty_id=cid, values=values,
                                     today=self.ctx.today())
            state["id"] = created.id
            return created.changes

        def undo() -> Changes:
            state["row"] = spend_line_row(engine, line_id=state["id"])
            return delete_spend_line(engine, line_id=state["id"])

        added = run_step(self.ctx, self, self.words.add_step, do, undo)
        if added:
            self._choose(state["id"])
        return added

    def _on_edit(self, *_args: object) -> None:
        line = self.selected()
        if line is not None:
            self._form(line.values, lambda values: self.edit(line.id, values),
                       self._people(line.values.person_id)).open()

    def edit(self, line_id: int, values: SpendValues) -> bool:
        """Change a purchase as one undo step."""
        engine, today = self.ctx.engine, self.ctx.today()
        before = spend_line_row(engine, line_id=line_id)
        if not self._period_accepted(values, (before["spend_date"], before["contract_id"])):
            return False
        return run_step(
            self.ctx, self, self.words.edit_step,
            lambda: update_spend_line(engine, line_id=line_id, values=values, today=today),
            lambda: restore_spend_line(engine, row=before))

    def _period_accepted(self, values: SpendValues,
                         before: tuple[date, int | None] | None = None) -> bool:
        """Whether a purchase dated outside its contract's period is saved (asked, Non first).

        Asked rather than refused: an invoice paid after the contract's end, an order placed
        before its start are true purchases of it. An edit keeping date and contract is not
        asked again.
        """
        if before == (values.spend_date, values.contract_id):
            return True
        period = period_missed(self.ctx.engine, contract_id=values.contract_id,
                               day=values.spend_date)
        return period is None or asked(self, self.words.line, self.words.outside_question.format(
            day=day_text(values.spend_date), title=period.title,
            period=self._period_text(period)), default_yes=False)

    def _period_text(self, period: ContractPeriod) -> str:
        """« 01/03/2028 – 28/02/2029 », or the one side the contract has."""
        if period.start and period.end:
            return f"{day_text(period.start)} – {day_text(period.end)}"
        if period.start:
            return self.tr("à partir du {start}").format(start=day_text(period.start))
        return self.tr("jusqu'au {end}").format(end=day_text(period.end or date.min))

    def _on_delete(self) -> None:
        line = self.selected()
        if line is not None and asked(self, self.words.delete_step,
                                      self._deletion_question(line), default_yes=False):
            self.delete(line.id)

    def _deletion_question(self, line: SpendEntry) -> str:
        question = self.words.delete_question.format(
            day=day_text(line.spend_date), amount=format_eur(line.amount_cents, decimals=True),
            basis=line.basis.label)
        if line.by_hand:
            return question
        return question + "\n\n" + self.tr(
            "Il vient d'un import ({source}) : importer à nouveau ce fichier le "
            "remettrait.").format(source=format_short_label(line.source))

    def delete(self, line_id: int) -> bool:
        """Remove a purchase as one undo step."""
        engine = self.ctx.engine
        before = spend_line_row(engine, line_id=line_id)
        return run_step(self.ctx, self, self.words.delete_step,
                        lambda: delete_spend_line(engine, line_id=line_id),
                        lambda: restore_spend_line(engine, row=before))

    def _choose(self, line_id: int) -> None:
        for row, line in enumerate(self.lines):
            if line.id == line_id:
                self.table.selectRow(row)
