"""Imports / exports page: past imports with their counts, the rows each rejected or flagged."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from srm_inclusif.core.numbers import day_text
from srm_inclusif.core.vocabulary import Profile
from srm_inclusif.storage.backup import (
    KEEP_PER_REASON,
    BackupCopy,
    backups_dir,
    describe_copy,
)
from srm_inclusif.storage.changes import Changes
from srm_inclusif.storage.services.imports import (
    ImportBatchRow,
    ImportIssueRow,
    list_import_batches,
    list_import_issues,
    reported_structure_id,
)
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.empty_state import empty_state_label
from srm_inclusif.ui.flow_layout import FlowLayout
from srm_inclusif.ui.import_wizard.summary_view import NOTHING_TO_CHECK
from srm_inclusif.ui.issues_export import (
    export_button_text,
    export_issues,
    export_tooltip,
    has_total_lines,
    issues_file_name,
)
from srm_inclusif.ui.mnemonics import plain_text
from srm_inclusif.ui.models.import_batch_table import (
    COL_FILES,
    COL_FORMAT,
    COL_INSERTED,
    COL_RESULT,
    COL_UPDATED,
    ImportBatchTableModel,
    file_names_text,
    import_day,
    import_moment,
    imported_file_names,
)
from srm_inclusif.ui.models.import_issue_table import (
    CAPPED_COLUMNS,
    COL_REASON,
    ImportIssueTableModel,
)
from srm_inclusif.ui.pages.import_history_counts import RESULT_CHARS, FoldedCounts
from srm_inclusif.ui.shortcuts_dialog import with_keys
from srm_inclusif.ui.table_view import WholeTextFit, fit_columns, sorted_table_view

#: The history's format names, cut past that many average characters (whole in their tooltip).
_BESIDE = {COL_FORMAT: 28}


def import_suppliers_text(profile: Profile) -> str:
    """The words that start an import of structures, with the File menu's Alt letter.

    A buyer imports its suppliers, a structure inclusive its clients. The menu and this page
    both say it, and the page is also built without a window.
    """
    if profile is Profile.ACHETEUR:
        return QCoreApplication.translate("ImportsPage", "Importer des &fournisseurs…")
    return QCoreApplication.translate("ImportsPage", "Importer des &clients…")


def import_spend_text(profile: Profile) -> str:
    """The words that start an import of spend lines, with the File menu's Alt letter.

    A buyer imports its purchases, a structure inclusive her sales (for the menu too).
    """
    if profile is Profile.ACHETEUR:
        return QCoreApplication.translate("ImportsPage", "Importer des &dépenses…")
    return QCoreApplication.translate("ImportsPage", "Importer des &ventes…")


class ImportsPage(QWidget):
    """History of imports, a viewer of their issues, and the buttons that start an import."""

    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.batches = ImportBatchTableModel(self, buyer=self._is_buyer())
        self.issues = ImportIssueTableModel(self)
        self._build_view()
        self._connect_signals()
        self.refresh(Changes.all())

    # -- view ---------------------------------------------------------------------------------
    def _empty_text(self, seller: bool) -> str:
        """What each import button reads, in the workspace's words (a seller's: her sales)."""
        if seller:
            return self.tr(
                "Aucun import pour le moment. « {suppliers} » lit une liste de clients (CSV ou "
                "Excel) ; « {spend} » lit les ventes exportées de votre logiciel de facturation "
                "ou de votre comptabilité. Vous pouvez aussi déposer un fichier sur la fenêtre.")
        return self.tr(
            "Aucun import pour le moment. « {suppliers} » lit un annuaire de structures (CSV ou "
            "Excel) ; « {spend} » lit les dépenses exportées de votre ERP ou de votre "
            "comptabilité. Vous pouvez aussi déposer un fichier sur la fenêtre.")

    def _build_view(self) -> None:
        title = QLabel(self.tr("Imports / exports"))
        title.setObjectName("pageTitle")
        self.count_label = QLabel()
        self.count_label.setObjectName("pageCount")
        # the File menu's words, without its Alt letter (the menu's own)
        suppliers = plain_text(import_suppliers_text(self.ctx.settings.profile))
        self.suppliers_button = self._button(suppliers, "importSuppliersButton", "")
        seller = self.ctx.settings.profile.is_seller
        self.spend_button = self._button(plain_text(import_spend_text(self.ctx.settings.profile)),
                                         "importSpendButton", "")
        self.export_button = self._button(export_button_text(), "exportRejectsButton",
                                          "Ctrl+Shift+E")
        self._export_keys = with_keys("", self.export_button)  # its tooltip's « (Ctrl+Shift+E) »
        self.undo_import_button = self._button(self.tr("Revenir avant cet import…"),
                                               "undoImportButton", "")
        self.batch_view = self._table(self.batches, "importBatchesTable")
        self.batch_view.setAccessibleName(self.tr("Historique des imports"))
        # every count in sight on a laptop: the file names take what is left (elided, whole in
        # their tooltip), the titles wrap; on a small screen the names keep a readable width
        # (« Fichier » had fallen to 25 px at 1024 px) and the counts fold into one column
        self.batch_fit = WholeTextFit(self.batch_view, stretch=COL_FILES, beside=_BESIDE,
                                      capped={COL_RESULT: RESULT_CHARS})
        self.batch_counts = FoldedCounts(self.batch_view, self.batch_fit, _BESIDE)
        self.issue_view = self._table(self.issues, "importIssuesTable")
        self.issue_view.setAccessibleName(self.tr("Lignes à vérifier de l'import choisi"))
        self.issue_view.setToolTip(self.tr("Double-clic ou Entrée : ouvrir la fiche de la "
                                           "structure, pour la corriger."))
        self.issue_label = QLabel(self.tr("Sélectionnez un import pour voir ses lignes "
                                          "rejetées ou signalées."))
        self.issue_label.setObjectName("importIssuesLabel")
        empty = self._empty_text(seller)
        self.empty_label = empty_state_label(empty.format(
            suppliers=self.suppliers_button.text(), spend=self.spend_button.text()),
            "noImportLabel")
        buttons = FlowLayout()  # on a narrow screen, the last buttons go on a second line
        for button in (self.suppliers_button, self.spend_button):
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(self.undo_import_button)
        buttons.addWidget(self.export_button)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.issue_label)
        lower_layout.addWidget(self.issue_view)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.batch_view)
        self.splitter.addWidget(lower)
        #: The height the user gave the rows to check by moving the divider (None: half).
        self._rows_height: int | None = None
        self.splitter.splitterMoved.connect(self._remember_rows_height)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(buttons)
        layout.addWidget(self.count_label)
        layout.addWidget(self.empty_label, 1)  # takes the tables' room: the rest stays on top
        layout.addWidget(self.splitter, 1)

    def _is_buyer(self) -> bool:
        return self.ctx.settings.profile is Profile.ACHETEUR

    def _button(self, text: str, name: str, shortcut: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(text)
        if shortcut:
            button.setShortcut(QKeySequence(shortcut))
        return button

    def _table(self, model: ImportBatchTableModel | ImportIssueTableModel, name: str) -> QTableView:
        return sorted_table_view(model, object_name=name, parent=self)[0]

    # -- controller ---------------------------------------------------------------------------
    def _connect_signals(self) -> None:
        self.suppliers_button.clicked.connect(lambda: self._on_import_clicked("suppliers"))
        self.spend_button.clicked.connect(lambda: self._on_import_clicked("spend"))
        self.export_button.clicked.connect(self._on_export_clicked)
        self.undo_import_button.clicked.connect(self._on_undo_import_clicked)
        self.batch_view.selectionModel().selectionChanged.connect(self._on_batch_selected)
        self.issue_view.activated.connect(self._on_issue_activated)  # double click or Enter

    def importing_buttons(self) -> list[QPushButton]:
        """The buttons that start an import: of suppliers (or clients), of spend (or sales)."""
        return [self.suppliers_button, self.spend_button]

    def refresh(self, changes: Changes) -> None:
        """Reload the history when imports changed."""
        if not changes.touches("imports"):
            return
        rows = list_import_batches(self.ctx.engine)
        self.batches.set_rows(rows)
        self.count_label.setText(self.tr("%n import(s)", "", len(rows)))
        # a first-time user sees what the buttons read, not two empty tables
        self.empty_label.setHidden(bool(rows))
        self.splitter.setHidden(not rows)
        if rows:
            self.batch_view.selectRow(0)
        else:
            self._offer_undo(None)
            self._show_issues(None)

    def selected_batch_id(self) -> int | None:
        """Id of the import selected in the history."""
        batch = self._selected_batch()
        return None if batch is None else batch.id

    def _selected_batch(self) -> ImportBatchRow | None:
        indexes = self.batch_view.selectionModel().selectedRows()
        if not indexes:
            return None
        proxy = self.batch_view.model()
        assert isinstance(proxy, QSortFilterProxyModel)
        return self.batches.batch_at(proxy.mapToSource(indexes[0]).row())

    def _copy_before(self, batch: ImportBatchRow | None) -> BackupCopy | None:
        """The copy taken before an import, when it is still there."""
        name = batch.counts.get("backup") if batch is not None else None
        path = self.ctx.workspace.path
        return describe_copy(path, backups_dir(path) / name) if name else None

    def _on_batch_selected(self) -> None:
        batch = self._selected_batch()
        self._offer_undo(batch)
        self._show_issues(None if batch is None else batch.id)

    def _offer_undo(self, batch: ImportBatchRow | None) -> None:
        """Offer to go back before the selected import, or say why it cannot be done."""
        available = self._copy_before(batch) is not None
        self.undo_import_button.setEnabled(available)
        if available:
            why = self.tr("Remet l'espace de travail dans l'état de la copie prise juste avant "
                          "cet import.")
        elif batch is None:
            why = self.tr("Sélectionnez un import dans l'historique.")
        elif batch.counts.get("nothing_changed"):
            why = self.tr("Cet import n'a rien changé aux données : il n'y a rien à défaire "
                          "(aucune copie gardée).")
        elif not batch.counts.get("backup"):
            why = self.tr("Aucune copie n'a été prise avant cet import (données de "
                          "démonstration, ou import fait par une version antérieure).")
        else:
            why = self.tr("La copie prise avant cet import n'est plus dans le dossier des "
                          "copies : elle a été supprimée, ou remplacée par une plus récente "
                          "(l'application garde les {count} plus récentes de chaque "
                          "sorte).").format(count=KEEP_PER_REASON)
        self.undo_import_button.setToolTip(why)

    def _show_issues(self, batch_id: int | None) -> None:
        issues = list_import_issues(self.ctx.engine, batch_id=batch_id) if batch_id else []
        self.issues.set_rows(issues)
        self.export_button.setEnabled(bool(issues))
        self.export_button.setToolTip(export_tooltip(issues) + self._export_keys)
        was_hidden = self.issue_view.isHidden()
        self.issue_view.setHidden(batch_id is not None and not issues)
        if was_hidden and not self.issue_view.isHidden():
            self._give_rows_their_room()
        if batch_id is not None and not issues:
            self.issue_label.setText(QCoreApplication.translate("ImportSummary",
                                                                NOTHING_TO_CHECK))
        elif batch_id is not None:
            self.issue_label.setText(self._lines_to_check_text(issues))
        fit_columns(self.issue_view, stretch=COL_REASON, capped=CAPPED_COLUMNS)

    def _lines_to_check_text(self, issues: list[ImportIssueRow]) -> str:
        """How many lines the import's rows to check are about; its total lines said if any."""
        if has_total_lines(issues):
            return self.tr("%Ln ligne(s) rejetée(s), signalée(s), fusionnée(s), en conflit ou "
                           "de total", "", lines_of(issues))
        return self.tr("%Ln ligne(s) rejetée(s), signalée(s), fusionnée(s) ou en conflit", "",
                       lines_of(issues))

    def _give_rows_their_room(self) -> None:
        """The rows to check shown again: their pane as the user left it, else half the height.

        Hidden (an import with nothing to check), the list left its pane to its sentence
        alone; the splitter kept that size, and the next import's rows showed one at a time.
        """
        sizes = self.splitter.sizes()
        total = sum(sizes)
        if total <= 0:  # not laid out yet: the splitter shares the room out itself
            return
        rows = min(self._rows_height or total // 2, total)
        self.splitter.setSizes([total - rows, rows])

    def _remember_rows_height(self) -> None:
        if not self.issue_view.isHidden():
            self._rows_height = self.splitter.sizes()[1]

    def _on_issue_activated(self, index: QModelIndex) -> None:
        """Open the card of the structure a remark is about (« à corriger sur la fiche »)."""
        proxy = self.issue_view.model()
        assert isinstance(proxy, QSortFilterProxyModel)
        issue = self.issues.row_at(proxy.mapToSource(index).row())
        structure_id = reported_structure_id(self.ctx.engine, name=issue.structure_name)
        if structure_id is not None:
            self.open_card(structure_id)

    def open_card(self, counterparty_id: int) -> object:
        """Show the card of a structure, as the structures page does."""
        from srm_inclusif.ui.counterparty_card.card_dialog import CardDialog

        dialog = CardDialog(self.ctx, counterparty_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _on_import_clicked(self, target: str) -> None:
        from srm_inclusif.ui.import_wizard import start_import_wizard

        start_import_wizard(self.ctx, self.window(), None, target=target)

    def offer_undo_of(self, batch_id: int) -> None:
        """Select an import in the history and ask whether to go back before it.

        The way the wizard's summary takes: the question names the import, as asked here.
        """
        proxy = self.batch_view.model()
        assert isinstance(proxy, QSortFilterProxyModel)
        rows = [row for row in range(self.batches.rowCount())
                if self.batches.batch_at(row).id == batch_id]
        if rows:
            self.batch_view.selectRow(proxy.mapFromSource(self.batches.index(rows[0], 0)).row())
            self._on_undo_import_clicked()

    def _on_undo_import_clicked(self) -> None:
        from srm_inclusif.ui.restore_dialog import request_restore_of

        batch = self._selected_batch()
        copy = self._copy_before(batch)
        if batch is not None and copy is not None:
            request_restore_of(self.ctx, self, copy.path, copy.taken_at,
                               question=self._undo_question(batch))

    def _undo_question(self, batch: ImportBatchRow) -> str:
        """Which import going back undoes: when it ran, its files, what it added and updated."""
        moment = import_moment(batch)
        cells = self.batches.texts([batch])[1][0]  # its counts as the history's columns say them
        return self.tr("Revenir avant l'import du {day} à {time} ({files} — ajoutées : "
                       "{inserted}, mises à jour : {updated}) ?").format(
            day=day_text(moment), time=f"{moment:%H:%M}", files=file_names_text(batch),
            inserted=cells[COL_INSERTED], updated=cells[COL_UPDATED])

    def _on_export_clicked(self) -> None:
        batch = self._selected_batch()
        if batch is None:
            return
        export_issues(self, list_import_issues(self.ctx.engine, batch_id=batch.id),
                      issues_file_name(imported_file_names(batch), import_day(batch)))


def lines_of(issues: list[Any]) -> int:
    """How many lines of the files the issues are about (a line may have several remarks)."""
    return len({(i.file_name, i.line) if i.line is not None else id(i) for i in issues})
