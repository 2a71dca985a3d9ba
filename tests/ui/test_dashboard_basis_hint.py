"""The dashboard says when the year's spend is on another basis than the one shown.

The tester imported 50 000 invoice lines (« Facturé ») into a workspace whose objectives are on
« Payé »: the dashboard opened on « Payé » and its totals did not move.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from sqlmodel import Session

from srm_inclusif.storage.tables import Objective, ObjectiveSheet, Person
from srm_inclusif.ui.pages.basis_hint import richer_basis
from srm_inclusif.ui.pages.charts_panel import ChartsPanel
from tests.support import add_purchase


def _spend(ctx, basis: str, cents: int) -> None:  # noqa: ANN001
    with Session(ctx.engine) as s:
        add_purchase(s, f"EI {basis}", "EI", [(date(2026, 5, 15), cents)], basis=basis)
        s.commit()


def _paid_objective(ctx) -> None:  # noqa: ANN001
    with Session(ctx.engine) as s:
        person = Person(name="Alice")
        s.add(person)
        s.flush()
        sheet = ObjectiveSheet(person_id=person.id, year=2026)
        s.add(sheet)
        s.flush()
        s.add(Objective(sheet_id=sheet.id, label="Achats inclusifs", basis="paid",
                        indicator="inclusive_spend", target=Decimal(200_000),
                        weight=Decimal(100)))
        s.commit()


@pytest.fixture
def panel(qtbot, ctx) -> ChartsPanel:  # noqa: ANN001
    """The panel of 2026 shown, once the records are there."""
    widget = ChartsPanel(ctx)
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.drawn, timeout=20000):
        widget.show()
    return widget


def test_spend_only_invoiced_under_paid_objectives_is_named_and_shown_in_one_click(
        qtbot, ctx, request, french):  # noqa: ANN001, ARG001
    _paid_objective(ctx)
    _spend(ctx, "invoiced", 124_840_711_600)
    panel = request.getfixturevalue("panel")
    assert panel.basis_combo.currentText() == "Payé"
    assert panel.basis_hint.isVisible()
    assert panel.basis_hint.label.text() == (
        "Vos achats de 2026 sont surtout en base «\u00a0Facturé\u00a0»\u00a0: "
        "1\u202f248\u202f407\u202f116\u00a0€\u00a0HT, contre 0\u00a0€\u00a0HT en base "
        "«\u00a0Payé\u00a0».")
    assert panel.basis_hint.button.text() == "Afficher la base «\u00a0Facturé\u00a0»"
    with qtbot.waitSignal(panel.drawn):
        qtbot.mouseClick(panel.basis_hint.button, Qt.MouseButton.LeftButton)
    assert panel.basis_combo.currentText() == "Facturé"
    assert not panel.basis_hint.isVisible()
    assert panel.summary_label.text().startswith(
        "Achats inclusifs\u00a0: 1\u202f248\u202f407\u202f116\u00a0€ HT sur "
        "1\u202f248\u202f407\u202f116\u00a0€")


def test_no_hint_when_the_basis_shown_holds_a_fair_part_of_the_spend(ctx, request):
    _paid_objective(ctx)
    _spend(ctx, "paid", 100_000_000)
    _spend(ctx, "invoiced", 150_000_000)  # not twice as much: the paid spend is no mistake
    panel = request.getfixturevalue("panel")
    assert panel.basis_combo.currentText() == "Payé"
    assert panel.basis_hint.isHidden()


def test_the_richest_basis_is_named_once_it_holds_twice_the_spend_shown() -> None:
    assert richer_basis({"invoiced": 200, "paid": 100}, "paid") == "invoiced"
    assert richer_basis({"invoiced": 199, "paid": 100}, "paid") is None
    assert richer_basis({"ordered": 300, "invoiced": 500}, "paid") == "invoiced"
    assert richer_basis({"invoiced": -500}, "paid") is None  # credit notes only
    assert richer_basis({}, "paid") is None

