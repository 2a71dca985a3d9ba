"""Go back to a copy of the workspace: the list of copies, and the confirmation asked first."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from srm_inclusif.core import numbers
from srm_inclusif.storage.backup import BackupCopy, list_backups, reason_label
from srm_inclusif.storage.services.imports import list_import_batches
from srm_inclusif.ui.context import WorkspaceContext


def moment_text(moment: datetime) -> str:
    """A copy's date and time as the user reads them."""
    return numbers.moment_text(moment, seconds=True)


def confirm_restore(parent: QWidget | None, taken_at: datetime) -> bool:
    """Ask before going back: what is lost, and that the current state is kept aside."""
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("RestoreDialog", "Revenir à une sauvegarde"),
        QCoreApplication.translate(
            "RestoreDialog",
            "L'espace de travail va revenir à son état du {moment}. Tout ce qui a été fait "
            "depuis (imports, fiches, contrats, retours…) ne sera plus visible.\n\n"
            "L'état actuel est d'abord copié dans les sauvegardes : vous pourrez y revenir "
            "de la même façon.").format(moment=moment_text(taken_at)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel)
    return answer == QMessageBox.StandardButton.Yes


class RestoreDialog(QDialog):
    """The copies of the workspace, newest first; "Restaurer" asks, then requests the restore."""

    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restaurer une sauvegarde"))
        self.copies = list_backups(ctx.workspace.path)
        # the files of the import each copy was taken before (its batch names the copy)
        imported = {batch.counts["backup"]: batch.file_names
                    for batch in list_import_batches(ctx.engine) if batch.counts.get("backup")}
        intro = QLabel(self.tr(
            "SRM Inclusif copie l'espace de travail avant chaque import, chaque mise à jour "
            "de l'application et chaque restauration. Choisissez l'état auquel revenir."))
        intro.setWordWrap(True)
        self.table = QTableWidget(len(self.copies), 3)
        self.table.setObjectName("backupsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Copie prise"),
                                              self.tr("Taille")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        for row, copy in enumerate(self.copies):
            # « 1,3 Mo » / « 1.3 MB » as file managers say it, not « 1,32 Mio »
            size = QLocale().formattedDataSize(
                copy.size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)
            for column, text in enumerate((moment_text(copy.taken_at),
                                           self._taken_before(copy, imported), size)):
                item = QTableWidgetItem(text)
                if column == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.empty_label = QLabel(self.tr("Aucune sauvegarde pour cet espace de travail."))
        self.empty_label.setVisible(not self.copies)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = QPushButton(self.tr("&Restaurer…"))
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.setEnabled(False)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self._on_restore)
        self.table.itemSelectionChanged.connect(
            lambda: self.restore_button.setEnabled(self.selected() is not None))
        self.table.doubleClicked.connect(self._on_restore)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(self.empty_label)
        layout.addWidget(buttons)
        self.resize(620, 380)
        if self.copies:
            self.table.selectRow(0)

    def _taken_before(self, copy: BackupCopy, imported: dict[str, str]) -> str:
        """Why the copy was taken; before an import, which files it read."""
        files = imported.get(copy.path.name)
        if files is None:
            return reason_label(copy.reason)
        return self.tr("Avant l'import de « {files} »").format(files=files)

    def selected(self) -> BackupCopy | None:
        """The copy selected in the list."""
        rows = self.table.selectionModel().selectedRows()
        return self.copies[rows[0].row()] if rows else None

    def _on_restore(self) -> None:
        copy = self.selected()
        if copy is not None and request_restore_of(self.ctx, self, copy.path, copy.taken_at):
            self.accept()


def request_restore_of(ctx: WorkspaceContext, parent: QWidget | None, copy: Path,
                       taken_at: datetime) -> bool:
    """Confirm, then ask to put ``copy`` back (the window does it once the dialogs are shut)."""
    if not confirm_restore(parent, taken_at):
        return False
    ctx.restore_requested.emit(copy)
    return True
