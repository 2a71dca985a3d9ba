"""The app's file dialogs: Qt's own dialog, whose file list never opens the files it shows.

Every file dialog of the app goes through these functions, which take and return what
``QFileDialog``'s static functions do. Those would show the files of a folder with icons and
type names guessed from their contents when the name says nothing, opening ``x.sqlite3-shm``
and ``x.sqlite3-wal`` beside an open workspace. On Linux and macOS, closing any descriptor of
a file drops every POSIX lock the process holds on it: SQLite's read lock on the ``-shm``
went, the next program opening the workspace believed it was alone and shrank that file, and
the app died of a bus error in its next big write. Here the dialog names types from file
names only, and on those systems it is always Qt's own dialog: a native one may guess types
by reading files in this process too (GTK does). Windows locks do not fall with another
handle, so it keeps its native dialog.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QFileInfo, QMimeDatabase, QMimeType, QSize
from PySide6.QtGui import QAbstractFileIconProvider, QIcon
from PySide6.QtWidgets import (
    QFileDialog,
    QFileIconProvider,
    QFileSystemModel,
    QTreeView,
    QWidget,
)

_IconKind = QAbstractFileIconProvider.IconType


class NameOnlyIconProvider(QFileIconProvider):
    """Icons and type names of files from their names alone: never opens a file."""

    def __init__(self) -> None:
        super().__init__()
        self._mimes = QMimeDatabase()

    def icon(self, what: QFileInfo | _IconKind) -> QIcon:  # type: ignore[override]
        """The icon of a kind of item, or of a file told by its name."""
        if not isinstance(what, QFileInfo):
            return super().icon(what)
        if not what.isFile():
            return super().icon(_IconKind.Folder if what.isDir() else _IconKind.File)
        mime = self._mime(what)
        fallback = super().icon(_IconKind.File)
        return QIcon.fromTheme(mime.iconName(), QIcon.fromTheme(mime.genericIconName(), fallback))

    def type(self, info: QFileInfo) -> str:
        """The type name shown in the dialog's « Type » column, from the file's name."""
        if not info.isFile():
            return super().type(info)  # folder, drive, link: from the file system, not read
        mime = self._mime(info)
        return mime.comment() or mime.name()

    def _mime(self, info: QFileInfo) -> QMimeType:
        # a name (not a QFileInfo) with MatchExtension: globs only, the file is not opened
        return self._mimes.mimeTypeForFile(info.fileName(), QMimeDatabase.MatchMode.MatchExtension)


_ICONS = NameOnlyIconProvider()


def file_dialog(parent: QWidget | None, caption: str, directory: str,
                filters: str) -> QFileDialog:
    """A file dialog starting as ``QFileDialog(parent, caption, directory, filters)`` does."""
    dialog = QFileDialog(parent, caption, directory, filters)
    if sys.platform != "win32":
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        _show_whole_details(dialog)
    # before the event loop runs: the folder's files are listed once it does
    dialog.setIconProvider(_ICONS)
    return dialog


def _show_whole_details(dialog: QFileDialog) -> None:
    """Size, type and date of each file whole, once a folder is listed.

    Qt's own dialog opens at a small size with fixed columns: « Dernière modification » read
    « 23 11 2…6 18:34 ».
    """
    view = dialog.findChild(QTreeView, "treeView")
    model = dialog.findChild(QFileSystemModel)
    if view is None or model is None:
        return
    dialog.resize(dialog.sizeHint().expandedTo(QSize(760, 440)))

    def fit(_folder: str) -> None:
        for column in range(1, model.columnCount()):
            view.resizeColumnToContents(column)

    model.directoryLoaded.connect(fit)


def get_open_file_name(parent: QWidget | None, caption: str = "", directory: str = "",
                       filters: str = "") -> tuple[str, str]:
    """One existing file chosen (path, chosen filter); empty strings if cancelled."""
    dialog = file_dialog(parent, caption, directory, filters)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    paths, chosen = _run(dialog)
    return (paths[0] if paths else ""), chosen


def get_open_file_names(parent: QWidget | None, caption: str = "", directory: str = "",
                        filters: str = "") -> tuple[list[str], str]:
    """Existing files chosen (paths, chosen filter); no path if cancelled."""
    dialog = file_dialog(parent, caption, directory, filters)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    return _run(dialog)


def get_save_file_name(parent: QWidget | None, caption: str = "", directory: str = "",
                       filters: str = "") -> tuple[str, str]:
    """A file to write (path, chosen filter), replacing one asked first; empty if cancelled."""
    dialog = file_dialog(parent, caption, directory, filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    paths, chosen = _run(dialog)
    return (paths[0] if paths else ""), chosen


def get_existing_directory(parent: QWidget | None, caption: str = "",
                           directory: str = "") -> str:
    """A folder chosen, showing only folders; an empty string if cancelled."""
    dialog = file_dialog(parent, caption, directory, "")
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly)
    paths, _chosen = _run(dialog)
    return paths[0] if paths else ""


def _run(dialog: QFileDialog) -> tuple[list[str], str]:
    try:
        if dialog.exec() != QFileDialog.DialogCode.Accepted:
            return [], ""
        return dialog.selectedFiles(), dialog.selectedNameFilter()
    finally:
        dialog.deleteLater()
