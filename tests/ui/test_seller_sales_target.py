"""A seller's « Ventes cumulées » is drawn against her sales target, never a buyer's objective.

An inclusive-spend objective is a buyer's (DOMAIN §4): in a structure inclusive's workspace
(one that changed profile keeps it) the chart draws no line for it. Her total sales are
counted by the total-spend objective, « Ventes totales » in her workspace (« Achats totaux » in
a buyer's): its target is her sales target.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlmodel import Session

from srm_inclusif.core.indicators import indicator
from srm_inclusif.core.vocabulary import Profile
from srm_inclusif.storage.changes import Changes
from srm_inclusif.storage.services.settings import update_settings
from srm_inclusif.storage.tables import Counterparty, Objective, ObjectiveSheet, Person, SpendLine
from srm_inclusif.ui.objective_dialog import ObjectiveDialog
from srm_inclusif.ui.pages.charts_panel import ChartsPanel


def _year_with(ctx, *objectives: tuple[str, int]) -> None:  # noqa: ANN001
    """Claire's 2026 sheet with each (indicator, target €) on « Facturé », and her sales of
    12 000 € to a classic client (a client company) in March."""
    with Session(ctx.engine) as s:
        client, claire = Counterparty(name="Transports Dupont", kind="CLASSIC"), Person(
            name="Claire")
        s.add_all([client, claire])
        s.flush()
        sheet = ObjectiveSheet(person_id=claire.id, year=2026)
        s.add(sheet)
        s.flush()
        s.add_all(Objective(sheet_id=sheet.id, label=code, basis="invoiced", indicator=code,
                            target=Decimal(target), weight=Decimal(100) / len(objectives))
                  for code, target in objectives)
        s.add(SpendLine(counterparty_id=client.id, person_id=claire.id, basis="invoiced",
                        amount_cents=1_200_000, spend_date=date(2026, 3, 10)))
        s.commit()


def _panel(qtbot, ctx, profile: Profile) -> ChartsPanel:  # noqa: ANN001
    update_settings(ctx.engine, profile=profile)
    ctx.notify(Changes(settings=True))
    panel = ChartsPanel(ctx)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.drawn, timeout=10000):
        panel.show()
    if panel.year_combo.currentData() != 2026:
        with qtbot.waitSignal(panel.drawn):
            panel.year_combo.setCurrentIndex(panel.year_combo.findData(2026))
    return panel


def _target_line(panel: ChartsPanel):  # noqa: ANN202
    """The target line of the cumulative chart, None when none is drawn."""
    axes = panel.charts["cumulative"].axes
    return next((line for line in axes.lines
                 if line.get_gid() == "target" and line.get_visible()), None)


def _legend(panel: ChartsPanel) -> list[str]:
    legend = panel.charts["cumulative"].axes.get_legend()
    return [] if legend is None else [t.get_text() for t in legend.get_texts()]


def test_a_seller_is_not_shown_a_buyers_inclusive_spend_target(qtbot, ctx) -> None:
    _year_with(ctx, ("inclusive_spend", 50_000))
    panel = _panel(qtbot, ctx, Profile.STRUCTURE_INCLUSIVE)
    assert _target_line(panel) is None
    assert not any(text.startswith(("Objectif", "Rythme")) for text in _legend(panel))
    assert "Réalisé" in _legend(panel)  # her sales are drawn all the same


def test_a_seller_sees_her_sales_target(qtbot, ctx) -> None:
    _year_with(ctx, ("inclusive_spend", 50_000), ("total_spend", 80_000))
    panel = _panel(qtbot, ctx, Profile.STRUCTURE_INCLUSIVE)
    line = _target_line(panel)
    assert line is not None
    assert max(line.get_ydata()) == 80_000
    assert "Objectif (80\u202f000\xa0€)" in _legend(panel)


def test_a_buyer_still_sees_his_inclusive_spend_target(qtbot, ctx) -> None:
    _year_with(ctx, ("inclusive_spend", 50_000), ("total_spend", 80_000))
    panel = _panel(qtbot, ctx, Profile.ACHETEUR)
    line = _target_line(panel)
    assert line is not None
    assert max(line.get_ydata()) == 50_000


def _indicators_offered(qtbot) -> list[str]:  # noqa: ANN001
    dialog = ObjectiveDialog()
    qtbot.addWidget(dialog)
    combo = dialog.indicator_combo
    return [combo.itemText(i) for i in range(combo.count())]


def test_a_seller_sets_her_sales_target_on_ventes_totales(qtbot, ctx) -> None:
    update_settings(ctx.engine, profile=Profile.STRUCTURE_INCLUSIVE)
    ctx.notify(Changes(settings=True))
    assert indicator("total_spend").label == "Ventes totales"
    offered = _indicators_offered(qtbot)
    assert "Ventes totales" in offered
    assert "Achats totaux" not in offered


def test_a_buyer_still_reads_achats_totaux(qtbot, ctx) -> None:
    assert indicator("total_spend").label == "Achats totaux"
    assert "Achats totaux" in _indicators_offered(qtbot)
