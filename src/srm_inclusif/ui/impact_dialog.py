"""« Bilans d'impact »: what a client's purchases produced (DOMAIN.md section 7), by period.

A structure inclusive records for each client the people employed on the mission, the hours
worked and given in training, and the exits by category; the rate of « sorties dynamiques » is
said while the exits are typed. Each change is one undo step; a report goes to the client as an
XLSX workbook. People are counted, never named.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from srm_inclusif.core.impact import (
    HOURS_WORKED_LABEL,
    PEOPLE_LABEL,
    RATE_DEFINITION,
    TRAINING_HOURS_LABEL,
    ImpactFigures,
    next_report_period,
)
from srm_inclusif.core.numbers import percent_of
from srm_inclusif.storage.changes import Changes
from srm_inclusif.storage.services import impact_reports as svc
from srm_inclusif.storage.services.counterparties import list_counterparties
from srm_inclusif.ui import file_dialogs, read_only_banner
from srm_inclusif.ui.commands import run_step
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.entry_list import Entry, EntryList
from srm_inclusif.ui.errors import error_text
from srm_inclusif.ui.i18n import count_text
from srm_inclusif.ui.impact_form import ImpactReportForm, hours_text, period_text, vocabulary_text
from srm_inclusif.ui.mnemonics import give_letters, labels_leading_to, letters_taken_by
from srm_inclusif.ui.prompts import asked
from srm_inclusif.ui.sizing import resize_to_fit
from srm_inclusif.ui.undo import undo_here


class ImpactReportsDialog(QDialog):
    """A client chosen by name, its reports, and their buttons; Entrée, Suppr, Ctrl+Z work."""

    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None,
                 counterparty_id: int | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.reports: list[svc.ImpactReportRow] = []
        self._names: dict[int, str] = {}
        self.setObjectName("impactReportsDialog")
        self.setWindowTitle(self.tr("Bilans d'impact"))
        self._build()
        self._fill_clients(counterparty_id)
        self._connect_signals()
        undo_here(self, ctx.undo_stack)
        self.reload()
        # the client's reports first when it is given, else the client to choose
        (self.client_combo if counterparty_id is None else self.report_list).setFocus()
        resize_to_fit(self, 940, 560)

    # -- view -----------------------------------------------------------------------------------
    def _build(self) -> None:
        self.client_combo = QComboBox()
        self.client_combo.setObjectName("impactClient")
        self.client_combo.setEditable(True)
        self.client_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.client_combo.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.client_combo.completer().setCompletionMode(
            QCompleter.CompletionMode.PopupCompletion)
        self.client_combo.lineEdit().setPlaceholderText(
            self.tr("Tapez le nom d'un client, puis choisissez-le"))
        self.hint_label = QLabel()
        self.hint_label.setObjectName("impactHint")
        self.entries = EntryList("impactReportList", self.tr("Bilans"), [
            self.tr("Période"), vocabulary_text(PEOPLE_LABEL), vocabulary_text(HOURS_WORKED_LABEL),
            vocabulary_text(TRAINING_HOURS_LABEL), self.tr("Sorties"),
            self.tr("Sorties dynamiques")], under=self.hint_label, figures_from=1)
        self.report_list, self.list_title = self.entries.tree, self.entries.title
        self.add_button = self.entries.button("addImpactReport", self.tr("Ajouter…"))
        self.edit_button = self.entries.button("editImpactReport", self.tr("Modifier…"),
                                               for_entry=True)
        self.delete_button = self.entries.button("deleteImpactReport", self.tr("Supprimer"),
                                                 for_entry=True)
        self.export_button = self.entries.button("exportImpactReport", self.tr("Exporter…"),
                                                 for_entry=True)
        self.definition_label = QLabel(self.tr("{definition} Les personnes sont comptées, "
                                               "jamais nommées.").format(
            definition=vocabulary_text(RATE_DEFINITION)))
        self.definition_label.setObjectName("impactDefinition")
        self.definition_label.setWordWrap(True)
        self.status_label = QLabel()
        self.status_label.setObjectName("impactStatus")
        self.close_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = self.close_box.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Fermer"))
        close.setAutoDefault(False)  # Entrée in the list edits its row, never closes the dialog
        self._layout()

    def _layout(self) -> None:
        client = QFormLayout()
        client.addRow(self.tr("Client"), self.client_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(client)
        layout.addWidget(self.entries, 1)
        layout.addWidget(self.definition_label)
        layout.addWidget(self.status_label)
        layout.addWidget(self.close_box)
        give_letters([*labels_leading_to([self.client_combo]), self.list_title, self.add_button,
                      self.edit_button, self.delete_button, self.export_button],
                     letters_taken_by(self.close_box.buttons()))

    def _fill_clients(self, counterparty_id: int | None) -> None:
        for row in list_counterparties(self.ctx.engine, limit=100_000, today=self.ctx.today()):
            place = f" — {row.city}" if row.city else ""
            self.client_combo.addItem(f"{row.name}{place}", row.id)
            self._names[row.id] = row.name
        found = -1 if counterparty_id is None else self.client_combo.findData(counterparty_id)
        self.client_combo.setCurrentIndex(found)

    # -- controller -----------------------------------------------------------------------------
    def _connect_signals(self) -> None:
        self.client_combo.currentIndexChanged.connect(self.reload)
        self.entries.current_changed.connect(self._show_buttons)
        if read_only_banner.allowed(self.ctx):  # read-only: Entrée and Suppr change nothing
            self.entries.activated.connect(self._on_edit)
            self.entries.delete_pressed.connect(self._on_delete)
        else:
            read_only_banner.show_read_only_lists(self, self.entries)
        self.add_button.clicked.connect(self._on_add)
        self.edit_button.clicked.connect(self._on_edit)
        self.delete_button.clicked.connect(self._on_delete)
        self.export_button.clicked.connect(self._on_export)
        self.close_box.rejected.connect(self.reject)
        self.ctx.data_changed.connect(self._on_data_changed)

    def _on_data_changed(self, _changes: Changes) -> None:
        self.reload()  # a change made here, undone with Ctrl+Z, or made elsewhere

    def client_id(self) -> int | None:
        """The client chosen, None before one is."""
        data = self.client_combo.currentData()
        return None if data is None else int(data)

    def client_name(self) -> str:
        """The chosen client's name, as its reports name it."""
        client = self.client_id()
        return "" if client is None else self._names.get(client, "")

    def reload(self) -> None:
        """Show the chosen client's reports as they are now, the selected one kept."""
        client = self.client_id()
        self.reports = ([] if client is None else
                        svc.list_impact_reports(self.ctx.engine, counterparty_id=client))
        self.entries.fill([Entry(r.id, self._cells(r.figures)) for r in self.reports],
                          self.entries.current_id())

    def _cells(self, figures: ImpactFigures) -> list[str]:
        rate = figures.exits.dynamic_rate
        return [period_text(figures), count_text(figures.people),
                hours_text(figures.hours_worked), hours_text(figures.training_hours),
                count_text(figures.exits.total),
                self.tr("— (aucune sortie)") if rate is None else percent_of(rate)]

    def writing_buttons(self) -> list[QPushButton]:
        """What adds, changes or removes a report (exporting one writes nothing here)."""
        return [self.add_button, self.edit_button, self.delete_button]

    def _show_buttons(self) -> None:
        self.add_button.setEnabled(self.client_id() is not None)
        self.hint_label.setText(self._hint())
        self.hint_label.setVisible(bool(self.hint_label.text()))

    def _hint(self) -> str:
        if self.client_id() is None:
            return self.tr("Choisissez un client pour voir ses bilans.")
        if not self.reports:
            return self.tr("Aucun bilan pour ce client : « Ajouter… » en crée un.")
        return ""

    def selected(self) -> svc.ImpactReportRow | None:
        """The report selected in the list."""
        chosen = self.entries.current_id()
        return next((r for r in self.reports if r.id == chosen), None)

    def _run(self, text: str, do: Callable[[], Changes], undo: Callable[[], Changes]) -> bool:
        return run_step(self.ctx, self, text, do, undo)

    # -- actions --------------------------------------------------------------------------------
    def _new_figures(self) -> ImpactFigures:
        """The period that follows the latest report's (``next_report_period``)."""
        latest = self.reports[0].figures if self.reports else None
        last = None if latest is None else (latest.period_start, latest.period_end)
        return ImpactFigures(*next_report_period(last, self.ctx.today()))

    def _on_add(self) -> None:
        client = self.client_id()
        if client is not None:
            self._open_form(ImpactReportForm(
                self._new_figures(), lambda f: self.add_report(client, f),
                client=self.client_name(), parent=self))

    def add_report(self, client: int, figures: ImpactFigures) -> bool:
        """Record a report for the client as one undo step."""
        made: dict[str, int] = {}

        def do() -> Changes:
            created = svc.add_impact_report(self.ctx.engine, counterparty_id=client,
                                            figures=figures, report_id=made.get("id"))
            made["id"] = created.id
            return created.changes

        text = self.tr("Ajouter le bilan d'impact {period} de « {client} »").format(
            period=period_text(figures), client=self._names.get(client, ""))
        if not self._run(text, do, lambda: svc.delete_impact_report(self.ctx.engine,
                                                                    report_id=made["id"])):
            return False
        self.entries.select(made["id"])
        return True

    def _on_edit(self) -> None:
        report = self.selected()
        if report is not None:
            self._open_form(ImpactReportForm(
                report.figures, lambda f: self.edit_report(report, f),
                client=report.client_name, editing=True, parent=self))

    @staticmethod
    def _open_form(form: ImpactReportForm) -> None:
        form.exec()
        form.deleteLater()  # a closed form kept as a child would pile up with each one opened

    def edit_report(self, report: svc.ImpactReportRow, figures: ImpactFigures) -> bool:
        """Change a report's figures as one undo step (nothing when nothing changed)."""
        if figures == report.figures:
            return True
        engine = self.ctx.engine
        return self._run(
            self.tr("Modifier le bilan d'impact {period} de « {client} »").format(
                period=period_text(report.figures), client=report.client_name),
            lambda: svc.update_impact_report(engine, report_id=report.id, figures=figures),
            lambda: svc.update_impact_report(engine, report_id=report.id,
                                             figures=report.figures))

    def _on_delete(self) -> None:
        report = self.selected()
        if report is None:
            return
        title = self.tr("Supprimer le bilan d'impact")
        if asked(self, title, self.tr(
                "Supprimer le bilan d'impact {period} de « {client} » ? Ctrl+Z le remet.").format(
                period=period_text(report.figures), client=report.client_name),
                default_yes=False):
            self.delete_report(report)

    def delete_report(self, report: svc.ImpactReportRow) -> bool:
        """Remove a report as one undo step."""
        engine = self.ctx.engine
        return self._run(
            self.tr("Supprimer le bilan d'impact {period} de « {client} »").format(
                period=period_text(report.figures), client=report.client_name),
            lambda: svc.delete_impact_report(engine, report_id=report.id),
            lambda: svc.restore_impact_report(engine, row=report))

    def _on_export(self) -> None:
        from srm_inclusif.exchange.impact_xlsx import impact_file_name

        report = self.selected()
        if report is None:
            return
        path, _filter = file_dialogs.get_save_file_name(
            self, self.tr("Exporter le bilan d'impact"),
            impact_file_name(report.client_name, report.figures), self.tr("Classeur (*.xlsx)"))
        if path:
            self.export_report(report, Path(path))

    def export_report(self, report: svc.ImpactReportRow, path: Path) -> None:
        """Write the report to ``path`` for the client; say where, or why it could not be."""
        from srm_inclusif.exchange.impact_xlsx import write_impact_xlsx

        try:
            write_impact_xlsx(report, path, organisation=self.ctx.settings.organisation_name)
        except OSError as error:
            self.status_label.setText(error_text(error))
            return
        self.status_label.setText(self.tr("Bilan écrit dans « {path} ».").format(path=path))


def open_impact_reports(parent: QWidget | None, ctx: WorkspaceContext,
                        counterparty_id: int | None = None) -> None:
    """Show « Bilans d'impact » until closed, on ``counterparty_id``'s reports when given.

    The dialog goes with its close: kept alive, it would still reload at every change and
    hold its undo keys.
    """
    dialog = ImpactReportsDialog(ctx, parent, counterparty_id)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.exec()
