"""A file dropped on the window opens the import wizard on what the file looks like."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from srm_inclusif.ui.import_wizard.wizard import ImportWizard
from srm_inclusif.ui.main_window import MainWindow
from tests.support import IMPORT_FIXTURES


@pytest.mark.parametrize(("name", "target"), [
    ("depenses_erp_2025.csv", "spend"),  # an ERP extract: dates, suppliers, amounts
    ("achats_2025.csv", "spend"),
    ("liste_structures_2026-03-11.csv", "suppliers"),
    ("annuaire_regional.xlsx", "suppliers"),
    ("binaire.csv", "suppliers"),  # unreadable: the wizard will say why
])
def test_a_dropped_file_starts_the_wizard_on_its_kind(qtbot, name, target, ctx) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(IMPORT_FIXTURES / name))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)

    window.dropEvent(event)

    wizard = window.findChild(ImportWizard)
    assert wizard is not None
    page = wizard.page(ImportWizard.PAGE_FILES)
    assert wizard.target == target
    assert wizard.paths == [IMPORT_FIXTURES / name]  # the dropped file is the one to import
    assert page.spend_radio.isChecked() is (target == "spend")
    wizard.reject()
