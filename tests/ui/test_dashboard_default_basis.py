"""The basis the dashboard opens on: its targets' basis, else its spend's, else « Facturé »."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import Qt
from sqlmodel import Session

from srm_inclusif.core.dashboard import default_basis
from srm_inclusif.ui.pages.charts_panel import ChartsPanel
from tests.objective_sheet_samples import add_spend_objective
from tests.support import add_purchase


def _spend(ctx, *bases: str, year: int = 2025) -> None:  # noqa: ANN001
    with Session(ctx.engine) as s:
        for basis in bases:
            add_purchase(s, f"EI {basis}", "EI", [(date(year, 5, 15), 100_000_000)],
                         basis=basis)
        s.commit()


@pytest.fixture
def shown(qtbot, ctx) -> Callable[..., ChartsPanel]:  # noqa: ANN001
    """Show a panel on a year, once the records are there (it lists the people when built).

    The panels are held until pytest-qt has closed them: one left to the garbage collector
    was deleted during a later test, whose event loop then reached it.
    """
    panels: list[ChartsPanel] = []

    def show(year: int = 2025) -> ChartsPanel:
        panel = ChartsPanel(ctx)
        panels.append(panel)
        qtbot.addWidget(panel)
        with qtbot.waitSignal(panel.drawn, timeout=10000):
            panel.show()
        if panel.selected_year() != year:
            with qtbot.waitSignal(panel.drawn):
                panel.year_combo.setCurrentIndex(panel.year_combo.findData(year))
        return panel

    return show


def _target_line(panel: ChartsPanel) -> list[float]:
    lines = panel.charts["cumulative"].axes.get_lines()
    return [list(line.get_ydata()) for line in lines if line.get_gid() == "target"][0]


def test_the_testers_year_opens_on_the_basis_of_its_paid_target(ctx, shown):
    # the tester's workspace: 1 000 000 € paid, a target of 200 000 € on « Payé »
    _spend(ctx, "paid")
    add_spend_objective(ctx.engine, "paid", year=2025, person="Alice")
    panel = shown()
    assert panel.basis_combo.currentText() == "Payé"
    assert panel.summary_label.text().startswith(
        "Achats inclusifs : 1\u202f000\u202f000\u00a0€ HT sur 1\u202f000\u202f000\u00a0€")
    assert _target_line(panel) == [0, 200_000.0]


def test_without_targets_it_opens_on_the_only_basis_with_spend(ctx, shown):
    _spend(ctx, "paid")
    assert shown().basis_combo.currentText() == "Payé"


def test_spend_on_two_bases_without_targets_opens_on_invoiced(ctx, shown):
    _spend(ctx, "ordered", "paid")
    assert shown().basis_combo.currentText() == "Facturé"


def test_the_targets_basis_wins_over_the_spends(ctx, shown):
    _spend(ctx, "paid")
    add_spend_objective(ctx.engine, "ordered", year=2025, person="Alice")
    assert shown().basis_combo.currentText() == "Commandé"


def test_the_most_common_basis_of_the_targets() -> None:
    assert default_basis(["paid", "invoiced", "paid"], {"ordered"}) == "paid"
    assert default_basis(["paid", "invoiced"], set()) == "invoiced"  # a tie: in basis order
    assert default_basis([], set()) == "invoiced"


def test_each_year_opens_on_its_own_basis(qtbot, ctx, shown):
    _spend(ctx, "paid", year=2025)
    _spend(ctx, "ordered", year=2026)
    panel = shown(2026)
    assert panel.basis_combo.currentText() == "Commandé"
    with qtbot.waitSignal(panel.drawn):
        panel.year_combo.setCurrentIndex(panel.year_combo.findData(2025))
    assert panel.basis_combo.currentText() == "Payé"


def test_a_basis_chosen_by_hand_is_kept_on_another_year(qtbot, ctx, shown):
    _spend(ctx, "paid", year=2025)
    _spend(ctx, "ordered", year=2026)
    panel = shown(2026)
    panel.basis_combo.setFocus()
    with qtbot.waitSignal(panel.drawn):
        qtbot.keyClick(panel.basis_combo, Qt.Key.Key_Down)  # Commandé → Facturé
    assert panel.basis_combo.currentText() == "Facturé"
    with qtbot.waitSignal(panel.drawn):
        panel.year_combo.setCurrentIndex(panel.year_combo.findData(2025))
    assert panel.basis_combo.currentText() == "Facturé"
    assert panel.summary_label.text().startswith("Aucun achat en base Facturé")


@pytest.mark.parametrize(("person", "basis"), [("Alice", "Payé"), ("Bob", "Commandé")])
def test_a_persons_dashboard_opens_on_the_basis_of_her_targets(qtbot, ctx, shown, person,
                                                                basis):
    _spend(ctx, "invoiced")
    add_spend_objective(ctx.engine, "paid", year=2025, person="Alice")
    add_spend_objective(ctx.engine, "ordered", year=2025, person="Bob")
    panel = shown()
    with qtbot.waitSignal(panel.drawn):
        panel.person_combo.setCurrentIndex(panel.person_combo.findText(person))
    assert panel.basis_combo.currentText() == basis
