"""A purchase typed from « Achats de … » is, by default, on the basis the dashboard opens on.

The dialog's empty list promises that a purchase « compte aussitôt dans le tableau de bord »: a
form on « Facturé » while the dashboard opens on the year's « Payé » target broke it.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from sqlmodel import Session

from srm_inclusif.ui.spend_form import SpendLineDialog
from tests.conftest import DEMO_TODAY
from tests.lifecycle_support import add_counterparty
from tests.objective_sheet_samples import add_spend_objective
from tests.support import add_purchase
from tests.ui.spend_dialogs import charts_panel, spend_dialog, visible_form


@pytest.fixture
def supplier(ctx) -> int:  # noqa: ANN001
    """« ESAT du Parc », no spend yet."""
    return add_counterparty(ctx.engine, "ESAT du Parc", "ESAT")


def _target(ctx, basis: str, year: int = DEMO_TODAY.year) -> None:  # noqa: ANN001
    """Alice's sheet of ``year``: an inclusive-spend objective on ``basis``."""
    add_spend_objective(ctx.engine, basis, year=year, person="Alice")


def _form(qtbot, ctx, supplier: int) -> SpendLineDialog:  # noqa: ANN001
    dialog = spend_dialog(qtbot, ctx, supplier, "ESAT du Parc")
    dialog.add_button.click()
    return visible_form(dialog)


def test_the_form_opens_on_the_basis_of_the_years_target(qtbot, ctx, supplier) -> None:  # noqa: ANN001
    _target(ctx, "paid")
    assert _form(qtbot, ctx, supplier).basis.currentText() == "Payé"


def test_a_purchase_typed_as_proposed_shows_on_the_dashboard_as_opened(
        qtbot, ctx, supplier) -> None:  # noqa: ANN001
    _target(ctx, "paid")
    panel = charts_panel(qtbot, ctx)
    assert panel.basis_combo.currentText() == "Payé"
    form = _form(qtbot, ctx, supplier)
    form.amount.setText("3 500,50")
    with qtbot.waitSignal(panel.drawn, timeout=10000):
        form.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert [p.get_width() for p in panel.charts["kind"].axes.patches] == [3500.5]


def test_without_a_target_the_form_takes_the_only_basis_of_the_years_spend(
        qtbot, ctx, supplier) -> None:  # noqa: ANN001
    with Session(ctx.engine) as s:
        add_purchase(s, "EI Nord", "EI", [(date(DEMO_TODAY.year, 3, 1), 100_000)],
                     basis="ordered")
        s.commit()
    assert _form(qtbot, ctx, supplier).basis.currentText() == "Commandé"


def test_an_empty_workspace_still_proposes_facture(qtbot, ctx, supplier) -> None:  # noqa: ANN001
    assert _form(qtbot, ctx, supplier).basis.currentText() == "Facturé"


def test_last_years_target_does_not_choose_this_years_basis(qtbot, ctx, supplier) -> None:  # noqa: ANN001
    _target(ctx, "paid", year=DEMO_TODAY.year - 1)
    assert _form(qtbot, ctx, supplier).basis.currentText() == "Facturé"
