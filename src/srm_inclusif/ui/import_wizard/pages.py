"""The five pages of the import wizard."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWizardPage,
)

from srm_inclusif.exchange.formats import SUPPLIER_FORMATS, format_label
from srm_inclusif.exchange.plan import likely_target
from srm_inclusif.storage.services.import_records import ImportSummary
from srm_inclusif.ui import file_dialogs
from srm_inclusif.ui.empty_state import empty_state_label
from srm_inclusif.ui.import_wizard.detection_page import DetectionPage
from srm_inclusif.ui.import_wizard.mapping_page import MappingPage
from srm_inclusif.ui.import_wizard.summary_view import IssuesTable, summary_lines
from srm_inclusif.ui.issues_export import (
    export_button_text,
    export_issues,
    export_tooltip,
    issues_file_name,
)
from srm_inclusif.ui.mnemonics import give_letters, plain_text
from srm_inclusif.ui.shortcuts_dialog import with_keys

if TYPE_CHECKING:
    from srm_inclusif.ui.import_wizard.wizard import ImportWizard

__all__ = ["DetectionPage", "DryRunPage", "FilesPage", "MappingPage", "SummaryPage"]


class FilesPage(QWizardPage):
    """What to import (suppliers or spend), which files, which format."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Fichiers à importer"))
        self.setSubTitle(self.tr("Glissez des fichiers sur la fenêtre ou choisissez-les ici."))
        seller = wizard.seller  # her counterparties are clients, her spend lines her sales
        self.suppliers_radio = QRadioButton(self.tr("Fichier de clients") if seller
                                            else self.tr("Annuaire de fournisseurs"))
        self.spend_radio = QRadioButton(self.tr("Ventes") if seller
                                        else self.tr("Dépenses d'achat"))
        group = QButtonGroup(self)
        group.addButton(self.suppliers_radio)
        group.addButton(self.spend_radio)
        self.kind_note = QLabel()
        self.kind_note.setObjectName("importKindNote")
        self.kind_note.setWordWrap(True)
        self.file_list = QListWidget()
        self.file_list.setObjectName("importFileList")
        self.file_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.add_button = QPushButton(self.tr("Ajouter des fichiers…"))
        self.add_button.setObjectName("addFilesButton")
        self.add_button.setShortcut("Ctrl+O")
        self.add_button.setToolTip(with_keys(self.tr("Choisir des fichiers à importer"),
                                             self.add_button))
        self.remove_button = QPushButton(self.tr("Retirer"))
        self.remove_button.setObjectName("removeFilesButton")
        self.remove_button.setToolTip(self.tr("Retirer de la liste les fichiers choisis (Suppr)"))
        self.remove_button.setEnabled(False)
        self.clear_button = QPushButton(self.tr("Vider la liste"))
        self.no_file_label = self._no_file_label()
        self.format_combo = QComboBox()
        self.format_combo.setObjectName("formatCombo")
        self.format_label = QLabel(self.tr("Format :"))
        self.format_label.setBuddy(self.format_combo)
        self._build_layout()
        give_letters([self.suppliers_radio, self.spend_radio, self.add_button, self.remove_button,
                      self.clear_button, self.format_label], self.wiz.button_letters)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        QShortcut(QKeySequence.StandardKey.Delete, self.file_list, self._on_remove_clicked,
                  Qt.ShortcutContext.WidgetShortcut)
        self.file_list.itemSelectionChanged.connect(self._on_selection_changed)
        self.clear_button.clicked.connect(self._on_clear_clicked)
        self.suppliers_radio.toggled.connect(self._on_target_toggled)
        #: The user clicked a kind: files added later never change it (a note says if they
        #: look like the other kind).
        self.kind_chosen = False
        #: The note names files of the other kind listed beside the chosen kind's.
        self.mixed = False
        #: What each file listed reads as (each read once: a workbook's sheets take time).
        self._targets: dict[Path, str | None] = {}
        for radio in (self.suppliers_radio, self.spend_radio):
            radio.clicked.connect(self._on_kind_clicked)

    def _no_file_label(self) -> QLabel:
        """What the empty file list says (it was a blank box), inside it; clicks go through."""
        label = empty_state_label(self.tr(
            "Aucun fichier pour l'instant. Glissez-les ici, ou choisissez-les avec « Ajouter des "
            "fichiers… » (CSV, Excel, ODS, JSON ou ZIP)."), "importNoFileLabel")
        label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        label.setStyleSheet("color: palette(placeholder-text);")
        inside = QVBoxLayout(self.file_list.viewport())
        inside.addWidget(label)
        return label

    def _build_layout(self) -> None:
        targets = QHBoxLayout()
        targets.addWidget(self.suppliers_radio)
        targets.addWidget(self.spend_radio)
        targets.addStretch()
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch()
        form = QFormLayout()
        form.addRow(self.format_label, self.format_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(targets)
        layout.addWidget(self.kind_note)
        layout.addWidget(self.file_list)
        layout.addLayout(buttons)
        layout.addLayout(form)

    def initializePage(self) -> None:  # noqa: N802
        (self.spend_radio if self.wiz.target == "spend" else self.suppliers_radio).setChecked(True)
        self._fill_formats()
        self._show_paths()

    def _fill_formats(self) -> None:
        self.format_combo.clear()
        self.format_combo.addItem(self.tr("Détection automatique"), "auto")
        keys = ("spend", "generic") if self.wiz.target == "spend" else SUPPLIER_FORMATS
        for key in keys:
            self.format_combo.addItem(format_label(key, self.wiz.ctx.settings.profile), key)

    def _show_paths(self) -> None:
        self.file_list.clear()
        self.file_list.addItems([str(p) for p in self.wiz.paths])
        self.no_file_label.setHidden(bool(self.wiz.paths))
        self.completeChanged.emit()

    def _on_add_clicked(self) -> None:
        names, _filter = file_dialogs.get_open_file_names(
            self, self.tr("Choisir des fichiers"), "",
            self.tr("Tableaux (*.csv *.txt *.xlsx *.xls *.ods *.json *.zip);;"
                    "Tous les fichiers (*)"))
        self.add_paths([Path(n) for n in names])

    def add_paths(self, paths: list[Path]) -> None:
        """Add files (chosen or dropped) to the list, each once."""
        added = [p for p in dict.fromkeys(paths) if p not in self.wiz.paths]
        self.wiz.paths += added
        self._show_paths()
        self._follow_kind(added)

    def _follow_kind(self, added: list[Path]) -> None:
        """Check the other kind of import when every listed file reads as that kind; say so.

        Files of both kinds in one list leave the choice as it is: the note names the files of
        the other kind, to import apart (read as the chosen kind, a spend file loses its
        amounts).
        """
        other = "suppliers" if self.wiz.target == "spend" else "spend"
        if not any(self._reads_as(path, other) for path in added):
            return
        others = [path for path in self.wiz.paths if self._reads_as(path, other)]
        if len(others) < len(self.wiz.paths):
            current = self.spend_radio if other == "suppliers" else self.suppliers_radio
            self.kind_note.setText(self._mixed_note(other).format(
                names=", ".join(self.tr("« {name} »").format(name=path.name)
                                for path in others),
                choice=plain_text(current.text())))
            self.mixed = True
            return
        radio = self.spend_radio if other == "spend" else self.suppliers_radio
        if self.kind_chosen:
            kept = self.suppliers_radio if other == "spend" else self.spend_radio
            self.kind_note.setText(self._kept_note(other).format(
                choice=plain_text(kept.text()), other=plain_text(radio.text())))
            return
        radio.setChecked(True)
        note = self._kind_note(other)
        self.kind_note.setText(note.format(choice=plain_text(radio.text())))

    def _kept_note(self, kind: str) -> str:
        """Why files that look like ``kind`` are read as the kind the user chose."""
        if kind == "suppliers":
            return self.tr("Ces fichiers ne donnent pas de montant : ils ressemblent à un "
                           "annuaire. Vous avez choisi « {choice} » : ils seront lus ainsi "
                           "(choisissez « {other} » pour les lire comme un annuaire).")
        if self.wiz.seller:
            return self.tr("Ces fichiers donnent des montants : ils ressemblent à des ventes. "
                           "Vous avez choisi « {choice} » : ils seront lus ainsi, sans leurs "
                           "montants (choisissez « {other} » pour importer les montants).")
        return self.tr("Ces fichiers donnent des montants : ils ressemblent à des dépenses. "
                       "Vous avez choisi « {choice} » : ils seront lus ainsi, sans leurs "
                       "montants (choisissez « {other} » pour importer les montants).")

    def _reads_as(self, path: Path, target: str) -> bool:
        """True when a file reads as spend (amounts and suppliers), or as a supplier directory.

        An unreadable file reads as neither: the wizard says why at « Suivant ».
        """
        if path not in self._targets:
            self._targets[path] = likely_target(path)
        return self._targets[path] == target

    def _mixed_note(self, kind: str) -> str:
        """Why files of ``kind`` ({names}) listed with files of the chosen kind are to go apart."""
        if kind == "suppliers":
            return self.tr("{names} : pas de montant, c'est un annuaire. Retirez-le de la liste "
                           "et importez-le à part comme annuaire : lu avec les autres comme "
                           "« {choice} », ses lignes sans montant seraient rejetées.")
        return self.tr("{names} : des montants, ce sont des achats ou des ventes. Retirez-le de "
                       "la liste et importez-le à part : lu avec les autres comme « {choice} », "
                       "il perdrait ses montants.")

    def _on_kind_clicked(self) -> None:
        self.kind_chosen = True

    def _kind_note(self, kind: str) -> str:
        """Why the files were taken for ``kind`` (``{choice}``: the kind's button)."""
        if kind == "suppliers":
            return self.tr("Ces fichiers ne donnent pas de montant : ce sont des structures. "
                           "Le choix est passé à « {choice} ».")
        if self.wiz.seller:
            return self.tr("Ces fichiers donnent des montants par client : ce sont des ventes. "
                           "Le choix est passé à « {choice} ».")
        return self.tr("Ces fichiers donnent des montants par fournisseur : ce sont des "
                       "dépenses. Le choix est passé à « {choice} ».")

    def _on_remove_clicked(self) -> None:
        chosen = {self.file_list.row(item) for item in self.file_list.selectedItems()}
        self.wiz.paths = [p for row, p in enumerate(self.wiz.paths) if row not in chosen]
        self._show_paths()
        other = "suppliers" if self.wiz.target == "spend" else "spend"
        if self.mixed and not any(self._reads_as(path, other) for path in self.wiz.paths):
            self.kind_note.clear()  # the file to import apart is no longer listed
            self.mixed = False

    def _on_selection_changed(self) -> None:
        self.remove_button.setEnabled(bool(self.file_list.selectedItems()))

    def _on_clear_clicked(self) -> None:
        self.wiz.paths = []
        self._show_paths()
        if self.mixed:
            self.kind_note.clear()
            self.mixed = False

    def _on_target_toggled(self) -> None:
        self.kind_note.clear()
        self.wiz.target = "suppliers" if self.suppliers_radio.isChecked() else "spend"
        self._fill_formats()

    def isComplete(self) -> bool:  # noqa: N802
        return bool(self.wiz.paths)

    def validatePage(self) -> bool:  # noqa: N802
        self.wiz.format_key = self.format_combo.currentData() or "auto"
        return self.wiz.plan()


class DryRunPage(QWizardPage):
    """Simulate the import, show what it would do, then run it for real."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Simulation"))
        self.setSubTitle(self.tr("Ce que l'import ferait. Rien n'est encore enregistré."))
        self.summary_label = QLabel(self.tr("Simulation en cours…"))
        self.summary_label.setObjectName("dryRunSummary")
        self.summary_label.setWordWrap(True)
        self.all_or_nothing = QCheckBox(self.tr("Tout ou rien : ne rien importer si une ligne "
                                                "est rejetée"))
        self.all_or_nothing.setObjectName("allOrNothingCheck")
        self.issues = IssuesTable()
        give_letters([self.all_or_nothing], wizard.button_letters)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.issues, 1)
        layout.addStretch()  # the room the table leaves when there is nothing to check
        layout.addWidget(self.all_or_nothing)
        self._ready = False

    def initializePage(self) -> None:  # noqa: N802
        self._ready = False
        self.wiz.dry_summary = None
        self.summary_label.setText(self.tr("Simulation en cours…"))
        self.wiz.setButtonText(self.wiz.WizardButton.NextButton, self.wiz.import_text)
        self.wiz.start_run(dry_run=True, on_done=self._on_simulated, on_stopped=self._on_stopped)

    def cleanupPage(self) -> None:  # noqa: N802
        self.wiz.setButtonText(self.wiz.WizardButton.NextButton, self.wiz.next_text)

    def _on_simulated(self, summary: ImportSummary) -> None:
        self.wiz.dry_summary = summary
        self.summary_label.setText("<br>".join(summary_lines(summary, simulated=True)))
        self.issues.show_issues(summary.issues)
        self.completeChanged.emit()

    def _on_stopped(self) -> None:
        """The simulation did not end (an error, said in a message, or Cancel)."""
        self.summary_label.setText(self.tr(
            "Simulation interrompue : rien n'a été importé. Revenez en arrière pour changer de "
            "fichier ou de réglages, puis relancez-la."))

    def isComplete(self) -> bool:  # noqa: N802
        return self.wiz.dry_summary is not None

    def validatePage(self) -> bool:  # noqa: N802
        if self._ready:
            return True
        self.wiz.all_or_nothing = self.all_or_nothing.isChecked()
        self.wiz.start_run(dry_run=False, on_done=self._on_imported)
        return False

    def _on_imported(self, summary: ImportSummary) -> None:
        self.wiz.finish_import(summary)
        self.wiz.setButtonText(self.wiz.WizardButton.NextButton, self.wiz.next_text)
        self._ready = True
        self.wiz.next()


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
        self.export_button.setToolTip(with_keys(export_tooltip(), self.export_button))
        give_letters([self.export_button], wizard.button_letters)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.issues)
        layout.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.export_button.clicked.connect(self._on_export_clicked)

    def initializePage(self) -> None:  # noqa: N802
        summary = self.wiz.summary
        if summary is None:
            return
        if not summary.applied:
            self.setTitle(self.tr("Import refusé"))
        lines = summary_lines(summary, simulated=False)
        if self.wiz.undo_cleared:
            lines.append(self.tr(
                "Les actions faites avant l'import ne s'annulent plus par Ctrl+Z ; pour revenir "
                "avant l'import : Fichier › Restaurer une sauvegarde…"))
        self.summary_label.setText("<br>".join(lines))
        self.issues.show_issues(summary.issues)
        self.export_button.setEnabled(bool(summary.issues))
        self.export_button.setVisible(bool(summary.issues))

    def _on_export_clicked(self) -> None:
        if self.wiz.summary is not None:
            export_issues(self, self.wiz.summary.issues, issues_file_name())
