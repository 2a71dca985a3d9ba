"""The open / save / folder dialogs speak the UI language in every label.

Where the desktop lends no dialog of its own (Xvfb, a bare window manager), Qt draws its own;
its labels come from Qt's shipped catalogue, which lacks some of Qt 6's texts in French.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QLabel, QTreeView

NBSP = "\u00a0"
#: The field labels of each dialog, as a user reads them in each language.
LABELS = {
    ("fr", "open"): {f"&Voir dans{NBSP}:", f"&Nom de fichier{NBSP}:", f"Fichiers de &type{NBSP}:"},
    ("fr", "save"): {f"&Voir dans{NBSP}:", f"&Nom de fichier{NBSP}:", f"Fichiers de &type{NBSP}:"},
    ("fr", "folder"): {f"&Voir dans{NBSP}:", f"Dossier{NBSP}:", f"Fichiers de &type{NBSP}:"},
    ("en", "open"): {"&Look in:", "File &name:", "Files of &type:"},
    ("en", "save"): {"&Look in:", "File &name:", "Files of &type:"},
    ("en", "folder"): {"&Look in:", "Directory:", "Files of &type:"},
}
#: What the Type column says of a folder.
FOLDER_TYPE = {"fr": "Dossier", "en": "Folder"}


def _shown_dialog(qtbot, folder: Path, kind: str) -> QFileDialog:  # noqa: ANN001
    """The dialog the app's open / save / folder choices show, non-modal, on ``folder``."""
    dialog = QFileDialog(None, "", str(folder), "CSV (*.csv)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # as without a desktop theme
    if kind == "save":
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    elif kind == "folder":
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


@pytest.mark.parametrize("kind", ["open", "save", "folder"])
def test_every_label_reads_the_ui_language(qtbot, tmp_path, language, kind) -> None:  # noqa: ANN001
    dialog = _shown_dialog(qtbot, tmp_path, kind)

    shown = {label.text() for label in dialog.findChildren(QLabel) if label.isVisible()}

    assert shown == LABELS[language, kind]


def test_a_folder_is_typed_in_the_ui_language(qtbot, tmp_path, language) -> None:  # noqa: ANN001
    (tmp_path / "exports").mkdir()
    dialog = _shown_dialog(qtbot, tmp_path, "open")
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    view = dialog.findChild(QTreeView)
    model, root = view.model(), view.rootIndex()

    qtbot.waitUntil(lambda: model.rowCount(root) == 1)  # the folder is listed in the background

    assert model.index(0, 2, root).data() == FOLDER_TYPE[language]


def test_the_apps_own_french_texts_stay_whole(qtbot, french) -> None:  # noqa: ANN001
    from srm_inclusif.ui.main_window import MainWindow

    title = MainWindow.tr("Contrats")  # a French source text that no catalogue holds

    assert title == "Contrats"
