"""Wizard page: what was detected in each file, its first rows, and how to read it again."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from srm_inclusif.core.i18n import quoted
from srm_inclusif.exchange.cell_values import cell_text
from srm_inclusif.exchange.formats import format_label
from srm_inclusif.exchange.reading_labels import (
    CHOSEN_DELIMITERS,
    ENCODING_LABELS,
    delimiter_label,
    encoding_label,
    workbook_label,
)
from srm_inclusif.exchange.sheet_plans import sheet_note
from srm_inclusif.exchange.sniff import ImportFormatError
from srm_inclusif.exchange.table_plan import NO_DATA, ONE_COLUMN, FilePlan
from srm_inclusif.ui.import_wizard.reading import Reading, reread
from srm_inclusif.ui.mnemonics import give_letters

if TYPE_CHECKING:
    from srm_inclusif.ui.import_wizard.wizard import ImportWizard

class DetectionPage(QWizardPage):
    """What was detected in each file, and its first rows as read."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Détection"))
        self.setSubTitle(self.tr("Format, encodage, séparateur et premières lignes lues."))
        self.file_combo = QComboBox()
        self.file_combo.setObjectName("detectionFileCombo")
        self.info_label = QLabel()
        self.info_label.setObjectName("detectionInfo")
        self.info_label.setWordWrap(True)
        self.encoding_combo = QComboBox()
        self.encoding_combo.setObjectName("encodingCombo")
        self.delimiter_combo = QComboBox()
        self.delimiter_combo.setObjectName("delimiterCombo")
        for delimiter in CHOSEN_DELIMITERS:
            self.delimiter_combo.addItem(delimiter_label(delimiter), delimiter)
        self.reading_note = QLabel(self.tr("Si le texte ou les colonnes sont mal lus, choisissez "
                                           "l'encodage ou le séparateur : l'aperçu est relu."))
        self.reading_note.setWordWrap(True)
        self.table = QTableWidget()
        self.table.setObjectName("rawPreview")
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, the arrows move in it
        self._build_layout()
        self.file_combo.currentIndexChanged.connect(self._on_file_changed)
        self.encoding_combo.activated.connect(self._on_reading_chosen)
        self.delimiter_combo.activated.connect(self._on_reading_chosen)

    def _build_layout(self) -> None:
        encoding_title = QLabel(self.tr("Encodage :"))
        delimiter_title = QLabel(self.tr("Séparateur :"))
        encoding_title.setBuddy(self.encoding_combo)
        delimiter_title.setBuddy(self.delimiter_combo)
        give_letters([encoding_title, delimiter_title], self.wiz.button_letters)
        self.reading_bar = QWidget()
        bar = QHBoxLayout(self.reading_bar)
        bar.setContentsMargins(0, 0, 0, 0)
        for widget in (encoding_title, self.encoding_combo, delimiter_title,
                       self.delimiter_combo):
            bar.addWidget(widget)
        bar.addWidget(self.reading_note, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.file_combo)
        layout.addWidget(self.info_label)
        layout.addWidget(self.reading_bar)
        layout.addWidget(self.table)

    def initializePage(self) -> None:  # noqa: N802
        self.file_combo.blockSignals(True)
        self.file_combo.clear()
        self.file_combo.addItems([plan.path.name for plan in self.wiz.plans])
        self.file_combo.blockSignals(False)
        self._on_file_changed(0)

    def _sheets_text(self, plan: FilePlan) -> str:
        """The other sheets of a workbook: those read (each an entry of the list), those not."""
        read = sum(other.file == plan.file for other in self.wiz.plans)
        lines = [self.tr("Les {count} feuilles de ce classeur dont l'en-tête est reconnu sont "
                         "lues, chacune à part : passez de l'une à l'autre dans la liste "
                         "ci-dessus.").format(count=read)] if read > 1 else []
        lines += [html.escape(sheet_note(plan.file.name, sheet)) for sheet in plan.unread_sheets]
        return "".join(f"<br>{line}" for line in lines)

    def _on_file_changed(self, index: int) -> None:
        if not 0 <= index < len(self.wiz.plans):
            return
        plan = self.wiz.plans[index]
        label = self.tr("Unités légales SIRENE (noms)") if plan.is_legal_units else (
            format_label(plan.format, self.wiz.ctx.settings.profile))
        workbook = workbook_label(plan.container)
        if workbook:  # no encoding nor separator to tell; the sheet read, the others named
            sheet = html.escape(quoted(plan.sheet))
            self.info_label.setText(self.tr(
                "Format : <b>{format}</b> — <b>{workbook}</b>, feuille <b>{sheet}</b> — ligne "
                "d'en-tête : <b>{header}</b>").format(format=label, workbook=workbook,
                                                      sheet=sheet, header=plan.header_line or "—")
                + self._sheets_text(plan))
        else:
            self.info_label.setText(self.tr(
                "Format : <b>{format}</b> — encodage : <b>{encoding}</b> — séparateur : "
                "<b>{delimiter}</b> — ligne d'en-tête : <b>{header}</b>").format(
                format=label, encoding=encoding_label(plan.encoding) or "—",
                delimiter=delimiter_label(plan.delimiter) or "—",
                header=plan.header_line or "—"))
        # an empty cell of a workbook (None) shows empty, as the reports show it
        _fill_table(self.table, plan.headers,
                    [[cell_text(cell) for cell in row] for row in plan.preview])
        self.table.setVerticalHeaderLabels([str(line) for line in plan.preview_lines])
        self._show_reading(plan)

    def _show_reading(self, plan: FilePlan) -> None:
        """The encoding and separator of a text file, to be changed when misread."""
        self.reading_bar.setVisible(plan.container == "text")
        self.encoding_combo.clear()
        for encoding in dict.fromkeys((*ENCODING_LABELS, plan.encoding)):
            self.encoding_combo.addItem(encoding_label(encoding), encoding)
        self.encoding_combo.setCurrentIndex(self.encoding_combo.findData(plan.encoding))
        self.delimiter_combo.setCurrentIndex(self.delimiter_combo.findData(plan.delimiter))

    def _on_reading_chosen(self) -> None:
        index = self.file_combo.currentIndex()
        reading = Reading(self.encoding_combo.currentData(), self.delimiter_combo.currentData())
        try:
            plan = reread(self.wiz.plans[index], reading, self.wiz.format_key)
        except Exception as error:  # noqa: BLE001 — said; the file stays read as it was
            self.wiz.show_error(self.tr("Fichier illisible ainsi"),
                                self._unsplit_text(self.wiz.plans[index], reading, error))
        else:
            self.wiz.use_reading(index, plan, reading)
        self._on_file_changed(index)

    def _unsplit_text(self, plan: FilePlan, reading: Reading, error: Exception) -> object:
        """A separator that cuts no line into columns, said so; other errors as they are.

        Read with such a separator, a file « contained no data » or « one column »: the user
        chose it, and wants to know that it is the wrong one and which one works.
        """
        if (not isinstance(error, ImportFormatError) or reading.delimiter == plan.delimiter
                or error.template not in (NO_DATA, ONE_COLUMN)):
            return error
        chosen = quoted(delimiter_label(reading.delimiter))
        kept = quoted(delimiter_label(plan.delimiter))
        text = self.tr("Le séparateur choisi, {chosen}, ne découpe aucune ligne de « {file} » "
                       "en colonnes.").format(chosen=chosen, file=plan.path.name)
        if self.wiz.readings.get(plan.path, Reading()).delimiter:  # chosen before, not detected
            return text + " " + self.tr("Le fichier reste lu avec {kept}, choisi avant."
                                        ).format(kept=kept)
        return text + " " + self.tr("Séparateur détecté : {kept} ; le fichier reste lu avec lui."
                                    ).format(kept=kept)


def _fill_table(table: QTableWidget, headers: list[str], rows: list[list[str]]) -> None:
    width = max([len(headers)] + [len(r) for r in rows] + [0])
    table.clear()
    table.setColumnCount(width)
    table.setRowCount(len(rows))
    table.setHorizontalHeaderLabels(headers + [""] * (width - len(headers)))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.resizeColumnsToContents()
