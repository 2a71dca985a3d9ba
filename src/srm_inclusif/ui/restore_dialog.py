"""Go back to a copy of the workspace: the list of copies, a copy taken now, a file chosen."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
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
from srm_inclusif.core.errors import SrmError
from srm_inclusif.storage.backup import (
    KEEP_PER_REASON,
    BackupCopy,
    backup_now,
    delete_backup,
    list_backups,
    reason_label,
)
from srm_inclusif.storage.changes import Changes
from srm_inclusif.storage.services.imports import ImportBatchRow, list_import_batches
from srm_inclusif.storage.workspace import check_copy
from srm_inclusif.ui import file_dialogs
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.errors import error_text

#: The reasons a chosen file is refused for being no workspace at all (not a damaged one).
_NOT_A_WORKSPACE = ("not_workspace", "other_database")


def moment_text(moment: datetime) -> str:
    """A copy's date and time as the user reads them."""
    return numbers.moment_text(moment, seconds=True)


def confirm_restore(parent: QWidget | None, taken_at: datetime, *,
                    file_name: str | None = None, question: str = "") -> bool:
    """Ask before going back: what is lost, and that the current state is kept aside.

    ``file_name`` names a file the user chose (not one of the listed copies); ``question``,
    asked first, says what is undone (« Revenir avant l'import du… ? »).
    """
    if file_name is None:
        text = QCoreApplication.translate(
            "RestoreDialog",
            "L'espace de travail va revenir à son état du {moment}. Tout ce qui a été fait "
            "depuis (imports, fiches, contrats, retours…) ne sera plus visible.\n\n"
            "L'état actuel est d'abord copié dans les sauvegardes : vous pourrez y revenir "
            "de la même façon.")
    else:
        text = QCoreApplication.translate(
            "RestoreDialog",
            "L'espace de travail va être remplacé par le contenu de « {file} », enregistré "
            "le {moment}. Ce qu'il contient maintenant (imports, fiches, contrats, retours…) "
            "ne sera plus visible.\n\n"
            "L'état actuel est d'abord copié dans les sauvegardes : vous pourrez y revenir "
            "de la même façon.")
    box = QMessageBox(QMessageBox.Icon.Question,
                      QCoreApplication.translate("RestoreDialog", "Revenir à une sauvegarde"),
                      "\n\n".join(filter(None, (question, text.format(
                          moment=moment_text(taken_at), file=file_name)))),
                      QMessageBox.StandardButton.Cancel, parent)
    restore = box.addButton(QCoreApplication.translate("RestoreDialog", "Restaurer"),
                            QMessageBox.ButtonRole.AcceptRole)  # the verb, with « Annuler »
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is restore


def confirm_delete(parent: QWidget | None, taken_at: datetime, kind: str,
                   before_import: bool) -> bool:
    """Ask before deleting a copy: which one, that it cannot be undone, what is then lost.

    ``before_import``: the copy is the state just before an import, the only way back to it.
    """
    text = QCoreApplication.translate(
        "RestoreDialog", "Supprimer cette sauvegarde ?\n\n{moment} — {kind}").format(
        moment=moment_text(taken_at), kind=kind)
    if before_import:
        text += "\n\n" + QCoreApplication.translate(
            "RestoreDialog", "C'est la seule copie de l'espace de travail tel qu'il était juste "
            "avant cet import : sans elle, on ne pourra plus revenir avant lui (« Revenir avant "
            "cet import… » de la page Imports).")
    text += "\n\n" + QCoreApplication.translate(
        "RestoreDialog", "Le fichier de la copie est effacé du disque : la suppression ne "
        "pourra pas être annulée.")
    box = QMessageBox(QMessageBox.Icon.Warning,
                      QCoreApplication.translate("RestoreDialog", "Supprimer une sauvegarde"),
                      text, QMessageBox.StandardButton.Cancel, parent)
    delete = box.addButton(QCoreApplication.translate("RestoreDialog", "Supprimer"),
                           QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is delete


class RestoreDialog(QDialog):
    """The copies of the workspace, newest first; "Restaurer" asks, then requests the restore.

    « Sauvegarder maintenant » adds a copy to the list; « Restaurer depuis un fichier… » puts
    back a workspace file saved elsewhere, checked first, through the same request;
    « Supprimer la copie… » (or Suppr on the list) deletes the selected copy once confirmed.
    """

    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.copies: list[BackupCopy] = []
        #: The import each copy was taken just before, by the copy's file name.
        self.imports_after: dict[str, ImportBatchRow] = {}
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restaurer une sauvegarde"))
        intro = QLabel(self.tr(
            "Une sauvegarde est une copie de tout l'espace de travail. SRM Inclusif en prend "
            "une avant chaque import, chaque mise à jour de l'application et chaque "
            "restauration, et garde les {count} dernières de chaque sorte ; les sauvegardes "
            "manuelles sont gardées jusqu'à ce que vous les supprimiez. Choisissez l'état "
            "auquel revenir.").format(
                count=KEEP_PER_REASON))
        intro.setWordWrap(True)
        self.table = self._make_table()
        self.empty_label = QLabel(self.tr(
            "Aucune sauvegarde pour l'instant. « Sauvegarder maintenant » copie l'espace de "
            "travail tel qu'il est, pour pouvoir y revenir plus tard ; « Restaurer depuis un "
            "fichier… » revient à une copie enregistrée ailleurs, par exemple avec "
            "« Enregistrer une copie… »."))
        self.empty_label.setObjectName("noBackupLabel")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label, 1)
        layout.addLayout(self._make_buttons())
        # Enter asks to restore the selected copy (set once the button is the dialog's)
        self.restore_button.setDefault(True)
        self._connect_signals()
        self.resize(680, 400)
        self._fill()

    def _make_table(self) -> QTableWidget:
        table = QTableWidget(0, 3)
        table.setObjectName("backupsTable")
        table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Copie prise"),
                                         self.tr("Taille")])
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        return table

    def _make_buttons(self) -> QHBoxLayout:
        self.backup_button = QPushButton(self.tr("&Sauvegarder maintenant"))
        self.backup_button.setObjectName("backupNowButton")
        self.from_file_button = QPushButton(self.tr("Restaurer depuis un &fichier…"))
        self.from_file_button.setObjectName("restoreFromFileButton")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = QPushButton(self.tr("&Restaurer…"))
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.setEnabled(False)
        self.delete_button = QPushButton(self.tr("Supprimer la &copie…"))
        self.delete_button.setObjectName("deleteBackupButton")
        self.delete_button.setToolTip(self.tr("Efface du disque la copie sélectionnée (Suppr)"))
        self.delete_button.setEnabled(False)
        for button in (self.backup_button, self.from_file_button, self.delete_button):
            button.setAutoDefault(False)  # Enter never takes a copy nor opens a file
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        row = QHBoxLayout()
        row.addWidget(self.backup_button)
        row.addWidget(self.from_file_button)
        row.addWidget(self.delete_button)
        row.addStretch(1)
        row.addWidget(self.buttons)
        return row

    def _connect_signals(self) -> None:
        self.buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self._on_restore)
        self.backup_button.clicked.connect(self._on_backup_now)
        self.from_file_button.clicked.connect(self._on_restore_from_file)
        self.delete_button.clicked.connect(self._on_delete)
        self.table.itemSelectionChanged.connect(self._on_selection_changed)
        self.table.doubleClicked.connect(self._on_restore)
        delete_key = QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self._on_delete)

    def _on_selection_changed(self) -> None:
        copy = self.selected()
        self.restore_button.setEnabled(copy is not None and not copy.damaged)
        self.delete_button.setEnabled(copy is not None)

    def _fill(self) -> None:
        """List the copies, newest first, and select the newest whole one."""
        self.copies = list_backups(self.ctx.workspace.path)
        # the files of the import each copy was taken before (its batch names the copy)
        self.imports_after = {batch.counts["backup"]: batch
                              for batch in list_import_batches(self.ctx.engine)
                              if batch.counts.get("backup")}
        self.table.setRowCount(len(self.copies))
        for row, copy in enumerate(self.copies):
            # « 1,3 Mo » / « 1.3 MB » as file managers say it, not « 1,32 Mio »
            size = QLocale().formattedDataSize(
                copy.size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)
            for column, text in enumerate((moment_text(copy.taken_at),
                                           self._taken_before(copy), size)):
                item = QTableWidgetItem(text)
                if copy.damaged:
                    item.setToolTip(self.tr("Cette copie est incomplète (endommagée) : elle ne "
                                            "peut pas être restaurée. Choisissez une autre copie."))
                if column == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.table.setVisible(bool(self.copies))
        self.empty_label.setVisible(not self.copies)
        if self.copies:  # the newest that can be restored
            whole = [row for row, copy in enumerate(self.copies) if not copy.damaged]
            self.table.selectRow(whole[0] if whole else 0)

    def _taken_before(self, copy: BackupCopy) -> str:
        """Why the copy was taken; before an import, which files it read."""
        batch = self.imports_after.get(copy.path.name)
        if batch is None:
            text = reason_label(copy.reason)
        else:
            text = self.tr("Avant l'import de « {files} »").format(files=batch.file_names)
        if copy.damaged:
            return self.tr("{reason} — endommagée, ne peut pas être restaurée").format(reason=text)
        return text

    def selected(self) -> BackupCopy | None:
        """The copy selected in the list."""
        rows = self.table.selectionModel().selectedRows()
        return self.copies[rows[0].row()] if rows else None

    def _on_restore(self) -> None:
        copy = self.selected()
        if copy is None or copy.damaged:  # Enter or a double click on a damaged copy
            return
        if request_restore_of(self.ctx, self, copy.path, copy.taken_at):
            self.accept()

    def _on_delete(self) -> None:
        copy = self.selected()
        if copy is None:
            return
        row = self.copies.index(copy)
        batch = self.imports_after.get(copy.path.name)
        if not confirm_delete(self, copy.taken_at, self._taken_before(copy), batch is not None):
            return
        try:
            delete_backup(self.ctx.workspace.path, copy.path)
        except (SrmError, OSError) as error:
            QMessageBox.warning(self, self.tr("Suppression impossible"), error_text(error))
        self._fill()
        if self.copies:  # the next copy down takes the deleted one's place
            self.table.selectRow(min(row, len(self.copies) - 1))
            self.table.setFocus()
        # gone (also when another window deleted it first), the imports page no longer offers
        # to go back before it; still here after a refusal, it still does
        if batch is not None and copy.path not in {listed.path for listed in self.copies}:
            self.ctx.notify(Changes(imports={batch.id}))

    def _on_backup_now(self) -> None:
        from srm_inclusif.ui.jobs import run_job

        self.backup_button.setEnabled(False)  # one copy at a time
        self.backup_job = run_job(self, self.tr("Sauvegarde de l'espace de travail…"),
                                  backup_now, self.ctx.workspace.path)
        self.backup_job.finished.connect(self._on_backed_up)
        self.backup_job.failed.connect(self._on_backup_failed)
        self.backup_job.cancelled.connect(lambda: self.backup_button.setEnabled(True))

    def _on_backed_up(self, _copy: Path) -> None:
        self.backup_button.setEnabled(True)
        self._fill()  # the new copy, the newest, is listed first and selected
        self.table.setFocus()

    def _on_backup_failed(self, error: BaseException) -> None:
        self.backup_button.setEnabled(True)
        QMessageBox.warning(self, self.tr("Sauvegarde impossible"), self.tr(
            "La sauvegarde n'a pas pu être écrite : {error}").format(error=error_text(error)))

    def _on_restore_from_file(self) -> None:
        chosen = self._choose_file()
        if chosen is None or not self._is_restorable(chosen):
            return
        saved_at = datetime.fromtimestamp(chosen.stat().st_mtime)
        if request_restore_of(self.ctx, self, chosen, saved_at, file_name=chosen.name):
            self.accept()

    def _choose_file(self) -> Path | None:
        path, _filter = file_dialogs.get_open_file_name(
            self, self.tr("Restaurer depuis un fichier"), str(self.ctx.workspace.path.parent),
            self.tr("Espaces de travail (*.sqlite3);;Tous les fichiers (*)"))
        return Path(path) if path else None

    def _is_restorable(self, chosen: Path) -> bool:
        """Check the chosen file is a workspace that can be put back; say why not."""
        try:
            check_copy(self.ctx.workspace.path, chosen)
        except (SrmError, OSError) as error:
            text = self.tr(
                "{error}{what_to_choose}\n\nL'espace de travail ouvert n'a pas été modifié.")
            if isinstance(error, SrmError) and error.params.get("reason") == "damaged_copy":
                text = "{error}{what_to_choose}"  # its own text says the workspace is unchanged
            QMessageBox.warning(self, self.tr("Restauration impossible"), text.format(
                error=error_text(error), what_to_choose=self._what_to_choose(error)))
            return False
        return True


    def _what_to_choose(self, error: BaseException) -> str:
        """For a file that is no workspace, which files can be put back; else nothing."""
        if isinstance(error, SrmError) and error.params.get("reason") in _NOT_A_WORKSPACE:
            return "\n\n" + self.tr("Choisissez une copie faite par « Enregistrer une copie… » ou "
                                    "une sauvegarde (fichier .sqlite3).")
        return ""


def request_restore_of(ctx: WorkspaceContext, parent: QWidget | None, copy: Path,
                       taken_at: datetime, *, file_name: str | None = None,
                       question: str = "") -> bool:
    """Confirm, then ask to put ``copy`` back (the window does it once the dialogs are shut).

    ``file_name`` names a file the user chose, ``question`` what is undone, for the
    confirmation.
    """
    if not confirm_restore(parent, taken_at, file_name=file_name, question=question):
        return False
    ctx.restore_requested.emit(copy)
    return True
