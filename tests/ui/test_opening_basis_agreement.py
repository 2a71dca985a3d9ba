"""The dashboard, ``srm-inclusif stats`` and the purchase form open on the same basis.

Each used to gather the rule's inputs on its own (the form for everyone whoever the buyer, the
dashboard on the quarter shown): on the same data they could name three different totals.
"""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlmodel import Session

from srm_inclusif.cli import main
from srm_inclusif.storage.tables import (
    Counterparty,
    Relationship,
    SpendLine,
)
from srm_inclusif.ui.pages.charts_panel import ChartsPanel
from srm_inclusif.ui.spend_dialog import SpendDialog
from srm_inclusif.ui.spend_form import SpendLineDialog
from tests.conftest import DEMO_TODAY
from tests.objective_sheet_samples import add_spend_objective

YEAR = DEMO_TODAY.year


def _supplier(engine, name: str, owner: int | None = None) -> int:  # noqa: ANN001
    """An ESAT followed by ``owner`` (« Responsable »)."""
    with Session(engine) as s:
        esat = Counterparty(name=name, kind="ESAT")
        s.add(esat)
        s.flush()
        s.add(Relationship(counterparty_id=esat.id, person_id=owner))
        s.commit()
        return esat.id or 0


def _spend(engine, supplier: int, *lines: tuple[str, int, date], buyer: int | None = None
           ) -> None:  # noqa: ANN001
    """Lines (basis, euros, day) bought from ``supplier`` by ``buyer``."""
    with Session(engine) as s:
        s.add_all(SpendLine(counterparty_id=supplier, amount_cents=euros * 100, basis=basis,
                            spend_date=day, person_id=buyer) for basis, euros, day in lines)
        s.commit()


def _dashboard(qtbot, ctx, person: str | None = None, quarter: int = 0) -> str:  # noqa: ANN001
    panel = ChartsPanel(ctx)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.drawn, timeout=10000):
        panel.show()
    if person is not None:
        with qtbot.waitSignal(panel.drawn):
            panel.person_combo.setCurrentIndex(panel.person_combo.findText(person))
    if quarter:
        with qtbot.waitSignal(panel.drawn):
            panel.period_combo.setCurrentIndex(panel.period_combo.findData(quarter))
    return str(panel.basis_combo.currentData())


def _stats(workspace, capsys, person: str | None = None) -> str:  # noqa: ANN001
    who = ["--person", person] if person else []
    assert main(["--db", str(workspace.path), "stats", "--year", str(YEAR), *who, "--json"]) == 0
    return str(json.loads(capsys.readouterr().out)["base"])


def _form(qtbot, ctx, supplier: int) -> str:  # noqa: ANN001
    dialog = SpendDialog(ctx, supplier, "ESAT")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.add_button.click()
    form = next(f for f in dialog.findChildren(SpendLineDialog) if f.isVisible())
    return str(form.basis.currentData())


def test_a_target_on_paid_wins_over_spend_mostly_invoiced(qtbot, ctx, workspace, capsys):
    alice = add_spend_objective(ctx.engine, "paid", year=YEAR, person="Alice").person_id
    esat = _supplier(ctx.engine, "ESAT du Parc", owner=alice)
    _spend(ctx.engine, esat, ("invoiced", 90_000, date(YEAR, 3, 1)),
           ("paid", 10_000, date(YEAR, 4, 1)), buyer=alice)
    assert _dashboard(qtbot, ctx) == "paid"
    assert _dashboard(qtbot, ctx, "Alice") == "paid"
    assert _stats(workspace, capsys) == _stats(workspace, capsys, "Alice") == "paid"
    assert _form(qtbot, ctx, esat) == "paid"


def test_without_targets_the_only_basis_of_the_years_spend(qtbot, ctx, workspace, capsys):
    esat = _supplier(ctx.engine, "ESAT du Parc")
    _spend(ctx.engine, esat, ("ordered", 5_000, date(YEAR, 2, 1)))
    assert (_dashboard(qtbot, ctx), _stats(workspace, capsys), _form(qtbot, ctx, esat)) == (
        "ordered", "ordered", "ordered")


def test_without_targets_spend_on_two_bases_opens_on_invoiced(qtbot, ctx, workspace, capsys):
    esat = _supplier(ctx.engine, "ESAT du Parc")
    _spend(ctx.engine, esat, ("ordered", 5_000, date(YEAR, 2, 1)),
           ("paid", 5_000, date(YEAR, 9, 1)))
    assert (_dashboard(qtbot, ctx), _stats(workspace, capsys), _form(qtbot, ctx, esat)) == (
        "invoiced", "invoiced", "invoiced")


@pytest.mark.parametrize(("person", "basis"), [("Alice", "paid"), ("Bob", "ordered")])
def test_a_buyers_form_opens_on_her_own_dashboards_basis(qtbot, ctx, workspace, capsys,
                                                         person, basis):
    # everyone's dashboard opens on « Commandé » (two targets of Bob's against one of Alice's)
    people = {
        "Alice": add_spend_objective(ctx.engine, "paid", year=YEAR, person="Alice").person_id,
        "Bob": add_spend_objective(ctx.engine, "ordered", "ordered", year=YEAR,
                                   person="Bob").person_id,
    }
    esat = _supplier(ctx.engine, "ESAT du Parc", owner=people[person])
    assert (_dashboard(qtbot, ctx), _stats(workspace, capsys)) == ("ordered", "ordered")
    assert _dashboard(qtbot, ctx, person) == basis
    assert _stats(workspace, capsys, person) == basis
    assert _form(qtbot, ctx, esat) == basis  # her purchase counts towards her own target


def test_a_person_without_target_opens_on_her_own_spends_basis(qtbot, ctx, workspace, capsys):
    carole = add_spend_objective(ctx.engine, year=YEAR, person="Carole").person_id
    add_spend_objective(ctx.engine, "invoiced", year=YEAR, person="Alice")
    esat = _supplier(ctx.engine, "ESAT du Parc", owner=carole)
    _spend(ctx.engine, esat, ("paid", 2_000, date(YEAR, 5, 1)), buyer=carole)
    assert _dashboard(qtbot, ctx) == _stats(workspace, capsys) == "invoiced"
    assert _dashboard(qtbot, ctx, "Carole") == "paid"
    assert _stats(workspace, capsys, "Carole") == "paid"
    assert _form(qtbot, ctx, esat) == "paid"


def test_a_quarter_keeps_the_years_basis(qtbot, ctx, workspace, capsys):
    # the first quarter's spend is all paid, the year's on two bases: the year opens on
    # « Facturé », and picking the quarter no longer switches the charts to « Payé »
    esat = _supplier(ctx.engine, "ESAT du Parc")
    _spend(ctx.engine, esat, ("paid", 3_000, date(YEAR, 2, 1)),
           ("ordered", 3_000, date(YEAR, 8, 1)))
    assert _dashboard(qtbot, ctx, quarter=1) == _stats(workspace, capsys) == "invoiced"
