"""Named shortlists: browse them, take a structure off, delete a list, export one to XLSX."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from srm_inclusif.core.sourcing import Candidate, RankedCandidate
from srm_inclusif.storage.changes import Changes
from srm_inclusif.storage.services.shortlist_entries import add_to_list, remove_from_list
from srm_inclusif.storage.services.sourcing import (
    ShortlistLine,
    ShortlistRow,
    add_to_shortlist,
    list_shortlists,
    remove_from_shortlist,
    save_shortlist,
    shortlist_lines,
)
from srm_inclusif.ui import file_dialogs, read_only_banner
from srm_inclusif.ui.commands import run_step
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.errors import error_text
from srm_inclusif.ui.sourcing.reasons import reason_text, reasons_text


class ShortlistsDialog(QDialog):
    """Left: the named lists; right: the structures of the chosen one, in rank order."""

    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("shortlistsDialog")
        self.setWindowTitle(self.tr("Listes de structures"))
        self.resize(1000, 560)
        self.lists: list[ShortlistRow] = []
        self.lines: list[ShortlistLine] = []
        self.names = QListWidget()
        self.names.setObjectName("shortlistNames")
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("shortlistLines")
        self.table.setHorizontalHeaderLabels([self.tr("Rang"), self.tr("Structure"),
                                              self.tr("Type"), self.tr("Raisons")])
        header = self.table.horizontalHeader()
        for column, width in enumerate((45, 260, 60)):  # whole names, as in the need dialog
            header.resizeSection(column, width)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        # rows as high as their wrapped name and reasons, whatever the columns' width
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.remove_button = QPushButton(self.tr("&Retirer de la liste"))
        self.remove_button.setObjectName("removeFromShortlist")
        self.export_button = QPushButton(self.tr("&Exporter en XLSX…"))
        self.export_button.setObjectName("exportNamedShortlist")
        for button in (self.remove_button, self.export_button):
            button.setAutoDefault(False)  # Enter must not take a structure off the list
        self.empty_hint = QLabel()
        self.empty_hint.setObjectName("shortlistsEmpty")
        self.empty_hint.setWordWrap(True)
        self._build_layout()
        self.names.currentRowChanged.connect(self._show_lines)
        self.remove_button.clicked.connect(self.remove_selected)
        self.export_button.clicked.connect(self.export)
        ctx.data_changed.connect(self._on_data_changed)
        self.reload()

    def _on_data_changed(self, _changes: object) -> None:
        self.reload()

    def _build_layout(self) -> None:
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        right_layout.addLayout(buttons)
        splitter = QSplitter()
        splitter.addWidget(self.names)
        splitter.addWidget(right)
        splitter.setSizes([260, 740])
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Fermer"))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_hint)
        layout.addWidget(splitter, 1)
        layout.addWidget(close)
        close.button(QDialogButtonBox.StandardButton.Close).setDefault(True)

    def reload(self) -> None:
        """Read the lists again, keeping the current one."""
        current = self.names.currentRow()
        self.lists = list_shortlists(self.ctx.engine)
        self.names.blockSignals(True)
        self.names.clear()
        self.names.addItems([self.tr("%1 (%2)").replace("%1", s.name).replace("%2", str(s.size))
                             for s in self.lists])
        self.names.blockSignals(False)
        if self.lists:
            self.names.setCurrentRow(min(max(current, 0), len(self.lists) - 1))
            self._show_lines(self.names.currentRow())
        else:
            self._show_lines(-1)
        self.export_button.setEnabled(bool(self.lists))

    def _show_lines(self, row: int) -> None:
        self.lines = (shortlist_lines(self.ctx.engine, shortlist_id=self.lists[row].id)
                      if 0 <= row < len(self.lists) else [])
        self.table.setRowCount(len(self.lines))
        for r, line in enumerate(self.lines):
            for c, text in enumerate((str(line.rank), line.name, line.kind,
                                      reasons_text(line.reasons, self.tr(" ; ")))):
                item = QTableWidgetItem(text)
                side = Qt.AlignmentFlag.AlignRight if c == 0 else Qt.AlignmentFlag.AlignLeft
                item.setTextAlignment(side | Qt.AlignmentFlag.AlignTop)  # beside their reasons
                self.table.setItem(r, c, item)
        self.remove_button.setEnabled(bool(self.lines))
        read_only_banner.refuse_writing(self)  # read-only: the lists are read, not changed
        self._show_hint()

    def writing_buttons(self) -> list[QPushButton]:
        """What changes a list: « Retirer de la liste » (exporting one writes nothing here)."""
        return [self.remove_button]

    def _show_hint(self) -> None:
        """Why the table is empty (no list yet, or a list emptied), hidden when it is not."""
        if not self.lists:
            text = self.tr(
                "Aucune liste pour l'instant. Sélectionnez des structures dans la liste des fiches "
                "puis choisissez « Ajouter à une liste… », ou enregistrez une présélection depuis "
                "« Besoin et présélection… ».")
        elif not self.lines:
            text = self.tr(
                "Cette liste est vide. Sélectionnez des structures dans la liste des fiches puis "
                "choisissez « Ajouter à une liste… ».")
        else:
            text = ""
        self.empty_hint.setText(text)
        self.empty_hint.setVisible(bool(text))

    def remove_selected(self) -> None:
        """Take the selected structure off the list (one undo step)."""
        row, list_row = self.table.currentRow(), self.names.currentRow()
        if not (0 <= row < len(self.lines) and 0 <= list_row < len(self.lists)):
            return
        sid, cid = self.lists[list_row].id, self.lines[row].counterparty_id
        engine = self.ctx.engine
        run_step(self.ctx, self, self.tr("Retirer de la liste"),
                 lambda: remove_from_shortlist(engine, shortlist_id=sid, counterparty_id=cid),
                 lambda: add_to_shortlist(engine, shortlist_id=sid, counterparty_id=cid))

    def export(self) -> None:
        """Write the chosen list to an XLSX file."""
        row = self.names.currentRow()
        if not 0 <= row < len(self.lists):
            return
        path, _ = file_dialogs.get_save_file_name(self, self.tr("Exporter la liste"),
                                                  f"{self.lists[row].name}.xlsx",
                                                  self.tr("Classeur (*.xlsx)"))
        if not path:
            return
        from srm_inclusif.exchange.shortlist_xlsx import export_shortlist
        from srm_inclusif.storage.services.shortlist_details import shortlist_details

        ranked = [RankedCandidate(Candidate(x.counterparty_id, x.name, x.kind, x.department_code),
                                  x.score, tuple(x.reasons)) for x in self.lines]
        try:
            export_shortlist(path, title=self.lists[row].name, need_lines=[], ranked=ranked,
                             details=shortlist_details(
                                 self.ctx.engine, [r.candidate.id for r in ranked]),
                             reason_text=reason_text)
        except OSError as error:
            QMessageBox.warning(self, self.tr("Exporter"), error_text(error))


def add_to_named_list(ctx: WorkspaceContext, parent: QWidget, counterparty_ids: list[int]) -> bool:
    """Ask for a list (existing or new) and put the structures on it, as one undo step."""
    lists = list_shortlists(ctx.engine)
    names = [s.name for s in lists]
    name, ok = QInputDialog.getItem(
        parent, QDialog.tr("Ajouter à une liste"),
        QDialog.tr("Liste (choisissez-en une ou tapez un nouveau nom) :"), names, 0, True)
    if not ok or not name.strip():
        return False
    engine, existing = ctx.engine, {s.name: s.id for s in lists}
    state: dict[str, int] = {}
    added: list[int] = []

    def do() -> Changes:
        sid = existing.get(name.strip())
        if sid is None:
            sid = save_shortlist(engine, name=name, need_id=None, ranked=[]).id
            state["created"] = sid
        state["id"] = sid
        added[:] = add_to_list(engine, shortlist_id=sid, counterparty_ids=counterparty_ids)
        return Changes(counterparties=set(counterparty_ids))

    def undo() -> Changes:
        from srm_inclusif.storage.services.sourcing import delete_shortlist

        if "created" in state:
            delete_shortlist(engine, shortlist_id=state.pop("created"))
        else:
            remove_from_list(engine, shortlist_id=state["id"], counterparty_ids=added)
        return Changes(counterparties=set(counterparty_ids))

    done = run_step(ctx, parent, QDialog.tr("Ajouter à la liste « %1 »").replace("%1", name),
                    do, undo)
    window = parent.window()
    if done and isinstance(window, QMainWindow):
        window.statusBar().showMessage(added_text(len(added), len(counterparty_ids), name), 8000)
    return done


def added_text(added: int, chosen: int, name: str) -> str:
    """What « Ajouter à une liste… » did, for the status bar."""
    text = QDialog.tr("%n structure(s) ajoutée(s) à la liste « {name} »", "", added)
    if chosen > added:
        text += QDialog.tr(" (%n y étai(en)t déjà)", "", chosen - added)
    return text.format(name=name.strip()) + "."
