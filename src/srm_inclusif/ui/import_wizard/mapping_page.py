"""Wizard page: which app field each column fills, with a preview of the normalised values."""

from __future__ import annotations

import itertools
from contextlib import suppress
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from srm_inclusif.core.errors import ValidationError
from srm_inclusif.core.sectors import SectorIndex
from srm_inclusif.exchange.cell_values import cell_text
from srm_inclusif.exchange.columns import field_catalogue
from srm_inclusif.exchange.import_profiles import is_table
from srm_inclusif.exchange.preview import normalised_preview, preview_columns
from srm_inclusif.exchange.table_plan import FilePlan, apply_mapping, check_mapping
from srm_inclusif.storage.services.importing import sector_reference
from srm_inclusif.storage.services.imports import list_mapping_profiles, save_mapping_profile
from srm_inclusif.ui.import_wizard.field_labels import (
    field_label,
    key_label,
    preview_heading,
    spend_field_label,
)
from srm_inclusif.ui.import_wizard.field_moves import FieldMoves
from srm_inclusif.ui.import_wizard.preview_cells import (
    fill_preview,
    fit_remarks,
    raw_legend_text,
    show_first_rows,
)
from srm_inclusif.ui.import_wizard.spend_choices import SpendChoices
from srm_inclusif.ui.import_wizard.unit_names import LegalUnitNames
from srm_inclusif.ui.mnemonics import give_letters
from srm_inclusif.ui.prompts import ask_text
from srm_inclusif.ui.shortcuts_dialog import with_keys

if TYPE_CHECKING:
    from srm_inclusif.ui.import_wizard.wizard import ImportWizard

COL_HEADER, COL_FIELD, COL_SAMPLE = range(3)


class MappingPage(QWizardPage):
    """Fix the column mapping, apply or save a named profile, see the normalised rows."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Correspondance des colonnes"))
        self.setSubTitle(self.tr("Vérifiez quel champ chaque colonne remplit ; l'aperçu montre "
                                 "les valeurs telles qu'elles seront importées."))
        self.file_combo = QComboBox()
        self.file_combo.setObjectName("mappingFileCombo")
        self.profile_combo = QComboBox()
        self.profile_combo.setObjectName("profileCombo")
        self.apply_button = QPushButton(self.tr("Appliquer le profil"))
        self.save_button = QPushButton(self.tr("Enregistrer comme profil…"))
        self.save_button.setObjectName("saveProfileButton")
        self.save_button.setShortcut("Ctrl+S")
        self.save_button.setToolTip(with_keys(
            self.tr("Enregistrer cette correspondance sous un nom, pour la réutiliser"),
            self.save_button))
        self.mapping_table = QTableWidget(0, 3)
        self.mapping_table.setObjectName("mappingTable")
        self.mapping_table.setHorizontalHeaderLabels(
            [self.tr("Colonne du fichier"), self.tr("Champ de l'application"),
             self.tr("Exemple")])
        self.mapping_table.verticalHeader().hide()
        self.preview_table = QTableWidget()
        self.preview_table.setObjectName("normalisedPreview")
        for table in (self.mapping_table, self.preview_table):
            table.setTabKeyNavigation(False)  # Tab leaves the table, the arrows move in it
        self.pad_siret = QCheckBox(self.tr("Compléter par des zéros les SIRET raccourcis par "
                                           "Excel (zéros de tête perdus)"))
        self.pad_siret.setObjectName("padSiretCheck")
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.raw_legend = QLabel(raw_legend_text())
        self.raw_legend.setObjectName("rawValuesLegend")
        self.raw_legend.setWordWrap(True)
        self.raw_legend.hide()
        self.spend = SpendChoices(seller=wizard.seller)
        self.unit_names = LegalUnitNames(self)  # a SIRENE preview's names, read off this thread
        self._sectors: SectorIndex | None = None
        self._moves = FieldMoves()  # the fields moved from a column to another, to put back
        self._divider_moved = False  # by the user: it stays there (until the page is shown again)
        self._build_layout()
        self.file_combo.currentIndexChanged.connect(self._on_file_changed)
        self.apply_button.clicked.connect(self._on_apply_clicked)
        self.profile_combo.currentIndexChanged.connect(self._on_profile_chosen)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.pad_siret.toggled.connect(self._on_pad_toggled)
        self.spend.changed.connect(self._on_spend_changed)
        self.unit_names.ended.connect(self._refresh_preview)
        # connected before the wizard's own end (which removes the files extracted from archives)
        wizard.finished.connect(self.unit_names.stop)

    def _build_layout(self) -> None:
        file_label, profile_label = QLabel(self.tr("Fichier :")), QLabel(self.tr("Profil :"))
        preview_label = QLabel(self.tr("Aperçu des valeurs normalisées :"))
        for label, field in ((file_label, self.file_combo), (profile_label, self.profile_combo),
                             (preview_label, self.preview_table)):
            label.setBuddy(field)
        give_letters([file_label, profile_label, self.apply_button, self.save_button,
                      self.spend.day_label, self.spend.basis_label, self.spend.buyer_label,
                      self.spend.add_buyers, self.pad_siret,
                      preview_label], self.wiz.button_letters)
        bar = QHBoxLayout()
        bar.addWidget(file_label)
        bar.addWidget(self.file_combo, 1)
        bar.addWidget(profile_label)
        bar.addWidget(self.profile_combo, 1)
        bar.addWidget(self.apply_button)
        bar.addWidget(self.save_button)
        lower = QWidget()  # the options, then the rows as they will be imported
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.spend, self.pad_siret, preview_label, self.unit_names.label):
            lower_layout.addWidget(widget)
        lower_layout.addWidget(self.preview_table, 1)
        lower_layout.addWidget(self.raw_legend)
        # on a laptop the mapping and the preview share the height as the user moves the
        # divider: at 1000 × 640 they had six mappings and two preview rows, fixed
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("mappingSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.mapping_table)
        self.splitter.addWidget(lower)
        self.splitter.splitterMoved.connect(self._on_divider_moved)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.note)
        layout.addWidget(self.splitter, 1)

    # -- filling ------------------------------------------------------------------------------
    def initializePage(self) -> None:  # noqa: N802
        self._sectors = SectorIndex(sector_reference(self.wiz.ctx.engine))
        self._divider_moved = False
        self.file_combo.blockSignals(True)
        self.file_combo.clear()
        for index, plan in enumerate(self.wiz.plans):
            if is_table(plan):
                self.file_combo.addItem(plan.path.name, index)
        self.file_combo.blockSignals(False)
        self._fill_profiles()
        self._show_spend_choices()
        self._on_file_changed(0)

    def _show_spend_choices(self) -> None:
        self.spend.set_day(self.wiz.spend_date())
        self.spend.set_basis(self.wiz.basis)
        self.spend.show_for(self.wiz.plans)
        self.wiz.adds_buyers = self.spend.adds_buyers()  # off without a buyer column
        self.spend.set_people(self.wiz.people(), self.wiz.default_buyer_id)

    def _fill_profiles(self) -> None:
        self.profile_combo.blockSignals(True)
        self.profile_combo.clear()
        self.profile_combo.addItem(self.tr("— aucun —"), None)
        for name in self.wiz.profiles:
            self.profile_combo.addItem(name, name)
        self.profile_combo.blockSignals(False)
        self._on_profile_chosen()

    def _on_profile_chosen(self) -> None:
        self.apply_button.setEnabled(self.profile_combo.currentData() is not None)

    def _show_applied_profile(self) -> None:
        """The profile applied to the file shown (« — aucun — » when none), said in the note."""
        name = self.wiz.applied_profiles.get(self.file_combo.currentData())
        self.profile_combo.setCurrentIndex(max(self.profile_combo.findData(name), 0))
        if name is not None:
            self.note.setText(self.tr("Profil « {name} » appliqué.").format(name=name))

    def current_plan(self) -> FilePlan | None:
        """The plan whose mapping is shown."""
        index = self.file_combo.currentData()
        return self.wiz.plans[index] if index is not None else None

    def _on_file_changed(self, _index: int) -> None:
        plan = self.current_plan()
        self.note.setText("" if plan else self.tr(
            "Ces fichiers ont une structure connue : aucune correspondance à régler."))
        self._show_applied_profile()
        self._moves.clear()
        self.mapping_table.setRowCount(0)
        if plan is None:
            self.preview_table.clear()
            return
        self._fill_mapping(plan)
        self._refresh_preview()

    def _fill_mapping(self, plan: FilePlan) -> None:
        catalogue = field_catalogue(plan.target)
        self.mapping_table.setRowCount(len(plan.headers))
        for row, header in enumerate(plan.headers):
            self.mapping_table.setItem(row, COL_HEADER, QTableWidgetItem(header))
            combo = QComboBox()
            combo.addItem(self.tr("— ignorée —"), "")
            for key, (label, _synonyms) in catalogue.items():
                combo.addItem(spend_field_label(key, label) if plan.target == "spend"
                              else field_label(label), key)
            for key in sorted(set(plan.mapping.values()) - set(catalogue)):
                combo.addItem(key_label(key), key)
            combo.setCurrentIndex(max(combo.findData(plan.mapping.get(row, "")), 0))
            combo.currentIndexChanged.connect(lambda _i, r=row: self._on_field_changed(r))
            self.mapping_table.setCellWidget(row, COL_FIELD, combo)
            sample = next((text for cells in plan.preview
                           if row < len(cells) and (text := cell_text(cells[row]).strip())), "")
            self.mapping_table.setItem(row, COL_SAMPLE, QTableWidgetItem(sample))
        self.mapping_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.mapping_table.horizontalHeader().setStretchLastSection(True)
        self._order_tabs()

    def _order_tabs(self) -> None:
        """Tab goes down the columns' fields, then the profile's controls, then the buttons.

        The fields, made at each file shown, came last, after the wizard's buttons.
        """
        fields = [self.mapping_table.cellWidget(row, COL_FIELD)
                  for row in range(self.mapping_table.rowCount())]
        buttons = (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
                   QWizard.WizardButton.FinishButton, QWizard.WizardButton.CancelButton)
        chain = [*fields, self.file_combo, self.profile_combo, self.apply_button,
                 self.save_button, self.spend.day_edit, self.spend.basis_combo,
                 self.spend.buyer_combo, self.spend.add_buyers, self.pad_siret,
                 self.preview_table, *(self.wiz.button(button) for button in buttons)]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _on_field_changed(self, row: int) -> None:
        plan = self.current_plan()
        combo = self.mapping_table.cellWidget(row, COL_FIELD)
        if plan is None or not isinstance(combo, QComboBox):
            return
        self.wiz.mapping_edited = True
        before = self._field_text(plan.mapping.get(row, ""))
        taken, undone = self._moves.choose(plan.mapping, row, combo.currentData())
        for move in (*taken, *undone):
            self._show_field(move.row, plan.mapping.get(move.row, ""))
        if taken:
            self.note.setText(self.tr(
                "« {field} » était lié à la colonne « {column} » ; elle n'est plus importée. "
                "Pour l'y remettre, choisissez de nouveau « {before} » pour la colonne "
                "« {taker} ».").format(field=combo.currentText(),
                                      column=plan.headers[taken[0].row], before=before,
                                      taker=plan.headers[row]))
        elif undone:
            self.note.setText(self.tr("« {field} » est de nouveau lié à la colonne « {column} »."
                                      ).format(field=self._field_text(undone[0].field),
                                               column=plan.headers[undone[0].row]))
        self._show_spend_choices()
        self._refresh_preview()

    def _field_text(self, field: str) -> str:
        """How the columns' lists name a field (« — ignorée — » for none)."""
        combo = self.mapping_table.cellWidget(0, COL_FIELD)
        if not isinstance(combo, QComboBox):
            return field
        return combo.itemText(max(combo.findData(field), 0))

    def _show_field(self, row: int, field: str) -> None:
        """Show the field a column now fills, without taking it for the user's choice."""
        combo = self.mapping_table.cellWidget(row, COL_FIELD)
        if isinstance(combo, QComboBox):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(field), 0))
            combo.blockSignals(False)

    def _on_spend_changed(self) -> None:
        self.wiz.basis = self.spend.basis()
        self.wiz.default_buyer_id = self.spend.buyer()
        self.wiz.adds_buyers = self.spend.adds_buyers()
        with suppress(ValidationError):  # an unreadable date is refused at « Suivant »
            self.wiz.chosen_spend_date = self.spend.day()
        self._refresh_preview()

    def _on_pad_toggled(self, checked: bool) -> None:
        self.wiz.pad_siret_zeros = checked
        self._refresh_preview()

    def _refresh_preview(self) -> None:
        plan = self.current_plan()
        if plan is None or self._sectors is None:
            return
        buyers = self.wiz.preview_buyers()
        rows = normalised_preview(plan, self._sectors, self.wiz.read_options(), buyers,
                                  listed=self.wiz.plans,  # SIRENE names: the unit file
                                  units=self.unit_names.units(plan, self.wiz.plans))
        headers = [preview_heading(key, label) for key, label in preview_columns(
            plan.target, seller=self.wiz.seller, mapped=set(plan.mapping.values()),
            default_buyer=bool(buyers.default_name))]
        self.raw_legend.setVisible(fill_preview(self.preview_table, headers, rows))
        self._fit_note()
        QTimer.singleShot(0, self._fit_note)  # again once the page has its final width

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        """Fit the preview's columns again to the new width."""
        super().resizeEvent(event)
        if self.preview_table.columnCount():
            self._fit_note()

    def _fit_note(self) -> None:
        fit_remarks(self.preview_table)
        self._keep_notes_whole()
        self._place_divider()

    def _place_divider(self) -> None:
        """The preview's first rows in sight, until the user moves the divider.

        Placed at every fit, not once: the first fit comes before the page has its final width,
        its rows then taller, and the mapping kept a row less than it had room for.
        """
        if not self._divider_moved:
            show_first_rows(self.splitter, self.preview_table)

    def _on_divider_moved(self) -> None:
        self._divider_moved = True

    def _keep_notes_whole(self) -> None:
        """The wrapped sentences keep the height of all their lines, however small the window.

        A layout's least height counts one line of a wrapped label: at the wizard's least size
        the note on undated lines was cut to half its two lines. The wizard grows instead.
        """
        width = self.layout().contentsRect().width()
        if width <= 0:
            return
        for label in (self.note, self.spend.day_note, self.unit_names.label, self.raw_legend):
            label.setMinimumHeight(label.heightForWidth(width) if label.text() else 0)

    # -- profiles -----------------------------------------------------------------------------
    def _on_apply_clicked(self) -> None:
        plan = self.current_plan()
        name = self.profile_combo.currentData()
        if plan is None or name not in self.wiz.profiles:
            return
        apply_mapping(plan, self.wiz.profiles[name])
        self.wiz.mapping_edited = True
        self._remember_profile(name)
        self._on_file_changed(self.file_combo.currentIndex())

    def _remember_profile(self, name: str) -> None:
        """The file shown now follows this profile."""
        self.wiz.applied_profiles[self.file_combo.currentData()] = name

    def _on_save_clicked(self) -> None:
        plan = self.current_plan()
        if plan is None:
            return
        name, accepted = ask_text(self, self.tr("Enregistrer le profil"),
                                  self.tr("Nom du profil de correspondance :"))
        if not accepted or not name.strip():
            return
        replaced = name.strip() in list_mapping_profiles(self.wiz.ctx.engine)
        changes = save_mapping_profile(self.wiz.ctx.engine, name=name, target=plan.target,
                                       mapping=plan.header_mapping())
        self.wiz.ctx.notify(changes)
        self.wiz.profiles = list_mapping_profiles(self.wiz.ctx.engine, target=self.wiz.target)
        self._remember_profile(name.strip())
        self._fill_profiles()
        self._show_applied_profile()
        self.note.setText((self.tr("Profil « {name} » enregistré : il remplace le précédent de "
                                   "ce nom.") if replaced else
                           self.tr("Profil « {name} » enregistré.")).format(name=name.strip()))
        self._keep_notes_whole()

    def validatePage(self) -> bool:  # noqa: N802
        return self._spend_date_read() and self._mappings_complete()

    def _spend_date_read(self) -> bool:
        """Keep the date typed for undated lines; refuse one that is no date, naming the field."""
        if not self.spend.day_edit.isVisibleTo(self):
            return True
        try:
            self.wiz.chosen_spend_date = self.spend.day()
        except ValidationError as error:
            self.wiz.show_error(self.wiz.windowTitle(), error)
            self.spend.day_edit.setFocus()
            return False
        return True

    def _mappings_complete(self) -> bool:
        for plan in self.wiz.plans:
            if plan.container == "json":
                continue
            try:
                check_mapping(plan)
            except Exception as error:  # noqa: BLE001 — shown to the user, who fixes the mapping
                self.wiz.show_error(self.tr("Correspondance incomplète"), error)
                return False
        return True
