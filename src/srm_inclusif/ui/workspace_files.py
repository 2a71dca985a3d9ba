"""The File menu's workspace files: choose one to create or open, save a copy of the open one.

Texts keep the main window's translation context: these were its own methods.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow, QMessageBox

from srm_inclusif.ui import file_dialogs

if TYPE_CHECKING:
    from srm_inclusif.ui.jobs import Job


def ask_new_workspace(window: QMainWindow, folder: Path) -> Path | None:
    """The file of a new workspace, chosen from ``folder``; None if the user gave none."""
    path, _filter = file_dialogs.get_save_file_name(
        window, QCoreApplication.translate("MainWindow", "Nouvel espace de travail"),
        str(folder), QCoreApplication.translate("MainWindow", "Espaces de travail (*.sqlite3)"))
    return Path(path) if path else None


def ask_workspace_to_open(window: QMainWindow, folder: Path) -> Path | None:
    """A workspace file to open, chosen from ``folder``; None if the user gave none."""
    path, _filter = file_dialogs.get_open_file_name(
        window, QCoreApplication.translate("MainWindow", "Ouvrir un espace de travail"),
        str(folder), QCoreApplication.translate(
            "MainWindow", "Espaces de travail (*.sqlite3);;Tous les fichiers (*)"))
    return Path(path) if path else None


def save_workspace_copy(window: QMainWindow, workspace: Path) -> Job | None:
    """Ask where, then copy ``workspace`` there in the background; the job, None if not asked.

    The outcome shows in the window: a status message, or a warning saying why it failed.
    """
    path, _filter = file_dialogs.get_save_file_name(
        window, QCoreApplication.translate("MainWindow", "Enregistrer une copie"),
        str(workspace.with_name(workspace.stem + "-copie.sqlite3")),
        QCoreApplication.translate("MainWindow", "Espaces de travail (*.sqlite3)"))
    if not path:
        return None
    from srm_inclusif.storage.backup import copy_workspace
    from srm_inclusif.ui.jobs import run_job

    job = run_job(window, QCoreApplication.translate("MainWindow", "Enregistrement de la copie…"),
                  copy_workspace, workspace, Path(path))
    job.finished.connect(lambda _result: _copy_saved(window, path))
    job.failed.connect(lambda error: _copy_failed(window, error))
    job.cancelled.connect(lambda: _copy_cancelled(window))
    return job


def _copy_saved(window: QMainWindow, path: str) -> None:
    window.statusBar().showMessage(
        QCoreApplication.translate("MainWindow", "Copie enregistrée : {path}").format(path=path),
        5000)


def _copy_failed(window: QMainWindow, error: BaseException) -> None:
    from srm_inclusif.ui.errors import error_text

    QMessageBox.warning(
        window, QCoreApplication.translate("MainWindow", "Copie impossible"),
        QCoreApplication.translate("MainWindow", "La copie n'a pas pu être écrite : {error}")
        .format(error=error_text(error)))


def _copy_cancelled(window: QMainWindow) -> None:
    window.statusBar().showMessage(QCoreApplication.translate(
        "MainWindow", "Copie annulée : aucun fichier n'a été écrit."), 5000)
