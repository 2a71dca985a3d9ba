"""Dialog to export (or print) the variable-pay objective sheets of one person or everyone."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from srm_inclusif.core.errors import SrmError
from srm_inclusif.core.fiscal_year import fiscal_year_of
from srm_inclusif.core.objective_sheet import (
    ObjectiveSheetDocument,
    SheetMode,
    default_data_date,
    problem_texts,
)
from srm_inclusif.exchange.sheets_export import (
    SheetExport,
    build_sheet_documents,
    write_sheet_files,
)
from srm_inclusif.storage.services.sheets import SheetOwner, build_sheets, list_sheet_owners
from srm_inclusif.ui import file_dialogs
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.day_edit import DayEdit
from srm_inclusif.ui.errors import error_text
from srm_inclusif.ui.fiscal_year_spin import FiscalYearSpin
from srm_inclusif.ui.jobs import Job, run_job
from srm_inclusif.ui.prompts import asked
from srm_inclusif.ui.sheet_pdf import print_sheets, write_sheet_pdf

#: Where the last export wrote the sheets: the folder proposed next time, after a restart too.
FOLDER_KEY = "sheets/export_folder"
_FORMATS = (("both", ("xlsx", "pdf")), ("xlsx", ("xlsx",)), ("pdf", ("pdf",)))
#: Incomplete sheets named in the question before export; the others are counted.
_LISTED = 8


def incomplete_sheets_text(documents: list[ObjectiveSheetDocument]) -> str:
    """What keeps each sheet from being signed; "" if none.

    Weights ≠ 100 %, actuals missing, the period not over.
    """
    blocks = [block for block in map(_sheet_problems, documents) if block]
    if len(blocks) > _LISTED:
        blocks = [*blocks[:_LISTED], f"… (+{len(blocks) - _LISTED})"]
    return "\n".join(blocks)


def _sheet_problems(document: ObjectiveSheetDocument) -> str:
    """« • Name : » then one line per problem; "" for a sheet fit to sign."""
    problems = [text for _kind, text in problem_texts(document.problems)]
    if not problems:
        return ""
    name = QCoreApplication.translate("SheetExportDialog", "• {name} :").format(
        name=document.header.person_name)
    return "\n".join([name, *(f"   – {problem}" for problem in problems)])


def open_sheet_export_dialog(
    ctx: WorkspaceContext,
    parent: QWidget | None,
    *,
    year: int | None = None,
    person_ids: list[int] | None = None,
    sheet_ids: list[int] | None = None,
) -> SheetExportDialog:
    """Show the export dialog (window-modal) preset on a year and people; returns it.

    ``person_ids`` or ``sheet_ids`` (a team's sheet has no person) preselect "Une personne" when
    they name one sheet of the year; otherwise everyone is exported.
    """
    dialog = SheetExportDialog(ctx, parent, year=year, person_ids=person_ids,
                               sheet_ids=sheet_ids)
    dialog.open()
    return dialog


def add_sheet_export_button(ctx: WorkspaceContext, page: Any) -> QPushButton:
    """Put "Fiches objectifs…" in the Objectifs page's export bar; returns the button.

    ``page`` is the ``ObjectivesPage``: its ``export_bar`` layout, ``year()`` and the selected
    ``sheet`` preset the dialog.
    """
    button = QPushButton(QCoreApplication.translate("SheetExportDialog", "Fiches objectifs…"))
    button.setObjectName("sheetExportOpenButton")
    button.setToolTip(QCoreApplication.translate(
        "SheetExportDialog", "Exporter ou imprimer les fiches objectifs (XLSX, PDF) – Ctrl+Maj+F"))

    def open_dialog() -> None:
        sheet = getattr(page, "sheet", None)
        open_sheet_export_dialog(ctx, page, year=page.year(),
                                 sheet_ids=[sheet.id] if sheet is not None else None)

    button.clicked.connect(open_dialog)
    page.export_bar.addWidget(button)
    return button


class SheetExportDialog(QDialog):
    """Year, people, mode, data date, format and folder; export in the background or print."""

    exported = Signal(object)  # the SheetExport written

    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None, *,
                 year: int | None = None, person_ids: list[int] | None = None,
                 sheet_ids: list[int] | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._preset = (set(person_ids or ()), set(sheet_ids or ()))
        self.job: Job | None = None
        self.setObjectName("sheetExportDialog")
        self.setWindowTitle(self.tr("Exporter les fiches objectifs"))
        start_month = ctx.settings.fiscal_year_start_month
        # the year today falls in, as the dashboard and the Objectifs page open on
        self._build(year or fiscal_year_of(ctx.today(), start_month), start_month)
        self._connect_signals()
        self._on_year_changed()
        self._on_mode_changed()

    # --- view -----------------------------------------------------------------------------

    def _build(self, year: int, start_month: int) -> None:
        form = QFormLayout()
        self.year_spin = FiscalYearSpin(start_month)
        self.year_spin.setObjectName("sheetYearSpin")
        self.year_spin.setValue(year)
        form.addRow(self.tr("&Année :"), self.year_spin)
        form.addRow(self.tr("Personnes :"), self._build_people())
        form.addRow(self.tr("Contenu :"), self._build_mode())
        self.data_date_edit = DayEdit(self._ctx.today())
        self.data_date_edit.setObjectName("sheetDataDateEdit")
        form.addRow(self.tr("&Date des données :"), self.data_date_edit)
        self.format_combo = QComboBox(objectName="sheetFormatCombo")
        for label, (key, _) in zip((self.tr("XLSX et PDF"), self.tr("XLSX (classeur RH)"),
                                    self.tr("PDF (une fiche par personne)")), _FORMATS,
                                   strict=True):
            self.format_combo.addItem(label, key)
        form.addRow(self.tr("Fo&rmat :"), self.format_combo)  # F is « Fermer »
        form.addRow(self.tr("D&ossier :"), self._build_folder())
        self.open_folder_check = QCheckBox(self.tr("Ouvrir le dossier après l'export"),
                                           objectName="sheetOpenFolderCheck", checked=True)
        form.addRow("", self.open_folder_check)
        self.status_label = QLabel(objectName="sheetExportStatus", wordWrap=True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status_label)
        layout.addWidget(self._build_buttons())
        # Only once inside the dialog: set earlier it was lost, and Enter opened « Parcourir… ».
        self.export_button.setDefault(True)
        # at least 560 px, and never narrower than its rows (a set width overrides the layout's)
        self.setMinimumWidth(max(560, layout.minimumSize().width()))

    def _build_people(self) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.everyone_radio = QRadioButton(self.tr("&Tout le monde"), objectName="sheetEveryone")
        self.one_radio = QRadioButton(self.tr("&Une personne :"), objectName="sheetOnePerson")
        self.person_combo = QComboBox(objectName="sheetPersonCombo")
        self.person_combo.setMinimumContentsLength(22)
        self.people_group = QButtonGroup(self)
        for button in (self.everyone_radio, self.one_radio):
            self.people_group.addButton(button)
            row.addWidget(button)
        row.addWidget(self.person_combo, 1)
        self.everyone_radio.setChecked(True)
        return box

    def _build_mode(self) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.targets_radio = QRadioButton(self.tr("Objectifs (début de période, à signer)"),
                                          objectName="sheetTargetsMode")
        self.actuals_radio = QRadioButton(self.tr("Résultats (fin de période)"),
                                          objectName="sheetActualsMode", checked=True)
        self.mode_group = QButtonGroup(self)
        for button in (self.targets_radio, self.actuals_radio):
            self.mode_group.addButton(button)
            row.addWidget(button)
        row.addStretch(1)
        return box

    def _build_folder(self) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        folder = QSettings().value(FOLDER_KEY, "", type=str) or str(
            Path(documents) / self.tr("Fiches objectifs"))
        self.folder_edit = QLineEdit(folder, objectName="sheetFolderEdit")
        self.browse_button = QPushButton(self.tr("&Parcourir…"), objectName="sheetBrowseButton")
        row.addWidget(self.folder_edit, 1)
        row.addWidget(self.browse_button)
        return box

    def _build_buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = QPushButton(self.tr("&Exporter"), objectName="sheetExportButton")
        self.print_button = QPushButton(self.tr("&Imprimer…"), objectName="sheetPrintButton")
        # Extra shortcuts, not setShortcut(): that would take the buttons' Alt+E / Alt+I away.
        for keys, button in ((QKeySequence("Ctrl+Return"), self.export_button),
                             (QKeySequence(QKeySequence.StandardKey.Print), self.print_button)):
            QShortcut(keys, self, activated=button.animateClick)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Fermer"))
        buttons.rejected.connect(self.reject)
        return buttons

    # --- controller -----------------------------------------------------------------------

    def _connect_signals(self) -> None:
        self.year_spin.valueChanged.connect(self._on_year_changed)
        self.mode_group.buttonToggled.connect(self._on_mode_changed)
        self.people_group.buttonToggled.connect(self._on_people_changed)
        self.browse_button.clicked.connect(self._on_browse)
        self.export_button.clicked.connect(self._on_export)
        self.print_button.clicked.connect(self._on_print)

    def _on_year_changed(self) -> None:
        year = self.year_spin.value()
        self.data_date_edit.set_day(default_data_date(
            year, self._ctx.today(), self._ctx.settings.fiscal_year_start_month))
        owners = list_sheet_owners(self._ctx.engine, year=year)
        self.person_combo.clear()
        for owner in owners:
            self.person_combo.addItem(owner.name, owner)
        people, sheets = self._preset
        chosen = [i for i, owner in enumerate(owners)
                  if owner.person_id in people or owner.sheet_id in sheets]
        if chosen:
            self.person_combo.setCurrentIndex(chosen[0])
            self.one_radio.setChecked(len(chosen) == 1)
        has_sheets = bool(owners)
        self.export_button.setEnabled(has_sheets)
        self.print_button.setEnabled(has_sheets)
        self.status_label.setText("" if has_sheets else self.tr(
            "Aucune fiche objectifs pour cette année."))
        self._on_people_changed()

    def _on_people_changed(self) -> None:
        self.person_combo.setEnabled(self.one_radio.isChecked())

    def _on_mode_changed(self) -> None:
        self.data_date_edit.setEnabled(self.actuals_radio.isChecked())

    def _on_browse(self) -> None:
        folder = file_dialogs.get_existing_directory(
            self, self.tr("Dossier des fiches objectifs"), self.folder_edit.text())
        if folder:
            self.folder_edit.setText(folder)

    def selected_owners(self) -> list[SheetOwner]:
        """The sheets the user chose (one person or everyone of the year)."""
        if self.one_radio.isChecked():
            owner = self.person_combo.currentData()
            return [owner] if owner is not None else []
        return [self.person_combo.itemData(i) for i in range(self.person_combo.count())]

    def selected_mode(self) -> SheetMode:
        """Targets or actuals."""
        return SheetMode.ACTUALS if self.actuals_radio.isChecked() else SheetMode.TARGETS

    def _as_of(self) -> date:
        return self.data_date_edit.checked_day()

    def _formats(self) -> tuple[str, ...]:
        return dict(_FORMATS)[self.format_combo.currentData()]

    def _on_export(self) -> None:
        if not self.folder_edit.text().strip():
            QMessageBox.warning(self, self.windowTitle(), self.tr("Choisissez un dossier."))
            return
        try:
            as_of = self._as_of()
        except SrmError as error:
            QMessageBox.warning(self, self.windowTitle(), error_text(error))
            return
        self.export_button.setEnabled(False)
        self.status_label.setText(self.tr("Préparation des fiches…"))
        owners = self.selected_owners()
        job = self._start(self.tr("Préparation des fiches objectifs"), build_sheet_documents,
                          self._ctx.engine, owners=owners, mode=self.selected_mode(),
                          as_of=as_of)
        job.finished.connect(lambda documents: self._on_built(documents, owners))

    def _start(self, title: str, work: Callable[..., Any], *args: Any, **kwargs: Any) -> Job:
        """Run ``work`` in the background; failures and cancellation end the export."""
        self.job = run_job(self, title, work, *args, **kwargs)
        self.job.failed.connect(self._on_export_failed)
        self.job.cancelled.connect(self._on_export_cancelled)
        return self.job

    def _on_built(self, documents: list[ObjectiveSheetDocument],
                  owners: list[SheetOwner]) -> None:
        if not self._signable(documents, self.tr("Exporter quand même ?")):
            self.export_button.setEnabled(True)
            self.status_label.setText(self.tr("Export annulé ; aucun fichier n'a été écrit."))
            return
        self.status_label.setText(self.tr("Export en cours…"))
        folder = Path(self.folder_edit.text().strip()).expanduser()
        self._start(self.tr("Export des fiches objectifs"), write_sheet_files, documents,
                    owners=owners, folder=folder, formats=self._formats(),
                    write_pdf=write_sheet_pdf).finished.connect(self._on_export_finished)

    def _signable(self, documents: list[ObjectiveSheetDocument], question: str) -> bool:
        """True when every sheet can be signed as it is, or the user goes on anyway (No first)."""
        problems = incomplete_sheets_text(documents)
        if not problems:
            return True
        text = self.tr(
            "Ces fiches ne sont pas prêtes à signer :\n\n{problems}\n\nAvant la fin de la "
            "période ou tant qu'un réalisé manque, le montant est provisoire ; des poids qui ne "
            "totalisent pas 100 % faussent le paiement.").format(problems=problems)
        return asked(self, self.tr("Fiches incomplètes"), f"{text}\n\n{question}",
                     default_yes=False)

    def _on_export_finished(self, result: SheetExport) -> None:
        self.export_button.setEnabled(True)
        QSettings().setValue(FOLDER_KEY, self.folder_edit.text().strip())  # proposed next time
        self.status_label.setText(self.tr("%n fichier(s) écrit(s) dans {0}.", "",
                                          len(result.files)).format(result.folder))
        self.exported.emit(result)
        if self.open_folder_check.isChecked():
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.folder)))

    def _on_export_failed(self, error: object) -> None:
        self.export_button.setEnabled(True)
        self.status_label.setText(self.tr("L'export a échoué."))
        QMessageBox.warning(self, self.tr("Export impossible"), self._failure_text(error))

    def _failure_text(self, error: object) -> str:
        """A known error in the UI language; an unexpected one explained, its detail last."""
        if isinstance(error, SrmError | OSError):
            return error_text(error)
        detail = (f"{type(error).__name__}: {error}" if isinstance(error, BaseException)
                  else str(error))
        return self.tr(
            "Une erreur inattendue a interrompu l'export ; les fichiers déjà écrits ont été "
            "retirés. Réessayez ; si l'erreur revient, signalez-la avec ce détail "
            "technique :\n\n{detail}").format(detail=detail)

    def _on_export_cancelled(self) -> None:
        self.export_button.setEnabled(True)
        self.status_label.setText(self.tr("Export annulé ; aucun fichier n'a été laissé."))

    def _on_print(self) -> None:
        try:
            documents = build_sheets(self._ctx.engine, owners=self.selected_owners(),
                                     mode=self.selected_mode(), as_of=self._as_of())
        except (SrmError, OSError) as error:
            QMessageBox.warning(self, self.tr("Impression impossible"), error_text(error))
            return
        if not self._signable(documents, self.tr("Imprimer quand même ?")):
            return
        if print_sheets(documents, self):
            self.status_label.setText(self.tr("%n fiche(s) envoyée(s) à l'imprimante.", "",
                                              len(documents)))
