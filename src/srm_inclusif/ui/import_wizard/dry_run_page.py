"""Wizard page: what the import would do (its simulation), then the import itself."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QPushButton, QVBoxLayout, QWizard, QWizardPage

from srm_inclusif.storage.services.import_records import ImportSummary
from srm_inclusif.ui.import_wizard.summary_view import IssuesTable, summary_lines
from srm_inclusif.ui.mnemonics import give_letters

if TYPE_CHECKING:
    from srm_inclusif.ui.import_wizard.wizard import ImportWizard


def has_lines_to_import(summary: ImportSummary) -> bool:
    """Whether the import would record a line: a file whose every line is rejected has none."""
    return bool(summary.inserted or summary.updated or summary.unchanged or not summary.rejected)


class DryRunPage(QWizardPage):
    """Simulate the import, show what it would do, then run it for real."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.summary_label = QLabel(self.tr("Simulation en cours…"))
        self.summary_label.setObjectName("dryRunSummary")
        self.summary_label.setWordWrap(True)
        self.nothing_label = QLabel(self.tr("Aucune ligne importable : corrigez le fichier ou la "
                                            "correspondance des colonnes."))
        self.nothing_label.setObjectName("nothingToImport")
        self.nothing_label.setWordWrap(True)
        self.nothing_label.hide()
        self.rerun_button = QPushButton(self.tr("Relancer la simulation"))
        self.rerun_button.setObjectName("rerunSimulationButton")
        self.rerun_button.hide()
        self.all_or_nothing = QCheckBox(self.tr("Tout ou rien : ne rien importer si une ligne "
                                                "est rejetée"))
        self.all_or_nothing.setObjectName("allOrNothingCheck")
        self.issues = IssuesTable()
        give_letters([self.rerun_button, self.all_or_nothing], wizard.button_letters)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.nothing_label)
        layout.addWidget(self.rerun_button, 0, Qt.AlignmentFlag.AlignLeft)  # a button, no banner
        layout.addWidget(self.issues, 1)
        layout.addStretch()  # the room the table leaves when there is nothing to check
        layout.addWidget(self.all_or_nothing)
        self._ready = False
        self._show_titles(importing=False)
        self.rerun_button.clicked.connect(self._simulate)

    def _show_titles(self, *, importing: bool) -> None:
        if importing:
            self.setTitle(self.tr("Import en cours"))
            self.setSubTitle(self.tr("Les lignes sont enregistrées dans l'espace de travail. "
                                     "« Annuler » arrête l'import sans rien changer."))
        else:
            self.setTitle(self.tr("Simulation"))
            self.setSubTitle(self.tr("Ce que l'import ferait. Rien n'est encore enregistré."))

    def initializePage(self) -> None:  # noqa: N802
        self._simulate()

    def _simulate(self) -> None:
        self._ready = False
        self.wiz.dry_summary = None
        self.wiz.simulated = True  # its outcome is work the user would lose on closing
        self.rerun_button.hide()
        self.nothing_label.hide()
        self.summary_label.setText(self.tr("Simulation en cours…"))
        self.wiz.setButtonText(QWizard.WizardButton.NextButton, self.wiz.import_text)
        self.completeChanged.emit()
        self.wiz.start_run(dry_run=True, on_done=self._on_simulated, on_stopped=self._on_stopped)

    def cleanupPage(self) -> None:  # noqa: N802
        self.wiz.setButtonText(QWizard.WizardButton.NextButton, self.wiz.next_text)

    def _on_simulated(self, summary: ImportSummary) -> None:
        self.wiz.dry_summary = summary
        self.summary_label.setText("<br>".join(summary_lines(summary, simulated=True)))
        self.issues.show_issues(summary.issues)
        self.nothing_label.setVisible(not has_lines_to_import(summary))
        self.completeChanged.emit()
        if self.nothing_label.isVisible():  # « Importer » greyed: the way out is back
            self.wiz.button(QWizard.WizardButton.BackButton).setFocus()

    def _on_stopped(self) -> None:
        """The simulation did not end (an error, said in a message, or Cancel)."""
        self.summary_label.setText(self.tr(
            "Simulation interrompue : rien n'a été importé. Relancez-la, ou revenez en arrière "
            "pour changer de fichier ou de réglages."))
        self.rerun_button.show()
        self.rerun_button.setFocus()

    def isComplete(self) -> bool:  # noqa: N802
        summary = self.wiz.dry_summary
        return summary is not None and has_lines_to_import(summary)

    def validatePage(self) -> bool:  # noqa: N802
        if self._ready:
            return True
        self.wiz.all_or_nothing = self.all_or_nothing.isChecked()
        self._show_titles(importing=True)
        self.wiz.start_run(dry_run=False, on_done=self._on_imported,
                           on_stopped=lambda: self._show_titles(importing=False))
        return False

    def _on_imported(self, summary: ImportSummary) -> None:
        self.wiz.finish_import(summary)
        self._show_titles(importing=False)  # back here from a refused import: a simulation
        self.wiz.setButtonText(QWizard.WizardButton.NextButton, self.wiz.next_text)
        self._ready = True
        self.wiz.next()
        self._ready = False  # back from a refused import, « Importer » imports again
