"""The dashboard's « Base » shows the basis it opens on from the start, while its charts load:
it read « Facturé » under « Chargement des graphiques… », then turned to « Payé »."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLabel
from sqlmodel import Session

from srm_inclusif.storage.changes import Changes
from srm_inclusif.ui.pages.charts_panel import ChartsPanel
from tests.conftest import DEMO_TODAY
from tests.objective_sheet_samples import add_spend_objective
from tests.support import add_purchase

LOADING = "Chargement des graphiques…"


def _paid_only(ctx) -> None:  # noqa: ANN001
    with Session(ctx.engine) as session:
        add_purchase(session, "ESAT du Lac", "ESAT",
                     [(date(DEMO_TODAY.year, 3, 1), 500_000)], basis="paid")
        session.commit()


def _charts_place(panel: ChartsPanel) -> str:
    """What the charts' place shows: the loading sentence until the charts are built."""
    shown = panel.scroll.widget()
    return shown.text() if isinstance(shown, QLabel) else "(graphiques)"


def test_the_basis_of_the_year_shows_before_the_charts_are_drawn(qtbot, ctx, french) -> None:
    _paid_only(ctx)
    panel = ChartsPanel(ctx)
    qtbot.addWidget(panel)
    assert _charts_place(panel) == LOADING
    assert panel.basis_combo.currentText() == "Payé"


def test_objectives_set_while_the_charts_load_show_their_basis(qtbot, ctx, french) -> None:
    _paid_only(ctx)
    panel = ChartsPanel(ctx)
    qtbot.addWidget(panel)
    sheet = add_spend_objective(ctx.engine, "ordered", year=DEMO_TODAY.year,
                                person="Alice Martin").sheet_id
    panel.refresh(Changes(objectives={sheet}))
    assert _charts_place(panel) == LOADING
    assert panel.basis_combo.currentText() == "Commandé"  # the year's target's basis


def test_a_person_picked_while_the_charts_load_shows_her_basis(qtbot, ctx, french) -> None:
    _paid_only(ctx)
    add_spend_objective(ctx.engine, "ordered", year=DEMO_TODAY.year, person="Alice Martin")
    add_spend_objective(ctx.engine, year=DEMO_TODAY.year, person="Bruno Petit")  # no target
    panel = ChartsPanel(ctx)
    qtbot.addWidget(panel)
    assert panel.basis_combo.currentText() == "Commandé"
    panel.person_combo.setCurrentIndex(panel.person_combo.findText("Bruno Petit"))
    assert panel.person_combo.currentText() == "Bruno Petit"
    assert _charts_place(panel) == LOADING
    assert panel.basis_combo.currentText() == "Facturé"  # no objective, no purchase of his
