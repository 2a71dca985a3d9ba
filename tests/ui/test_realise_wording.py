"""One word for an objective's actual: « Réalisé » (« Actual ») in the table, dialog and header."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.models.objectives_table import COL_ACTUAL, ObjectivesTableModel
from srm_inclusif.ui.objective_dialog import ObjectiveDialog
from srm_inclusif.ui.pages.objectives_page import ObjectivesPage
from tests.objective_sheet_samples import add_sheet

WORDS = {"fr": ("Réalisé", "Réalisé saisi à la &main\u00a0:", "(réalisé au 22/11/2026)"),
         "en": ("Actual", "Actual entered by &hand:", "(actuals as of 22 Nov 2026)")}


@pytest.fixture
def ctx(workspace) -> WorkspaceContext:
    add_sheet(workspace.engine, name="Camille Martin")
    return WorkspaceContext(workspace, today=lambda: date(2026, 11, 22))


def test_the_actual_has_one_name_everywhere(qtbot, ctx, language: str) -> None:
    column, manual, header = WORDS[language]
    model = ObjectivesTableModel()
    assert model.headerData(COL_ACTUAL, Qt.Orientation.Horizontal) == column
    dialog = ObjectiveDialog()
    qtbot.addWidget(dialog)
    form = dialog.layout().itemAt(0).layout()
    assert form.labelForField(dialog.manual_edit).text() == manual
    page = ObjectivesPage(ctx)
    qtbot.addWidget(page)
    assert header in page.view.sheet_title.text()
