"""The data date of a closed year's results is its last day, in the export dialog and the page."""

from __future__ import annotations

from datetime import date

import pytest

from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.pages.objectives_page import ObjectivesPage
from srm_inclusif.ui.sheet_export_dialog import open_sheet_export_dialog
from tests.objective_sheet_samples import add_sheet


@pytest.fixture
def ctx(workspace) -> WorkspaceContext:
    add_sheet(workspace.engine, name="Camille Martin", year=2025)
    return WorkspaceContext(workspace, today=lambda: date(2026, 11, 22))


def test_export_dialog_takes_a_closed_year_at_its_end(qtbot, ctx, french: str) -> None:
    dialog = open_sheet_export_dialog(ctx, None, year=2025)
    qtbot.addWidget(dialog)
    assert dialog.data_date_edit.day() == date(2025, 12, 31)
    dialog.year_spin.setValue(2026)
    assert dialog.data_date_edit.day() == date(2026, 11, 22)


def test_objectives_header_dates_a_closed_year_at_its_end(qtbot, ctx, french: str) -> None:
    page = ObjectivesPage(ctx)
    qtbot.addWidget(page)
    page.view.year_combo.setCurrentIndex(page.view.year_combo.findData(2025))
    assert "(réalisé au 31/12/2025)" in page.view.sheet_title.text()
