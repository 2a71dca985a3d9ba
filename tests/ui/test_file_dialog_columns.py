"""Qt's own file dialog (Linux, macOS) shows each file's size, type and date whole.

It opened small with fixed columns: « Dernière modification » read « 23 11 2…6 18:34 ».
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QFileSystemModel, QTreeView

from srm_inclusif.ui.file_dialogs import file_dialog

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="Windows keeps its own dialog")


def test_the_details_of_a_listed_file_are_whole(qtbot, tmp_path, language) -> None:  # noqa: ANN001
    (tmp_path / "achats-2026.csv").write_text("SIRET;Montant\n", encoding="utf-8")
    dialog = file_dialog(None, "Importer", str(tmp_path), "CSV (*.csv)")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    view = dialog.findChild(QTreeView, "treeView")
    model = dialog.findChild(QFileSystemModel)
    qtbot.waitUntil(lambda: model.rowCount(view.rootIndex()) == 1)
    qtbot.waitUntil(lambda: all(view.columnWidth(column) >= view.sizeHintForColumn(column)
                                for column in range(1, model.columnCount())), timeout=2000)
    date = model.index(0, 3, view.rootIndex()).data()
    assert view.columnWidth(3) >= view.fontMetrics().horizontalAdvance(date)
