"""Shared pieces of the wizard's last pages: the summary text and the table of row issues."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QStyleOptionViewItem, QTableView

from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP
from srm_inclusif.core.kinds import fold
from srm_inclusif.core.money import format_eur
from srm_inclusif.core.vocabulary import profile_in_use
from srm_inclusif.exchange.formats import format_short_label
from srm_inclusif.exchange.reading_labels import workbook_label
from srm_inclusif.storage.services.buyer_names import person_key, person_name
from srm_inclusif.storage.services.import_records import FileRead, ImportSummary, RowIssue
from srm_inclusif.ui.i18n import count_text
from srm_inclusif.ui.import_wizard.spend_choices import add_buyers_text
from srm_inclusif.ui.models.import_issue_table import (
    CAPPED_COLUMNS,
    COL_FILE,
    COL_REASON,
    COL_STRUCTURE,
    LINE_HELD_ROLE,
    ImportIssueTableModel,
)
from srm_inclusif.ui.table_view import FullTextDelegate, fit_columns, show_sorted

#: Unknown buyers named in the summary at most; the others are counted.
MAX_BUYERS_NAMED = 5

#: Said of an import without any rejected, flagged, merged or conflicting row.
NOTHING_TO_CHECK = QT_TRANSLATE_NOOP(
    "ImportSummary", "Aucune ligne rejetée, signalée ni en conflit : rien à vérifier.")


class SummaryCounts(QObject):
    """Texts with a count: lupdate gives plural forms only to a QObject's ``tr``."""

    def refusal(self, rejected: int) -> str:
        return self.tr("%n ligne(s) rejetée(s) : avec l'option « tout ou rien », aucune ligne "
                       "n'a été importée.", "", rejected)

    def others(self, count: int) -> str:
        return self.tr("et %n autre(s)", "", count)

    def unknown_buyers(self, count: int, *, simulated: bool) -> str:
        if simulated:  # the option is a page back
            return self.tr("Acheteur(s) absent(s) de l'espace : {names}. Pour leur attribuer "
                           "leurs lignes, revenez à la page « Correspondance des colonnes » et "
                           "cochez « {option} » ; ou, après l'import, ajoutez-le(s) dans Outils "
                           "> Personnes et équipes… puis importez à nouveau le fichier.", "",
                           count)
        return self.tr("Acheteur(s) absent(s) de l'espace : {names}. Pour leur attribuer leurs "
                       "lignes, cochez « {option} » (page « Correspondance des colonnes ») ou "
                       "ajoutez-le(s) dans Outils > Personnes et équipes…, puis importez à "
                       "nouveau le fichier.", "", count)

    def unknown_salespeople(self, count: int, *, simulated: bool) -> str:
        if simulated:
            return self.tr("Commercial(aux) absent(s) de l'espace : {names}. Pour leur "
                           "attribuer leurs lignes, revenez à la page « Correspondance des "
                           "colonnes » et cochez « {option} » ; ou, après l'import, ajoutez-le(s) "
                           "dans Outils > Personnes et équipes… puis importez à nouveau le "
                           "fichier.", "", count)
        return self.tr("Commercial(aux) absent(s) de l'espace : {names}. Pour leur attribuer "
                       "leurs lignes, cochez « {option} » (page « Correspondance des colonnes ») "
                       "ou ajoutez-le(s) dans Outils > Personnes et équipes…, puis importez à "
                       "nouveau le fichier.", "", count)


def summary_lines(summary: ImportSummary, *, simulated: bool) -> list[str]:
    """Lines, in the UI language, describing what an import did (or would do)."""
    lead = (
        QCoreApplication.translate("ImportSummary", "L'import ajouterait")
        if simulated or not summary.applied  # a refused import added nothing
        else QCoreApplication.translate("ImportSummary", "Ajoutées")
    )
    lines = [
        QCoreApplication.translate("ImportSummary", "Lignes lues : <b>{rows}</b> — {files}.")
        .format(rows=count_text(summary.rows), files=_files_text(summary)),
        QCoreApplication.translate(
            "ImportSummary",
            "{lead} : <b>{inserted}</b> — mises à jour : <b>{updated}</b> — inchangées : "
            "<b>{unchanged}</b> — doublons fusionnés : <b>{merged}</b>",
        ).format(
            lead=lead,
            inserted=count_text(summary.inserted),
            updated=count_text(summary.updated),
            unchanged=count_text(summary.unchanged),
            merged=count_text(summary.merged_duplicates),
        ),
        (QCoreApplication.translate(
            "ImportSummary",
            "Rejetées : <b>{rejected}</b> — signalées : {flagged} — conflits avec "
            "vos modifications : <b>{conflicts}</b> — fermées ou inactives ignorées : "
            "<b>{closed}</b>",
        ) if summary.target != "spend" else QCoreApplication.translate(  # never closed
            "ImportSummary",
            "Rejetées : <b>{rejected}</b> — signalées : {flagged} — conflits avec "
            "vos modifications : <b>{conflicts}</b>",
        )).format(
            rejected=count_text(summary.rejected),
            flagged=_flagged_text(summary),
            conflicts=count_text(summary.conflicts),
            closed=count_text(summary.skipped_closed),
        ),
    ]
    if summary.skipped_other:
        lines.append(QCoreApplication.translate(
            "ImportSummary", "Lignes hors ESAT ignorées (FINESS, autre catégorie) : <b>{count}</b>"
        ).format(count=count_text(summary.skipped_other)))
    if summary.skipped_totals:
        lines.append(QCoreApplication.translate(
            "ImportSummary", "Lignes de total ou de pagination ignorées : <b>{count}</b>"
        ).format(count=count_text(summary.skipped_totals)))
    lines += [html.escape(note) for note in summary.notes]  # sheets not read, already in words
    if summary.rows == 0:
        lines.append(QCoreApplication.translate(
            "ImportSummary", "<b>Aucune ligne de données n'a été lue.</b>"))
    elif not summary.issues:
        lines.append(QCoreApplication.translate("ImportSummary", NOTHING_TO_CHECK))
    if summary.target == "spend":
        lines.append(
            _attached_text().format(
                matched=count_text(summary.matched),
                unmatched=count_text(summary.unmatched),
                created=count_text(summary.classic_created),
                total=format_eur(summary.amount_total_cents, decimals=True),
            )
        )
        lines.append(_amounts_text(summary))
    if summary.typed_created or summary.completed:
        lines.append(_described_text().format(typed=count_text(summary.typed_created),
                                              completed=count_text(summary.completed)))
    if summary.default_buyer_lines:
        lines.append(_default_buyer_text(summary))
    if unknown := _unknown_buyers(summary):
        lines.append(_unknown_buyers_text(unknown, simulated=simulated))
    if summary.people_added:
        lines.append(_people_added_text(summary, simulated=simulated))
    if not simulated and not summary.applied:  # refused: all or nothing, with rejected rows
        lines.append(f"<b>{SummaryCounts().refusal(summary.rejected)}</b>")
    elif not simulated and summary.backup_path:  # none kept when nothing changed
        lines.append(QCoreApplication.translate(
            "ImportSummary", "Une copie de l'espace de travail a été faite avant l'import. Pour "
            "y revenir : « Revenir avant cet import… », ci-dessous ou plus tard dans la page "
            "Imports / exports."))
    return [unbroken(line) for line in lines]


def unbroken(rich_text: str) -> str:
    """Rich text whose amounts and counts never wrap at their thousands space (« 16 714,50 € »).

    Qt's HTML reading turns the narrow no-break space of French digit groups into an ordinary,
    breakable space; a no-break space stays one.
    """
    return rich_text.replace("\u202f", "\u00a0")


def _amounts_text(summary: ImportSummary) -> str:
    """What the import adds: the total above counts the lines found unchanged too."""
    text = QCoreApplication.translate(
        "ImportSummary", "Montant des lignes nouvelles : <b>{added}</b> HT").format(
        added=format_eur(summary.amount_added_cents, decimals=True))
    if summary.amount_updated_cents:
        text += QCoreApplication.translate(
            "ImportSummary", " — des lignes mises à jour : <b>{updated}</b> HT").format(
            updated=format_eur(summary.amount_updated_cents, decimals=True))
    return text


def _attached_text() -> str:
    """The spend lines attached to a counterparty already there, or to one created for them.

    « non rattachées » read as lines lost, although each is attached to the card created.
    """
    if profile_in_use().is_seller:
        return QCoreApplication.translate(
            "ImportSummary",
            "Lignes rattachées à un client existant : <b>{matched}</b> — à un client créé "
            "pour elles : <b>{unmatched}</b> — total <b>{total}</b> HT")
    return QCoreApplication.translate(
        "ImportSummary",
        "Lignes rattachées à un fournisseur existant : <b>{matched}</b> — à un fournisseur "
        "créé pour elles : <b>{unmatched}</b> (fournisseurs classiques créés : <b>{created}</b>)"
        " — total <b>{total}</b> HT")


def _described_text() -> str:
    """Counterparties created or completed with the kind, post code and city of the file."""
    if profile_in_use().is_seller:
        return QCoreApplication.translate(
            "ImportSummary", "Clients créés avec le type du fichier : <b>{typed}</b> — fiches "
            "complétées (type, code postal ou ville vides) : <b>{completed}</b>")
    return QCoreApplication.translate(
        "ImportSummary", "Fournisseurs créés avec le type du fichier : <b>{typed}</b> — fiches "
        "complétées (type, code postal ou ville vides) : <b>{completed}</b>")


def _default_buyer_text(summary: ImportSummary) -> str:
    """How many lines without a buyer (a seller: without a salesperson) went to whom."""
    text = (QCoreApplication.translate(
        "ImportSummary", "Lignes sans commercial attribuées à {name} : <b>{count}</b>")
        if profile_in_use().is_seller else QCoreApplication.translate(
        "ImportSummary", "Lignes sans acheteur attribuées à {name} : <b>{count}</b>"))
    return text.format(name=html.escape(summary.default_buyer_name),
                       count=count_text(summary.default_buyer_lines))


def _unknown_buyers(summary: ImportSummary) -> list[str]:
    """The people a spend file names who are nobody in the workspace, each once.

    Named as the option would add them: « DUPONT Marie » and « Marie Dupont » are Marie Dupont.
    """
    names = {person_key(issue.value): person_name(issue.value)
             for issue in summary.issues if issue.field == "buyer"}
    return sorted(names.values(), key=fold)  # Léo before Lina


def _unknown_buyers_text(names: list[str], *, simulated: bool) -> str:
    """Who the file names but the workspace lacks, and how their lines come to them."""
    named = ", ".join(html.escape(name) for name in names[:MAX_BUYERS_NAMED])
    counts = SummaryCounts()
    if len(names) > MAX_BUYERS_NAMED:
        named = f"{named} {counts.others(len(names) - MAX_BUYERS_NAMED)}"
    seller = profile_in_use().is_seller
    text = (counts.unknown_salespeople(len(names), simulated=simulated) if seller
            else counts.unknown_buyers(len(names), simulated=simulated))
    return text.format(names=named, option=html.escape(add_buyers_text(seller=seller), quote=False))


def _people_added_text(summary: ImportSummary, *, simulated: bool) -> str:
    """Who the import added (or would add) to the organisation for the buyers it lacked."""
    names = ", ".join(html.escape(name) for name in summary.people_added)
    if simulated:
        return QCoreApplication.translate(
            "ImportSummary", "Personnes que l'import ajouterait à l'organisation : {names}"
        ).format(names=names)
    return QCoreApplication.translate(
        "ImportSummary", "Personnes ajoutées à l'organisation : {names}").format(names=names)


def _flagged_text(summary: ImportSummary) -> str:
    """The flagged lines, and the remarks on them when a line has several (as the table lists)."""
    lines = f"<b>{count_text(summary.flagged)}</b>"
    if summary.flag_remarks == summary.flagged:
        return lines
    remarks = count_text(summary.flag_remarks)
    return QCoreApplication.translate(
        "ImportSummary", "{lines} (remarques : <b>{remarks}</b>)").format(lines=lines,
                                                                           remarks=remarks)


def _files_text(summary: ImportSummary) -> str:
    """How the file was read (its encoding, or the kind of workbook); each file's, for several.

    Several files are listed one a line, under the count.
    """
    if len(summary.files) > 1:
        return QCoreApplication.translate("ImportSummary", "fichiers : {files}").format(
            files="".join(f"<br>&nbsp;&nbsp;• {_file_text(read)}" for read in summary.files))
    if summary.files:
        return _reading_text(summary.files[0])
    return _reading_text(FileRead("", summary.format, summary.encoding))


def _file_text(read: FileRead) -> str:
    """« annuaire.csv : Tableau libre, UTF-8 »: a file of several, its format and its reading."""
    return QCoreApplication.translate("ImportSummary", "{name} : {format}, {reading}").format(
        name=html.escape(read.name), format=format_short_label(read.format),
        reading=_reading_text(read, labelled=False))


def _reading_text(read: FileRead, *, labelled: bool = True) -> str:
    """« encodage : UTF-8 » for a text file; « classeur Excel » for a workbook."""
    # not from the name: a sheet read apart is « regions.xlsx — Rég. Sud », suffix « . Sud »
    workbook = workbook_label(read.container)
    if workbook or not read.encoding:
        return workbook or QCoreApplication.translate("ImportSummary", "classeur")
    # the summary keeps the encoding's French name (ENCODING_LABELS), as the CLI says it
    encoding = QCoreApplication.translate("ImportPlan", read.encoding)
    return QCoreApplication.translate("ImportSummary", "encodage : {encoding}").format(
        encoding=encoding) if labelled else encoding


#: Rows of the issues table shown as high as their whole reason: the ones a user reads.
ROWS_FITTED = 200
#: The reason's width (average characters) a file's whole name leaves it at least.
REASON_ROOM = 40


class MiddleElided(FullTextDelegate):
    """A file's name cut in its middle, its end (« …_2026-03.ods ») in sight; whole in a tooltip."""

    def initStyleOption(self, option: QStyleOptionViewItem,  # noqa: N802
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideMiddle
        option.features &= ~QStyleOptionViewItem.ViewItemFeature.WrapText  # one line, no « _ »


class LineHeld(FullTextDelegate):
    """A rejected line without a name shows its cells, in italics, in the structure's place."""

    def initStyleOption(self, option: QStyleOptionViewItem,  # noqa: N802
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        if not option.text and (held := index.data(LINE_HELD_ROLE)):
            option.text = held
            option.font.setItalic(True)


class IssuesTable(QTableView):
    """Rejected, flagged and conflicting rows: severity, file, line, structure, field, value...

    The same columns as the import history's (one model): fields named as the mapping names them.
    """

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("importIssues")
        self.issue_model = ImportIssueTableModel(self)
        show_sorted(self, self.issue_model)
        self.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)  # Tab leaves: show_sorted
        self.setItemDelegateForColumn(COL_FILE, MiddleElided(self))
        self.setItemDelegateForColumn(COL_STRUCTURE, LineHeld(self))
        self._file_width = 0  # the file column's capped width (``fit_columns``)
        # the reason narrowed (a scroll bar shown, a column widened): its rows as tall again
        self.horizontalHeader().sectionResized.connect(self._on_section_resized)

    def show_issues(self, issues: Sequence[RowIssue], limit: int = 2000) -> None:
        """Show the first issues (the CSV export has them all); hidden when there are none."""
        shown = list(issues)[:limit]
        self.setVisible(bool(shown))
        self.issue_model.set_rows(shown)
        # long files, names, fields and values wrapped, the reason given the room left
        fit_columns(self, stretch=COL_REASON, capped=CAPPED_COLUMNS)
        self._file_width = self.horizontalHeader().sectionSize(COL_FILE)
        self._fit_file_column()
        self._fit_rows()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit_file_column()
            self._fit_rows()

    def _fit_file_column(self) -> None:
        """The files' whole names when the reason keeps ``REASON_ROOM``; capped otherwise."""
        header = self.horizontalHeader()
        if not self.issue_model.rowCount():
            return
        others = sum(header.sectionSize(column) for column in range(header.count())
                     if column not in (COL_FILE, COL_REASON))
        room = (self.viewport().width() - others
                - REASON_ROOM * self.fontMetrics().averageCharWidth())
        whole = self.sizeHintForColumn(COL_FILE)
        header.resizeSection(COL_FILE, max(self._file_width, min(whole, room)))

    def _on_section_resized(self, column: int, old: int, new: int) -> None:
        if column == COL_REASON and new != old:
            self._fit_rows()

    def _fit_rows(self) -> None:
        """The first rows as high as their whole reason at the reason column's width.

        At the two lines of a row, a long reason was cut (« …the record keeps “12 rue des … »)
        in a table with room to spare below. Rows further down keep two lines (whole in their
        tooltip): measuring 2 000 rows took half a second at each resize.
        """
        for row in range(min(self.model().rowCount(), ROWS_FITTED)):
            self.resizeRowToContents(row)
