"""A year without a sheet shows no target part variable left over from the year before."""

from __future__ import annotations

from datetime import date

from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.pages.objectives_page import ObjectivesPage
from tests.objective_sheet_samples import add_sheet


def test_switching_to_a_year_without_sheet_clears_the_target_variable(qtbot, workspace) -> None:
    add_sheet(workspace.engine, name="Camille Martin", year=2025, target_variable_cents=500_000)
    page = ObjectivesPage(WorkspaceContext(workspace, today=lambda: date(2026, 11, 22)))
    qtbot.addWidget(page)
    years = page.view.year_combo
    years.setCurrentIndex(years.findData(2025))
    assert page.view.variable_spin.value() == 5000
    years.setCurrentIndex(years.findData(2026))
    assert page.view.variable_spin.value() == 0
    assert not page.view.variable_spin.isEnabled()
