"""The need (besoin) form and its ranked shortlist: start sourcing, save the list, export it."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from srm_inclusif.core.errors import SrmError, ValidationError
from srm_inclusif.core.file_names import slug
from srm_inclusif.core.geo import departments
from srm_inclusif.core.sourcing import RankedCandidate
from srm_inclusif.storage.changes import Changes
from srm_inclusif.storage.services.counterparties import reference_facet_options
from srm_inclusif.storage.services.followings import followings_of
from srm_inclusif.storage.services.needs import check_estimated_amount, create_need
from srm_inclusif.storage.services.sourcing import (
    delete_relationship,
    delete_shortlist,
    rank_for_profile,
    save_shortlist,
    start_sourcing,
)
from srm_inclusif.ui import file_dialogs
from srm_inclusif.ui.commands import run_step
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.counterparty_card.sector_picker import SectorPicker
from srm_inclusif.ui.errors import error_text
from srm_inclusif.ui.form_dialog import FormDialog, not_form_data
from srm_inclusif.ui.lifecycle.already_followed import structures_to_follow
from srm_inclusif.ui.lifecycle.fields import AmountEdit
from srm_inclusif.ui.reserved_market import fill_reserved_choices
from srm_inclusif.ui.sizing import resize_to_fit
from srm_inclusif.ui.sourcing.need_record import (
    export_need_shortlist,
    need_fields,
    save_need_changes,
)
from srm_inclusif.ui.sourcing.owner_choice import need_owner_combo
from srm_inclusif.ui.sourcing.shortlist_fit import ShortlistFit
from srm_inclusif.ui.sourcing.shortlist_table import (
    COL_REASONS,
    COL_STRUCTURE,
    fill_shortlist,
    shortlist_table,
)
from srm_inclusif.ui.text_area import TextArea


class NeedDialog(FormDialog):
    """Left: the need; right: the structures that can answer it, best first, with reasons."""

    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("needDialog")
        self.setWindowTitle(self.tr("Besoin et présélection"))
        resize_to_fit(self, 1250, 720)
        self.ranked: list[RankedCandidate] = []
        self.need_id: int | None = None
        self._kept = True  # nothing to lose on closing
        self._found_nothing = False  # ranked as typed, no structure answers it
        self._problem_shown = ""  # a refusal in the status line, until the need is changed
        self._said_before = ""
        self._build_form()
        self._build_results()
        self._clear_problem_on_change()
        splitter = QSplitter()
        splitter.addWidget(self.form_widget)
        splitter.addWidget(self.results_widget)
        splitter.setSizes([420, 830])
        splitter.setStretchFactor(1, 1)  # a smaller screen takes its room from the form first
        QVBoxLayout(self).addWidget(splitter)

    def _build_form(self) -> None:
        self.form_widget = QWidget()
        form = QFormLayout(self.form_widget)
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("needTitle")
        self.department_combo = QComboBox()
        self.department_combo.setObjectName("needDepartment")
        self.department_combo.addItem(self.tr("(tous)"), None)
        for code, dept in departments().items():
            self.department_combo.addItem(f"{code} – {dept.name}", code)
        self.amount_edit = AmountEdit()
        self.amount_edit.setObjectName("needAmount")
        self.reserved_combo = QComboBox()
        self.reserved_combo.setObjectName("needReserved")
        fill_reserved_choices(self.reserved_combo)
        self.owner_combo = need_owner_combo(self.ctx.engine)
        self.description_edit = TextArea()
        self.description_edit.setObjectName("needDescription")
        self.description_edit.setMaximumHeight(90)
        sectors = reference_facet_options(self.ctx.engine).sectors
        self._sector_names = {slug: name for slug, name, _, _ in sectors}
        self.sectors = SectorPicker(sectors)
        not_form_data(self.sectors.filter_edit)  # a filter typed is no need to keep
        self.rank_button = QPushButton(self.tr("Présélectionner (Ctrl+Entrée)"))
        self.rank_button.setObjectName("rankNeed")
        self.rank_button.setShortcut(QKeySequence("Ctrl+Return"))
        self.rank_button.clicked.connect(self.rank)
        # each field its own Alt letter (the form had none)
        for combo in (self.department_combo, self.reserved_combo, self.owner_combo):
            # sized to a part of their longest choice, not all of it: the form took half a
            # 1024 px screen and left the shortlist's « Raisons » a sliver
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(18)
        form.addRow(self.tr("&Intitulé *"), self.title_edit)
        form.addRow(self.tr("&Département"), self.department_combo)
        form.addRow(self.tr("&Montant estimé (€ HT)"), self.amount_edit)
        form.addRow(self.tr("Ma&rché"), self.reserved_combo)
        form.addRow(self.tr("Resp&onsable"), self.owner_combo)
        form.addRow(self.tr("Descri&ption"), self.description_edit)
        sectors_label = QLabel(self.tr("&Secteurs recherchés"))
        sectors_label.setBuddy(self.sectors.filter_edit)
        form.addRow(sectors_label)
        form.addRow(self.sectors)
        form.addRow(self.rank_button)

    def _build_results(self) -> None:
        self.results_widget = QWidget()
        self.summary = QLabel(self.tr("Décrivez le besoin puis lancez la présélection."))
        self.summary.setObjectName("shortlistSummary")
        # Wrapped, and never wider than its column: a long message (or an export path) made the
        # dialog wider than a 1280 px screen, its end and the « Raisons » column off-screen.
        self.summary.setWordWrap(True)
        self.summary.setMinimumWidth(200)
        self.table = shortlist_table()
        self.fit = ShortlistFit(self.table, structure=COL_STRUCTURE, reasons=COL_REASONS)
        self.fit.fit()
        self.start_button = self._button(
            self.tr("Démarrer le sour&cing avec la sélection"), "startSourcing", self.start_selected
        )
        self.save_button = self._button(
            self.tr("&Enregistrer la liste"), "saveShortlist", self.save_list
        )
        self.export_button = self._button(
            self.tr("E&xporter en XLSX…"), "exportShortlist", self.export
        )
        # a way out in sight, not only Échap or the window's cross (asks first, as they do)
        self.close_button = self._button(self.tr("&Fermer"), "closeNeed", self.reject)
        buttons = QHBoxLayout()
        for button in (self.start_button, self.save_button, self.export_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self.results_widget)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._enable_results(False)

    def _button(self, text: str, name: str, slot: Any) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _enable_results(self, enabled: bool) -> None:
        for button in (self.start_button, self.save_button, self.export_button):
            button.setEnabled(enabled)

    def rank(self) -> bool:
        """Rank the structures for the need as typed (a sector or a department is needed).

        False when refused, the status line saying why.
        """
        if self._amount_refused():
            return False
        if not self.sectors.selected() and self.department_combo.currentData() is None:
            self._ask_for_criteria()
            return False
        self.ranked = rank_for_profile(
            self.ctx.engine,
            sectors=self.sectors.selected(),
            department_code=self.department_combo.currentData(),
            reserved=self.reserved_combo.currentData(),
            today=self.ctx.today(),
        )
        fill_shortlist(self.table, self.ranked)
        self.fit.fit()
        self.summary.setText(
            self.tr(
                "%n structure(s) présélectionnée(s), la mieux placée en premier.",
                "",
                len(self.ranked),
            )
            if self.ranked
            else self.tr(
                "Aucune structure ne répond à ce besoin. Élargissez-le : un autre département, "
                "moins de secteurs ou un marché non réservé."
            )
        )
        self._enable_results(bool(self.ranked))
        self._kept = not self.ranked  # a new shortlist, neither saved nor started
        self._found_nothing = not self.ranked
        return True

    def _amount_refused(self) -> bool:
        """Whether the amount is unreadable or out of bounds: said at once, the cursor back in it.

        The service's own check, with its words: it refused a negative or huge amount only on
        « Démarrer le sourcing », after a whole shortlist.
        """
        try:
            check_estimated_amount(self.amount_edit.cents())
        except ValidationError as error:
            self._say_problem(error_text(error))
            self.amount_edit.setFocus()
            self.amount_edit.selectAll()
            return True
        return False

    def _say_problem(self, text: str) -> None:
        """Show why the need cannot be ranked; the status said before comes back once changed."""
        if not self._problem_shown:
            self._said_before = self.summary.text()
        self._problem_shown = text
        self.summary.setText(text)

    def _clear_problem_on_change(self) -> None:
        """Any change to the need takes back a refusal: a corrected amount kept its message."""
        for edit in (self.title_edit, self.amount_edit):
            edit.textChanged.connect(self._need_changed)
        self.description_edit.textChanged.connect(self._need_changed)
        for combo in (self.department_combo, self.reserved_combo, self.owner_combo):
            combo.currentIndexChanged.connect(self._need_changed)
        self.sectors.selection_changed.connect(self._need_changed)

    def _need_changed(self) -> None:
        self._found_nothing = False
        if self._problem_shown and self.summary.text() == self._problem_shown:
            self.summary.setText(self._said_before)
        self._problem_shown = ""

    def _ask_for_criteria(self) -> None:
        """Say what is missing before ranking, the empty title included, and go to it."""
        text = self.tr(
            "Choisissez au moins un secteur ou un département : sans eux, la présélection "
            "classerait tout l'annuaire, sans rapport avec le besoin.")
        if self.title_edit.text().strip():
            self.sectors.filter_edit.setFocus()
        else:
            text += " " + self.tr("Remplissez aussi « Intitulé * ».")
            self.title_edit.setFocus()
        self._say_problem(text)

    def _ensure_need(self) -> int | None:
        """The need's id: recorded on its first save, its later changes saved (one undo step)."""
        if self.need_id is not None:
            return self.need_id if save_need_changes(self) else None
        try:
            created = create_need(self.ctx.engine, **need_fields(self))
        except SrmError as error:
            QMessageBox.warning(self, self.tr("Besoin"), error_text(error))
            return None
        self.need_id = created.id
        return self.need_id

    def selected_sector_names(self) -> list[str]:
        """Names of the sectors ticked, as the reference list spells them."""
        return [self._sector_names.get(slug, slug) for slug in self.sectors.selected()]

    def selected_ids(self) -> list[int]:
        """Ids of the selected structures, in rank order."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.ranked[r].candidate.id for r in rows]

    def start_selected(self) -> None:
        """Open a relationship at stage sourcing with each selected structure (one undo step)."""
        ids = self.selected_ids()
        if ids:  # a colleague may follow some of them already
            ids = structures_to_follow(
                self, self.windowTitle(), ids,
                followings_of(self.ctx.engine, counterparty_ids=ids),
                self.owner_combo.currentData())
        need_id = self._ensure_need() if ids else None
        if need_id is None:
            return
        engine, today, created = self.ctx.engine, self.ctx.today(), []
        owner = self.owner_combo.currentData()

        def do() -> Changes:
            changes = Changes()
            for cid in ids:
                made = start_sourcing(engine, counterparty_id=cid, today=today, need_id=need_id,
                                      person_id=owner)
                created.append(made.id)
                changes = changes | made.changes
            return changes

        def undo() -> Changes:
            changes = Changes()
            while created:
                changes = changes | delete_relationship(engine, relationship_id=created.pop())
            return changes

        text = self.tr("Démarrer le sourcing (%n structure(s))", "", len(ids))
        if run_step(self.ctx, self, text, do, undo):
            self.summary.setText(
                self.tr("Relation ouverte à l'étape Sourcing avec %n structure(s).", "", len(ids))
            )
            self._kept = True

    def save_list(self) -> None:
        """Keep the shortlist under the need's title (one undo step)."""
        need_id = self._ensure_need()
        if need_id is None:
            return
        engine, ranked, name, state = self.ctx.engine, list(self.ranked), self.title_edit.text(), {}

        def do() -> Changes:
            made = save_shortlist(engine, name=name, need_id=need_id, ranked=ranked)
            state["id"] = made.id
            return made.changes

        if run_step(
            self.ctx,
            self,
            self.tr("Enregistrer la présélection"),
            do,
            lambda: delete_shortlist(engine, shortlist_id=state["id"]),
        ):
            self.summary.setText(self.tr("Liste « %1 » enregistrée.").replace("%1", name))
            self._kept = True

    def export(self) -> None:
        """Write the shortlist to an XLSX file chosen by the user (``need_record``)."""
        title = self.title_edit.text() or self.tr("Présélection")
        path, _ = file_dialogs.get_save_file_name(
            self,
            self.tr("Exporter la présélection"),
            f"{slug(title)}.xlsx",
            self.tr("Classeur (*.xlsx)"),
        )
        if path:
            export_need_shortlist(self, path, title)

    def has_unsaved_changes(self) -> bool:
        """A shortlist neither saved nor started, or a need typed and not yet recorded.

        A need recorded has its later changes saved on closing (« Modifier le besoin »).
        """
        return not self._kept or (self.need_id is None and super().has_unsaved_changes())

    def closing_question(self) -> str:
        """Asked on closing (Échap, the window's cross) with something not kept."""
        if not self._kept:
            return self.tr("Cette présélection n'est pas enregistrée dans les listes. "
                           "L'enregistrer avant de fermer ?")
        if self._found_nothing:
            return self.tr("Ce besoin n'est pas enregistré, et aucune structure n'y répond pour "
                           "l'instant. L'enregistrer dans les listes, sans structure, avant de "
                           "fermer ?")
        return self.tr("Ce besoin n'est pas enregistré : il l'est avec sa présélection. "
                       "Présélectionner et enregistrer la liste avant de fermer ?")

    def save_before_closing(self) -> None:
        """Save the list (ranked first when it is not yet) and close; else stay to correct.

        A need no structure answers is saved with an empty list, to fill later from the
        directory: it stayed open without a word, asking again on each Échap.
        """
        if self._kept and not self.rank():
            return  # the status line says what is missing
        self.save_list()
        if self._kept and not self.has_unsaved_changes():
            self.reject()

    def reject(self) -> None:
        """Close (Échap, the window's cross), first asking about a shortlist or need not kept.

        Kept means saved as a list or turned into relationships; otherwise it is saved or
        dropped on the user's word, never silently. An export is no keeping: the need and the
        list were lost on closing after one, without a word; so was a need typed, not ranked.
        """
        if self.isVisible() and self.has_unsaved_changes():
            super().reject()  # asks; closes on « Ne pas enregistrer » or once saved
            return
        if self.isVisible() and self.need_id is not None and not save_need_changes(self):
            return  # back to the dialog, to correct what the need refused
        super().reject()
