"""Wizard page: what to import (suppliers or spend), which files, which format."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QRadioButton,
    QStyle,
    QVBoxLayout,
    QWizardPage,
)

from srm_inclusif.core.i18n import quoted
from srm_inclusif.exchange.archives import (
    ARCHIVE_REFUSALS,
    is_archive,
    left_aside_notes,
    refuse_unreadable,
)
from srm_inclusif.exchange.formats import SUPPLIER_FORMATS, format_label
from srm_inclusif.exchange.plan import likely_target
from srm_inclusif.exchange.sniff import sniff_file
from srm_inclusif.ui import file_dialogs
from srm_inclusif.ui.empty_state import empty_state_label
from srm_inclusif.ui.errors import error_text
from srm_inclusif.ui.mnemonics import give_letters, plain_text
from srm_inclusif.ui.shortcuts_dialog import with_keys

if TYPE_CHECKING:
    from srm_inclusif.ui.import_wizard.wizard import ImportWizard


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
        self.refusal_note = QLabel()  # the files that cannot be imported, and why
        self.refusal_note.setObjectName("importRefusalNote")
        self.refusal_note.setWordWrap(True)
        self.refusal_note.hide()
        self.aside_note = QLabel()  # the members of an archive that are not tables
        self.aside_note.setObjectName("importAsideNote")
        self.aside_note.setWordWrap(True)
        self.aside_note.hide()
        self.file_list = QListWidget()
        self.file_list.setObjectName("importFileList")
        self.file_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        side = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        self.file_list.setIconSize(QSize(side, side))  # a refused file's sign, a blank beside
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
        self._refusals: dict[Path, str] = {}  # why each file listed cannot be read ("": it can)
        self._archive_refusals: set[Path] = set()  # refused as an archive: « Retirez-la »
        self._asides: dict[Path, list[str]] = {}  # what each archive listed leaves aside
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
        layout.addWidget(self.refusal_note)
        layout.addWidget(self.aside_note)
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
        """List the files; those that cannot be read say why, on their line and above the list."""
        self.file_list.clear()
        self.file_list.addItems([str(p) for p in self.wiz.paths])
        self.no_file_label.setHidden(bool(self.wiz.paths))
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        reasons = []
        for row, path in enumerate(self.wiz.paths):
            if reason := self._refusal(path):
                self.file_list.item(row).setIcon(warning)
                self.file_list.item(row).setToolTip(reason)
                reasons.append(self._removal_note(path).format(reason=reason))
        self.refusal_note.setText("\n".join(reasons))
        self.refusal_note.setVisible(bool(reasons))
        asides = [note for path in self.wiz.paths for note in self._left_aside(path)]
        self.aside_note.setText("\n".join(asides))
        self.aside_note.setVisible(bool(asides))
        if reasons:  # the names of the files that can be read stay lined up with the others'
            blank = QPixmap(self.file_list.iconSize())
            blank.fill(Qt.GlobalColor.transparent)
            for row in range(self.file_list.count()):
                if self.file_list.item(row).icon().isNull():
                    self.file_list.item(row).setIcon(QIcon(blank))
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
                names=", ".join(quoted(path.name) for path in others),
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

        A file that cannot be planned reads as neither: one that cannot be read at all is
        refused at once (see ``_refusal``), the others are asked about at « Suivant ».
        """
        if path not in self._targets:
            self._targets[path] = likely_target(path)
        return self._targets[path] == target

    def _refusal(self, path: Path) -> str:
        """Why a file cannot be imported at all (empty, binary, missing...); "" when it can.

        No error of a file reaches the page: whatever its probe raises is the file's note.
        """
        if path not in self._refusals:
            self._refusals[path] = ""
            try:
                self._probe(path)
            except Exception as error:  # noqa: BLE001 — a file's problem is the file's note
                self._refusals[path] = error_text(error)
                if getattr(error, "template", None) in ARCHIVE_REFUSALS:
                    self._archive_refusals.add(path)
        return self._refusals[path]

    def _probe(self, path: Path) -> None:
        """Raise why a file cannot be read; an archive's tables are looked into (password...).

        A file that plans is read well enough (its tables are read at « Suivant »), but an
        archive: it plans before its tables are extracted.
        """
        if self._reads_as(path, "suppliers") or self._reads_as(path, "spend"):
            archive = is_archive(path)
        else:
            archive = sniff_file(path, target=self.wiz.target).container == "zip"
        if archive:
            refuse_unreadable(path)

    def _removal_note(self, path: Path) -> str:
        """The line of a refused file above the list (``{reason}``: why it is refused)."""
        if path in self._archive_refusals:
            return self.tr("{reason} Retirez-la de la liste pour continuer.")
        return self.tr("{reason} Retirez-le de la liste pour continuer.")

    def _left_aside(self, path: Path) -> list[str]:
        """The notes naming the files of an archive that are not tables (none for other files)."""
        if path not in self._asides:
            try:
                self._asides[path] = left_aside_notes([path])
            except Exception:  # noqa: BLE001 — gone, unreadable or damaged: ``_refusal`` says so
                self._asides[path] = []
        return self._asides[path]

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
        self._forget_mixed_note()

    def _on_selection_changed(self) -> None:
        self.remove_button.setEnabled(bool(self.file_list.selectedItems()))

    def _on_clear_clicked(self) -> None:
        self.wiz.paths = []
        self._show_paths()
        self._forget_mixed_note()

    def _forget_mixed_note(self) -> None:
        """Clear the note on files to import apart once none of them is listed."""
        other = "suppliers" if self.wiz.target == "spend" else "spend"
        if self.mixed and not any(self._reads_as(path, other) for path in self.wiz.paths):
            self.kind_note.clear()
            self.mixed = False

    def _on_target_toggled(self) -> None:
        self.kind_note.clear()
        self.wiz.target = "suppliers" if self.suppliers_radio.isChecked() else "spend"
        self._fill_formats()
        if any(self._refusals.values()):  # they list the formats the kind chosen takes
            self._refusals.clear()
            self._archive_refusals.clear()
            self._show_paths()

    def isComplete(self) -> bool:  # noqa: N802
        return bool(self.wiz.paths) and not any(self._refusal(path) for path in self.wiz.paths)

    def validatePage(self) -> bool:  # noqa: N802
        self.wiz.format_key = self.format_combo.currentData() or "auto"
        return self.wiz.plan()
