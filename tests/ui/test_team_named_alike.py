"""A team is named the same way on the dashboard and in « Nouvelle fiche… » (Objectifs).

The dashboard's « Personne » list said « Équipe : Direction des achats », the new sheet's
« Titulaire » list and the Objectifs page « Équipe Direction des achats ».
"""

from __future__ import annotations

import pytest

from srm_inclusif.storage.services.objectives import list_sheet_owners
from srm_inclusif.ui.pages.charts_panel import ChartsPanel
from srm_inclusif.ui.pages.objectives_page import ObjectivesPage
from srm_inclusif.ui.sheet_dialog import SheetDialog
from tests.team_support import TEAM, add_team


@pytest.fixture
def dashboard_name(qtbot, ctx) -> str:  # noqa: ANN001
    ctx.team_sheet = add_team(ctx.engine)
    panel = ChartsPanel(ctx)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.drawn, timeout=10000):
        panel.show()
    items = [panel.person_combo.itemText(i) for i in range(panel.person_combo.count())]
    [name] = [item for item in items if TEAM in item]
    return name


def test_the_new_sheet_dialog_names_the_team_as_the_dashboard(qtbot, ctx,
                                                              dashboard_name) -> None:
    dialog = SheetDialog(list_sheet_owners(ctx.engine), 2027)
    qtbot.addWidget(dialog)
    combo = dialog.owner_combo
    shown = [combo.itemText(i) for i in range(combo.count())]
    assert dashboard_name == f"Équipe : {TEAM}"
    assert any(item.startswith(dashboard_name) for item in shown), shown


def test_the_objectives_page_names_its_sheet_alike(qtbot, ctx, dashboard_name) -> None:
    page = ObjectivesPage(ctx)
    qtbot.addWidget(page)
    view = page.view
    names = []
    for index in range(view.year_combo.count()):
        view.year_combo.setCurrentIndex(index)
        names += [view.sheet_list.item(i).text() for i in range(view.sheet_list.count())]
    assert dashboard_name in names
