"""The dashboard's « Personne » list offers the teams after the people, with their sheet's figures.

A purchasing manager found no way to see her team « Achats routes et bâtiments » outside its
objective sheet: the list offered people only.
"""

from __future__ import annotations

from datetime import date

import pytest

from srm_inclusif.core.money import format_eur, to_cents
from srm_inclusif.core.objective_sheet import SheetMode
from srm_inclusif.storage.services.sheets import build_sheet
from srm_inclusif.ui.pages.charts_panel import ChartsPanel
from tests.team_support import TEAM, add_team

TEAM_ITEM = f"Équipe : {TEAM}"


@pytest.fixture
def panel(qtbot, ctx) -> ChartsPanel:  # noqa: ANN001
    ctx.team_sheet = add_team(ctx.engine)
    widget = ChartsPanel(ctx)
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.drawn, timeout=10000):
        widget.show()
    return widget


def _items(panel: ChartsPanel) -> list[str]:
    return [panel.person_combo.itemText(i) for i in range(panel.person_combo.count())]


def test_teams_come_after_the_people(panel) -> None:  # noqa: ANN001
    assert _items(panel) == ["Toute l'organisation", "Alice Durand", "Camille Martin",
                             "Zoé Bernard", TEAM_ITEM]


def test_a_team_shows_the_figures_of_its_sheet(qtbot, ctx, panel) -> None:  # noqa: ANN001
    with qtbot.waitSignal(panel.drawn):
        panel.person_combo.setCurrentIndex(panel.person_combo.findText(TEAM_ITEM))
    assert panel.basis_combo.currentData() == "paid"  # its sheet's basis
    sheet = build_sheet(ctx.engine, sheet_id=ctx.team_sheet, mode=SheetMode.ACTUALS,
                        as_of=date(2026, 12, 31))
    on_sheet = format_eur(to_cents(sheet.rows[0].actual))
    assert on_sheet == "11\u202f000\u00a0€"
    assert panel.summary_label.text().startswith(
        f"Achats inclusifs : {on_sheet} HT sur 21\u202f000\u00a0€")
    cumulative = panel.charts["cumulative"].axes
    target = next(line for line in cumulative.lines if line.get_gid() == "target")
    assert list(target.get_ydata()) == [0, 20000.0]  # the team's own target
    kinds = panel.charts["kind"]
    kinds.flush()
    assert [p.get_width() for p in kinds.axes.patches] == [8000.0, 3000.0]  # ESAT, then EI


def test_the_team_stays_chosen_when_the_objectives_change(qtbot, panel) -> None:  # noqa: ANN001
    from srm_inclusif.storage.changes import Changes

    with qtbot.waitSignal(panel.drawn):
        panel.person_combo.setCurrentIndex(panel.person_combo.findText(TEAM_ITEM))
    with qtbot.waitSignal(panel.drawn):
        panel.refresh(Changes(objectives={1}))
    assert panel.person_combo.currentText() == TEAM_ITEM
