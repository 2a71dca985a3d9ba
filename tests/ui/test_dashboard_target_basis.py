"""The target line is drawn on its own basis only; on another basis the chart says where it is."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlmodel import Session

from srm_inclusif.charts import spend
from srm_inclusif.core import dashboard
from srm_inclusif.core.kinds import Kind
from srm_inclusif.core.kpi_facts import ORGANISATION, KpiData, Period, SpendFact
from srm_inclusif.storage.services.dashboard_data import INCLUSIVE_SPEND, spend_target_cents
from srm_inclusif.storage.tables import (
    Counterparty,
    Objective,
    ObjectiveSheet,
    Person,
    SpendLine,
)
from srm_inclusif.ui.pages.charts_panel import ChartsPanel
from tests.charts.drawing import drawn

YEAR = Period(date(2025, 1, 1), date(2025, 12, 31))


def _sheets(ctx) -> None:  # noqa: ANN001
    """Alice's targets 200 000 € on « Payé », Bob's 50 000 € on « Facturé », for 2025; Alice's
    purchases from an EI: 1 000 000 € paid, 300 000 € invoiced."""
    with Session(ctx.engine) as s:
        ei = Counterparty(name="EI", kind="EI")
        s.add(ei)
        for name, basis, target in (("Alice", "paid", 200_000), ("Bob", "invoiced", 50_000)):
            person = Person(name=name)
            s.add(person)
            s.flush()
            sheet = ObjectiveSheet(person_id=person.id, year=2025)
            s.add(sheet)
            s.flush()
            s.add(Objective(sheet_id=sheet.id, label="Achats inclusifs", basis=basis,
                            indicator="inclusive_spend", target=Decimal(target),
                            weight=Decimal(100)))
            if name == "Alice":
                s.add_all(SpendLine(counterparty_id=ei.id, person_id=person.id, basis=basis,
                                    amount_cents=cents, spend_date=date(2025, 5, 15))
                          for basis, cents in (("paid", 100_000_000), ("invoiced", 30_000_000)))
        s.commit()


def test_the_target_of_a_basis_adds_up_only_that_basis(ctx):
    _sheets(ctx)
    def target(basis: str) -> int | None:
        return spend_target_cents(ctx.engine, code=INCLUSIVE_SPEND, year=2025, basis=basis)

    assert target("paid") == 20_000_000
    assert target("invoiced") == 5_000_000
    assert target("ordered") is None


@pytest.fixture
def panel(qtbot, ctx) -> ChartsPanel:  # noqa: ANN001
    """The panel on 2025, built once the records are there (it lists the people when built)."""
    _sheets(ctx)
    panel = ChartsPanel(ctx)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.drawn, timeout=10000):
        panel.show()
    with qtbot.waitSignal(panel.drawn):
        panel.year_combo.setCurrentIndex(panel.year_combo.findData(2025))
    return panel


def _choose(qtbot, panel: ChartsPanel, who: str, basis: str) -> None:  # noqa: ANN001
    """The person, then a basis by hand."""
    for combo, text in ((panel.person_combo, who), (panel.basis_combo, basis)):
        if combo.currentText() != text:
            with qtbot.waitSignal(panel.drawn):
                combo.setCurrentIndex(combo.findText(text))


def _legend(panel: ChartsPanel) -> list[str]:
    return [t.get_text() for t in panel.charts["cumulative"].axes.get_legend().get_texts()]


def test_the_organisations_line_on_invoiced_is_bobs_target_alone(qtbot, panel):
    _choose(qtbot, panel, "Toute l'organisation", "Facturé")
    assert "Objectif (50\u202f000\u00a0€)" in _legend(panel)  # not 250 000 €


def test_alices_invoiced_spend_has_no_line_and_names_the_basis_of_her_target(qtbot, panel):
    _choose(qtbot, panel, "Alice", "Facturé")
    axes = panel.charts["cumulative"].axes
    assert not [line for line in axes.get_lines() if line.get_gid() == "target"]
    assert _legend(panel) == ["Réalisé", "Objectif fixé en base Payé."]
    _choose(qtbot, panel, "Alice", "Payé")
    assert _legend(panel)[1] == "Objectif (200\u202f000\u00a0€)"


def test_no_inclusive_spend_on_the_basis_names_the_basis_of_the_target() -> None:
    classic = KpiData(spend=(SpendFact(
        1, 100_000, date(2025, 5, 15), "invoiced", Kind.CLASSIC, 1, None, None, None, None),))
    figures = dashboard.build(classic, YEAR, ORGANISATION, basis="invoiced",
                              today=date(2026, 11, 22), target_basis="paid")
    _figure, ax = drawn(6, spend.draw_cumulative, figures)
    assert [t.get_text() for t in ax.texts if t.get_text()] == [
        "Aucun achat inclusif sur la période", "Objectif fixé en base Payé."]


def test_the_note_is_translated(marked) -> None:  # noqa: ANN001
    figures = dashboard.build(KpiData(), YEAR, ORGANISATION, basis="invoiced",
                              today=date(2026, 11, 22), target_basis="paid")
    _figure, ax = drawn(6, spend.draw_cumulative, figures)
    assert "[Charts] Objectif fixé en base [Vocabulary] Payé." in [t.get_text() for t in ax.texts]
