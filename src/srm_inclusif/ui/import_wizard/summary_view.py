"""Shared pieces of the wizard's last pages: the summary text and the table of row issues."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem

from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP
from srm_inclusif.core.money import format_eur
from srm_inclusif.storage.services.import_records import ImportSummary, RowIssue
from srm_inclusif.ui.i18n import count_text
from srm_inclusif.ui.models.import_issue_table import reason_text, severity_label

#: Said of an import without any rejected, flagged, merged or conflicting row.
NOTHING_TO_CHECK = QT_TRANSLATE_NOOP(
    "ImportSummary", "Aucune ligne rejetée, signalée ni en conflit : rien à vérifier.")


class SummaryCounts(QObject):
    """Texts with a count: lupdate gives plural forms only to a QObject's ``tr``."""

    def refusal(self, rejected: int) -> str:
        return self.tr("%n ligne(s) rejetée(s) : avec l'option « tout ou rien », aucune ligne "
                       "n'a été importée.", "", rejected)


def summary_lines(summary: ImportSummary, *, simulated: bool) -> list[str]:
    """Lines, in the UI language, describing what an import did (or would do)."""
    lead = (
        QCoreApplication.translate("ImportSummary", "L'import ajouterait")
        if simulated
        else QCoreApplication.translate("ImportSummary", "Ajoutées")
    )
    lines = [
        QCoreApplication.translate(
            "ImportSummary", "Lignes lues : <b>{rows}</b> ({encoding})."
        ).format(
            rows=count_text(summary.rows),
            # the summary keeps the encoding's French name (ENCODING_LABELS), as the CLI says it
            encoding=QCoreApplication.translate("ImportPlan", summary.encoding)
            if summary.encoding else QCoreApplication.translate("ImportSummary", "classeur"),
        ),
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
        QCoreApplication.translate(
            "ImportSummary",
            "Rejetées : <b>{rejected}</b> — signalées : <b>{flagged}</b> — conflits avec "
            "vos modifications : <b>{conflicts}</b> — fermées ou inactives ignorées : "
            "<b>{closed}</b>",
        ).format(
            rejected=count_text(summary.rejected),
            flagged=count_text(summary.flagged),
            conflicts=count_text(summary.conflicts),
            closed=count_text(summary.skipped_closed),
        ),
    ]
    if summary.rows == 0:
        lines.append(QCoreApplication.translate(
            "ImportSummary", "<b>Aucune ligne de données n'a été lue.</b>"))
    elif not summary.issues:
        lines.append(QCoreApplication.translate("ImportSummary", NOTHING_TO_CHECK))
    if summary.target == "spend":
        lines.append(
            QCoreApplication.translate(
                "ImportSummary",
                "Rattachées à un fournisseur : <b>{matched}</b> — fournisseurs classiques "
                "créés : <b>{unmatched}</b> — total <b>{total}</b> HT",
            ).format(
                matched=count_text(summary.matched),
                unmatched=count_text(summary.unmatched),
                total=format_eur(summary.amount_total_cents, decimals=True),
            )
        )
    if not simulated and not summary.applied:  # refused: all or nothing, with rejected rows
        lines.append(f"<b>{SummaryCounts().refusal(summary.rejected)}</b>")
    elif not simulated:
        lines.append(
            QCoreApplication.translate(
                "ImportSummary", "Une copie de l'espace de travail a été faite avant l'import."
            )
        )
    return lines


class IssuesTable(QTableWidget):
    """Rejected, flagged and conflicting rows: severity, file, line, field, value, reason."""

    def __init__(self) -> None:
        super().__init__(0, 6)
        self.setObjectName("importIssues")
        self.setHorizontalHeaderLabels(
            [
                self.tr("Gravité"),
                self.tr("Fichier"),
                self.tr("Ligne"),
                self.tr("Champ"),
                self.tr("Valeur"),
                self.tr("Motif"),
            ]
        )
        self.verticalHeader().hide()
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.horizontalHeader().setStretchLastSection(True)
        self.setSortingEnabled(True)

    def show_issues(self, issues: Sequence[RowIssue], limit: int = 2000) -> None:
        """Show the first issues (the CSV export has them all); hidden when there are none."""
        self.setSortingEnabled(False)
        shown = list(issues)[:limit]
        self.setVisible(bool(shown))
        self.setRowCount(len(shown))
        for row, issue in enumerate(shown):
            values = (
                severity_label(issue.severity),
                issue.file_name,
                issue.line,
                issue.field,
                issue.value,
                reason_text(issue.reason),
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem()
                item.setData(0, value if isinstance(value, int) else str(value or ""))
                self.setItem(row, column, item)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.resizeColumnsToContents()
        self.setSortingEnabled(True)
