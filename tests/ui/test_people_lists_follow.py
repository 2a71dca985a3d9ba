"""Lists that offer people follow « Personnes et équipes » at once, not at the next restart.

Adding a buyer or renaming a team left the dashboard's « Personne » list as it was: the people
service announced no change, so no page read the people again.
"""

from __future__ import annotations

import pytest

from srm_inclusif.storage.services.people import PersonInput, list_teams
from srm_inclusif.ui.organisation_dialog import OrganisationDialog
from srm_inclusif.ui.pages.charts_panel import ChartsPanel
from tests.team_support import TEAM, add_team


@pytest.fixture
def panel(qtbot, ctx) -> ChartsPanel:  # noqa: ANN001
    add_team(ctx.engine)
    widget = ChartsPanel(ctx)
    qtbot.addWidget(widget)
    ctx.data_changed.connect(widget.refresh)  # as the dashboard page passes changes on
    with qtbot.waitSignal(widget.drawn, timeout=10000):
        widget.show()
    return widget


@pytest.fixture
def dialog(qtbot, ctx) -> OrganisationDialog:  # noqa: ANN001
    widget = OrganisationDialog(ctx)
    qtbot.addWidget(widget)
    return widget


def _items(panel: ChartsPanel) -> list[str]:
    return [panel.person_combo.itemText(i) for i in range(panel.person_combo.count())]


def test_a_person_added_is_offered_by_the_dashboard(panel, dialog) -> None:  # noqa: ANN001
    assert "Yves Morel" not in _items(panel)
    assert dialog.add_person(PersonInput(name="Yves Morel"))
    assert "Yves Morel" in _items(panel)


def test_a_renamed_team_is_offered_under_its_new_name(ctx, panel, dialog) -> None:  # noqa: ANN001
    from srm_inclusif.storage.services.people import rename_team

    team = next(t for t in list_teams(ctx.engine) if t.name == TEAM)
    ctx.notify(rename_team(ctx.engine, team_id=team.id, name="Achats voirie"))
    assert "Équipe : Achats voirie" in _items(panel)
    assert f"Équipe : {TEAM}" not in _items(panel)


def test_undoing_the_addition_takes_the_person_out_of_the_list(ctx, panel, dialog) -> None:  # noqa: ANN001
    assert dialog.add_person(PersonInput(name="Yves Morel"))
    ctx.undo_stack.undo()
    assert "Yves Morel" not in _items(panel)
