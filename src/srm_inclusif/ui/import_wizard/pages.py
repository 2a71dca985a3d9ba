"""The five pages of the import wizard; the last one, what the import did."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from srm_inclusif.ui.import_wizard.detection_page import DetectionPage
from srm_inclusif.ui.import_wizard.dry_run_page import DryRunPage
from srm_inclusif.ui.import_wizard.files_page import FilesPage
from srm_inclusif.ui.import_wizard.mapping_page import MappingPage
from srm_inclusif.ui.import_wizard.summary_view import IssuesTable, summary_lines
from srm_inclusif.ui.issues_export import (
    export_button_text,
    export_issues,
    export_tooltip,
    issues_file_name,
)
from srm_inclusif.ui.mnemonics import give_letters
from srm_inclusif.ui.shortcuts_dialog import with_keys

if TYPE_CHECKING:
    from srm_inclusif.ui.import_wizard.wizard import ImportWizard
    from srm_inclusif.ui.main_window import MainWindow

__all__ = ["DetectionPage", "DryRunPage", "FilesPage", "MappingPage", "SummaryPage"]


class SummaryPage(QWizardPage):
    """What the import did, with every rejected, flagged or conflicting row."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Import terminé"))
        self.summary_label = QLabel()
        self.summary_label.setObjectName("importSummary")
        self.summary_label.setWordWrap(True)
        self.issues = IssuesTable()
        self.export_button = QPushButton(export_button_text())
        self.export_button.setObjectName("exportRejectsButton")
        self.export_button.setShortcut("Ctrl+E")
        # the keys its tooltip names, read before its Alt letter is given
        self._export_keys = with_keys("", self.export_button)
        self.export_button.setToolTip(export_tooltip([]) + self._export_keys)
        self.undo_button = QPushButton(self.tr("Revenir avant cet import…"))
        self.undo_button.setObjectName("undoImportButton")
        self.undo_button.setToolTip(self.tr(
            "Ferme l'assistant et remet l'espace de travail dans l'état de la copie prise juste "
            "avant cet import, après confirmation (page Imports / exports)."))
        give_letters([self.export_button, self.undo_button], wizard.button_letters)
        # its Alt letter took the place of the button's own shortcut: Ctrl+E kept beside it
        export_keys = QShortcut(QKeySequence("Ctrl+E"), self)
        export_keys.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        export_keys.activated.connect(self._on_export_keys)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.issues)
        layout.addLayout(buttons)
        self.export_button.clicked.connect(self._on_export_clicked)
        self.undo_button.clicked.connect(self._on_undo_clicked)

    def initializePage(self) -> None:  # noqa: N802
        summary = self.wiz.summary
        if summary is None:
            return
        self.setTitle(self.tr("Import terminé") if summary.applied else self.tr("Import refusé"))
        # refused, nothing changed: « Précédent » goes back to the simulation and its options
        self.wiz.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, summary.applied)
        lines = summary_lines(summary, simulated=False)
        if not summary.applied:  # Enter goes back, as the line below says (not « Terminer »)
            QTimer.singleShot(0, self.wiz.button(QWizard.WizardButton.BackButton).setFocus)
            lines.append(self.tr(
                "« Précédent » ramène à la simulation : décochez « Tout ou rien » pour importer "
                "les autres lignes, ou revenez corriger le fichier ou les colonnes."))
        if self.wiz.undo_cleared:
            lines.append(self.tr(
                "Les actions faites avant l'import ne s'annulent plus par Ctrl+Z ; pour revenir "
                "avant l'import : Fichier › Restaurer une sauvegarde…"))
        self.summary_label.setText("<br>".join(lines))
        self.issues.show_issues(summary.issues)
        self.export_button.setEnabled(bool(summary.issues))
        self.export_button.setVisible(bool(summary.issues))
        self.export_button.setToolTip(export_tooltip(summary.issues) + self._export_keys)
        self.undo_button.setVisible(self._window() is not None and summary.batch_id is not None
                                    and summary.backup_path is not None)

    def cleanupPage(self) -> None:  # noqa: N802
        """Back from a refused import: the simulation's page imports again."""
        self.wiz.summary = None
        self.wiz.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.wiz.setButtonText(QWizard.WizardButton.NextButton, self.wiz.import_text)

    def _on_export_keys(self) -> None:
        if self.export_button.isVisible() and self.export_button.isEnabled():
            self.export_button.click()

    def _window(self) -> MainWindow | None:
        """The main window the wizard was opened from, whose imports page goes back."""
        from srm_inclusif.ui.main_window import MainWindow

        window = self.wiz.parentWidget()
        return window if isinstance(window, MainWindow) else None

    def _on_undo_clicked(self) -> None:
        """Close the wizard, then ask on the imports page whether to go back before this import.

        The restore replaces the workspace: done with the wizard closed, as from that page.
        """
        from srm_inclusif.ui.pages.imports_page import ImportsPage

        window, summary = self._window(), self.wiz.summary
        if window is None or summary is None or summary.batch_id is None:
            return
        self.wiz.accept()
        page = window.show_page("imports")
        assert isinstance(page, ImportsPage)
        page.offer_undo_of(summary.batch_id)

    def _on_export_clicked(self) -> None:
        summary = self.wiz.summary
        if summary is not None:
            names = [read.name for read in summary.files] or [p.name for p in self.wiz.paths]
            export_issues(self, summary.issues, issues_file_name(names, self.wiz.ctx.today()))
