"""The import wizard: files → detection → column mapping → dry run → import → summary."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QMessageBox, QWidget, QWizard

from srm_inclusif.exchange.import_profiles import (
    apply_fitting_profile,
    is_table,
    planned_with_a_profile,
)
from srm_inclusif.exchange.importer import ImportSettings, run_import
from srm_inclusif.exchange.preview import PreviewBuyers
from srm_inclusif.exchange.records import ReadOptions
from srm_inclusif.exchange.sniff import ImportFormatError
from srm_inclusif.exchange.table_plan import FilePlan
from srm_inclusif.exchange.workdir import import_workdir
from srm_inclusif.storage.services.buyer_names import PeopleByName
from srm_inclusif.storage.services.import_records import ImportSummary
from srm_inclusif.storage.services.imports import list_mapping_profiles
from srm_inclusif.storage.services.opening_basis import opening_basis_on
from srm_inclusif.storage.services.people import list_people, sole_active
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.errors import error_text
from srm_inclusif.ui.import_wizard import dropped_files
from srm_inclusif.ui.import_wizard.reading import (
    Reading,
    ask_separator,
    planned,
    unread_separator,
)
from srm_inclusif.ui.import_wizard.spend_choices import default_spend_day, is_undated
from srm_inclusif.ui.jobs import Job, run_job
from srm_inclusif.ui.mnemonics import letter_of, with_letters
from srm_inclusif.ui.sizing import resize_to_fit

if TYPE_CHECKING:
    from srm_inclusif.ui.import_wizard.pages import DetectionPage, DryRunPage, MappingPage


class ImportWizard(QWizard):
    """Holds the import's state; each page reads and updates it."""

    imported = Signal(object)  # the ImportSummary of an applied import

    PAGE_FILES, PAGE_DETECTION, PAGE_MAPPING, PAGE_DRY_RUN, PAGE_SUMMARY = range(5)

    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None, *,
                 paths: list[Path] | None = None, target: str | None = "suppliers") -> None:
        super().__init__(parent)
        from srm_inclusif.ui.import_wizard.pages import (
            DetectionPage,
            DryRunPage,
            FilesPage,
            MappingPage,
            SummaryPage,
        )

        self.ctx = ctx
        self.target = target or "suppliers"  # None: files of no known kind (unreadable)
        self.paths: list[Path] = list(paths or [])
        self.format_key = "auto"
        self.plans: list[FilePlan] = []
        self.readings: dict[Path, Reading] = {}  # text files read as the user chose
        #: The saved mapping profiles of the target, read once per planning.
        self.profiles: dict[str, dict[str, str]] = {}
        #: The profile applied to each plan (by index): the first that fits, or the user's.
        self.applied_profiles: dict[int, str] = {}
        self.all_or_nothing = False
        self.pad_siret_zeros = False
        self.chosen_spend_date: date | None = None  # None: the default (see spend_date)
        #: Who gets the spend lines without a buyer (None: nobody, or the only person).
        self.default_buyer_id: int | None = None
        #: Whether the buyers the files name that the workspace lacks are added to it.
        self.adds_buyers = False
        #: A seller's workspace: her counterparties are clients, her spend lines her sales.
        self.seller = ctx.settings.profile.is_seller
        # the basis the dashboard opens on: the lines imported on it show there at once
        self.basis = opening_basis_on(ctx.engine, day=ctx.today()).value
        self.summary: ImportSummary | None = None
        self.dry_summary: ImportSummary | None = None
        #: Whether the import emptied the undo stack (its summary then says so).
        self.undo_cleared = False
        self.job: Job | None = None
        #: The user changed the column mapping: closing the wizard asks first...
        self.mapping_edited = False
        #: ... and so when she chose anything else (see ``_watch_choices``) or ran a simulation.
        self.choices_made = False
        self.simulated = False
        self._workdir = import_workdir()  # stale ones of killed imports removed
        self.setObjectName("importWizard")
        self.setWindowTitle(self.tr("Importer des fichiers"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self._letter_buttons()
        self.files_page = FilesPage(self)
        detection, mapping, dry_run = DetectionPage(self), MappingPage(self), DryRunPage(self)
        for page_id, page in enumerate((self.files_page, detection, mapping, dry_run,
                                        SummaryPage(self))):
            self.setPage(page_id, page)
        self._watch_choices(detection, mapping, dry_run)
        self.currentIdChanged.connect(self._on_page_shown)
        resize_to_fit(self, 1000, 680)
        self.setAcceptDrops(True)  # files dropped on the first page join the list
        self.finished.connect(lambda _result: self._workdir.cleanup())

    def _letter_buttons(self) -> None:
        """The buttons' texts with their Alt letters; the pages' widgets take other letters."""
        texts = with_letters([self.tr("Suivant >"), self.tr("< Précédent"), self.tr("Terminer"),
                              self.tr("Annuler"), self.tr("Importer")])
        self.next_text, back, finish, cancel, self.import_text = texts
        self.button_letters = {letter for text in texts if (letter := letter_of(text))}
        self.setButtonText(QWizard.WizardButton.NextButton, self.next_text)
        self.setButtonText(QWizard.WizardButton.BackButton, back)
        self.setButtonText(QWizard.WizardButton.FinishButton, finish)
        self.setButtonText(QWizard.WizardButton.CancelButton, cancel)

    # -- closing: Escape, « Annuler » and the title bar's button all reject ----------------------
    def reject(self) -> None:
        """Stop a running import as its Cancel does; ask before the columns chosen are lost."""
        if self.job is not None and self.job.running:
            self.job.dialog.canceled.emit()  # what the progress dialog's « Annuler » does
            return
        if self._work_to_lose() and not self._abandon_confirmed():
            return
        super().reject()

    def close(self) -> bool:
        """Close without a question: the program's close (a test's end).

        The user's closes (Escape, « Annuler », the title bar's button) go through ``reject``,
        which asks; this one ends the dialog as its base class rejects it, then closes it (the
        dialog, already hidden, closes at once).
        """
        if self.isVisible():
            super().reject()
        return super().close()

    def _watch_choices(self, detection: DetectionPage, mapping: MappingPage,
                       dry_run: DryRunPage) -> None:
        """Each choice the user makes (not those the pages make for her) is work to keep."""
        spend = mapping.spend
        for signal in (detection.encoding_combo.activated, detection.delimiter_combo.activated,
                       mapping.profile_combo.activated, mapping.pad_siret.clicked,
                       spend.basis_combo.activated, spend.buyer_combo.activated,
                       spend.add_buyers.clicked, spend.day_edit.dateChanged,
                       dry_run.all_or_nothing.clicked):
            signal.connect(self._on_choice_made)

    def _on_choice_made(self, *_args: object) -> None:
        self.choices_made = True

    def has_work(self) -> bool:
        """The user chose anything (mapping, reading, options) or ran a simulation."""
        return self.mapping_edited or self.choices_made or self.simulated

    def _work_to_lose(self) -> bool:
        """The user has work here and the import has not run yet."""
        return self.has_work() and self.currentId() != self.PAGE_SUMMARY

    def _abandon_confirmed(self) -> bool:
        text = (self.tr("Abandonner l'import ? Le choix des colonnes sera perdu.")
                if self.mapping_edited else
                self.tr("Abandonner l'import ? Les choix faits et la simulation seront perdus.")
                if self.simulated else
                self.tr("Abandonner l'import ? Les choix faits seront perdus."))
        box = QMessageBox(QMessageBox.Icon.Question, self.windowTitle(), text,
                          QMessageBox.StandardButton.NoButton, self)
        abandon = box.addButton(self.tr("Abandonner"), QMessageBox.ButtonRole.DestructiveRole)
        stay = box.addButton(self.tr("Continuer"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(stay)
        box.setEscapeButton(stay)
        box.exec()
        return box.clickedButton() is abandon

    def _on_page_shown(self, page_id: int) -> None:
        """On the first page the keys start on the import type chosen (Space flipped it)."""
        if page_id == self.PAGE_FILES:
            page = self.files_page
            chosen = page.spend_radio if page.spend_radio.isChecked() else page.suppliers_radio
            chosen.setFocus()

    # -- drag and drop: the window is modal, so the main window cannot take them ----------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if self.currentId() == self.PAGE_FILES and dropped_files(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = dropped_files(event.mimeData())
        if self.currentId() == self.PAGE_FILES and paths:
            self.files_page.add_paths(paths)
            event.acceptProposedAction()

    # -- state shared by the pages -------------------------------------------------------------
    def settings(self, *, dry_run: bool) -> ImportSettings:
        """The import settings as the user chose them."""
        return ImportSettings(
            target=self.target, format_key=self.format_key, dry_run=dry_run,
            all_or_nothing=self.all_or_nothing, basis=self.basis, read=self.read_options(),
            default_buyer_id=self.default_buyer_id,
            new_buyer_role=self.ctx.settings.profile.person_role if self.adds_buyers else None)

    def people(self) -> list[tuple[int, str]]:
        """The active people, who may get the spend lines without a buyer."""
        return [(person.id, person.name) for person in list_people(self.ctx.engine)]

    def preview_buyers(self) -> PreviewBuyers:
        """Who the previewed spend lines go to, as the import gives them.

        The person a line names (retired people too), else the one chosen for the lines without
        a buyer, else the workspace's only active person.
        """
        people = list_people(self.ctx.engine, active_only=False)
        chosen = self.default_buyer_id if self.default_buyer_id is not None else sole_active(people)
        default = next((person.name for person in people if person.id == chosen), "")
        known = PeopleByName((person.id, person.name, person.email) for person in people)
        return PreviewBuyers(known, default, self.seller, added=self.adds_buyers)

    def read_options(self) -> ReadOptions:
        """How values are read: SIRET padding, the date of undated spend lines."""
        return ReadOptions(pad_siret_zeros=self.pad_siret_zeros,
                           default_spend_date=self.spend_date())

    def spend_date(self) -> date:
        """The date of spend lines without a date nor a year: the user's, else a default.

        The default is 31 December of a year the file's name gives (« depenses_2025 »), else
        today. The date identifies those lines when the file is imported again.
        """
        undated = [plan.path for plan in self.plans if is_undated(plan)]
        return self.chosen_spend_date or default_spend_day(undated, self.ctx.today())

    def plan(self) -> bool:
        """Plan the chosen files; show a clear message and return False when one is unreadable.

        When a table has columns but none is recognised, offer to map them by hand. Each table
        gets the first saved profile whose columns it all has.
        """
        self.profiles = list_mapping_profiles(self.ctx.engine, target=self.target)
        return self._plan_files()

    def _plan_files(self) -> bool:
        settings = self.settings(dry_run=True)
        try:
            self.plans = self._planned(settings)
        except ImportFormatError as error:
            if (path := unread_separator(error, self.paths)) is not None:
                return self._plan_with_a_separator(path, error)
            if error.params.get("reason") != "no_header" or error.params.get("columns", 0) < 2:
                self.show_error(self.tr("Fichier illisible"), error)
                return False
            if self._plan_with_a_profile(settings):
                return True
            if not self._ask_manual_mapping(error):
                return False
            settings.lenient_header = True
            return self._plan_leniently(settings)
        except Exception as error:  # noqa: BLE001 — every read error is shown, none is fatal
            self.show_error(self.tr("Fichier illisible"), error)
            return False
        self._apply_fitting_profiles()
        return True

    def use_reading(self, index: int, plan: FilePlan, reading: Reading) -> None:
        """Keep a file planned again as the user chose to read it (and plan it so again)."""
        self.plans[index] = plan
        if plan.path in self.paths:
            self.readings[plan.path] = reading
        self._apply_fitting_profile(index, plan)  # to the columns read now

    def _planned(self, settings: ImportSettings) -> list[FilePlan]:
        return planned(self.paths, settings, Path(self._workdir.name), self.readings)

    def _plan_with_a_separator(self, path: Path, error: ImportFormatError) -> bool:
        """Ask the separator of a file read as one column, then plan again with it."""
        delimiter = ask_separator(self, error)
        if delimiter is None:
            return False
        self.readings[path] = Reading(self.readings.get(path, Reading()).encoding, delimiter)
        return self._plan_files()

    def _plan_with_a_profile(self, settings: ImportSettings) -> bool:
        """Plan the files with the first saved profile whose columns they all have, applied."""
        def with_profile(mapping: dict[str, str]) -> list[FilePlan]:
            settings.profile = mapping
            return self._planned(settings)

        found = planned_with_a_profile(with_profile, self.profiles)
        if found is None:
            settings.profile = None
            return False
        self.plans, name = found
        self.applied_profiles = dict.fromkeys(
            (index for index, plan in enumerate(self.plans) if is_table(plan)), name)
        return True

    def _apply_fitting_profiles(self) -> None:
        self.applied_profiles = {}
        for index, plan in enumerate(self.plans):
            self._apply_fitting_profile(index, plan)

    def _apply_fitting_profile(self, index: int, plan: FilePlan) -> None:
        """Apply to a table the first saved profile whose columns it all has, and record it."""
        self.applied_profiles.pop(index, None)
        if name := apply_fitting_profile(plan, self.profiles):
            self.applied_profiles[index] = name

    def _ask_manual_mapping(self, error: ImportFormatError) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Colonnes non reconnues"),
            error_text(error) + "\n\n" + self.tr(
                "Utiliser la première ligne comme en-tête et associer les colonnes vous-même ?"))
        return answer == QMessageBox.StandardButton.Yes

    def _plan_leniently(self, settings: ImportSettings) -> bool:
        try:
            self.plans = self._planned(settings)
        except Exception as error:  # noqa: BLE001 — every read error is shown, none is fatal
            self.show_error(self.tr("Fichier illisible"), error)
            return False
        self._apply_fitting_profiles()
        return True

    def start_run(self, *, dry_run: bool, on_done: Callable[[ImportSummary], None],
                  on_stopped: Callable[[], None] | None = None) -> None:
        """Run the import (or its simulation) in the background with progress and Cancel.

        ``on_done`` gets the summary; ``on_stopped`` runs when it ends otherwise: after an
        error, once said, or on Cancel.
        """
        title = self.tr("Simulation de l'import…") if dry_run else self.tr("Import en cours…")
        finishing = None if dry_run else self.tr(
            "Finalisation de l'import : index de recherche et enregistrement…")
        self.job = run_job(self, title, run_import, self.ctx.engine, self.plans,
                           self.settings(dry_run=dry_run), finishing=finishing,
                           counted=self.tr("{done} / {total} lignes"))
        self.job.finished.connect(on_done)
        self.job.failed.connect(lambda error: self.show_error(self.tr("Import impossible"), error))
        self.job.cancelled.connect(lambda: self._on_cancelled(dry_run=dry_run))
        if on_stopped is not None:
            self.job.failed.connect(lambda _error: on_stopped())
            self.job.cancelled.connect(on_stopped)

    def finish_import(self, summary: ImportSummary) -> None:
        """Keep an applied import's summary and tell every view what changed."""
        self.summary = summary
        if summary.applied:
            if summary.changes and self.ctx.undo_stack.count():
                # Ctrl+Z would undo steps taken before the import on rows it may have changed
                # since (deleting a supplier its spend lines now point to): the way back before
                # an import is its backup copy.
                self.ctx.undo_stack.clear()
                self.undo_cleared = True
            self.ctx.notify(summary.changes)
            self.imported.emit(summary)

    def show_error(self, title: str, error: object) -> None:
        """A message box with the error's text, in the UI language when it is known."""
        text = error_text(error) if isinstance(error, BaseException) else str(error)
        QMessageBox.warning(self, title, text)

    def _on_cancelled(self, *, dry_run: bool) -> None:
        if dry_run:
            QMessageBox.information(self, self.tr("Simulation interrompue"), self.tr(
                "Simulation interrompue : rien n'a été importé. « Relancer la simulation » la "
                "relance depuis le début."))
            return
        QMessageBox.information(self, self.tr("Import annulé"),
                                self.tr("Import annulé : l'espace de travail n'a pas changé."))
