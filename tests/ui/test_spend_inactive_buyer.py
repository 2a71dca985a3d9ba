"""Editing a purchase keeps its buyer when she has since been deactivated.

The form lists the active people; a buyer deactivated since was missing from the list, the
form showed « — aucun — » and saving dropped her from the purchase.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from srm_inclusif.core.vocabulary import SpendBasis
from srm_inclusif.storage.services.people import (
    PersonInput,
    add_person,
    people_with,
    set_person_active,
)
from srm_inclusif.storage.services.spend_entry import (
    SpendValues,
    add_spend_line,
    list_spend_lines,
)
from srm_inclusif.ui.spend_dialog import SpendDialog
from tests.conftest import DEMO_TODAY
from tests.lifecycle_support import add_counterparty
from tests.ui.spend_dialogs import spend_dialog, visible_form


@pytest.fixture
def people(ctx) -> dict[str, int]:  # noqa: ANN001
    """Léa (deactivated since) and Paul, both of the organisation."""
    return {name: add_person(ctx.engine, values=PersonInput(name)).id
            for name in ("Léa Roux", "Paul Durand")}


@pytest.fixture
def supplier(ctx, people) -> int:  # noqa: ANN001
    """« ESAT du Parc », with a purchase by Léa, who has left since."""
    esat_id = add_counterparty(ctx.engine, "ESAT du Parc", "ESAT")
    add_spend_line(ctx.engine, counterparty_id=esat_id, today=DEMO_TODAY,
                   values=SpendValues(date(2026, 3, 2), 120_000, SpendBasis.PAID,
                                      person_id=people["Léa Roux"]))
    set_person_active(ctx.engine, person_id=people["Léa Roux"], active=False)
    return esat_id


@pytest.fixture
def dialog(qtbot, ctx, supplier) -> SpendDialog:  # noqa: ANN001
    return spend_dialog(qtbot, ctx, supplier, "ESAT du Parc")


def test_the_people_offered_with_a_deactivated_one_are_the_active_ones_and_her(
        ctx, people) -> None:  # noqa: ANN001
    set_person_active(ctx.engine, person_id=people["Léa Roux"], active=False)
    assert [p.name for p in people_with(ctx.engine, None)] == ["Paul Durand"]
    assert [p.name for p in people_with(ctx.engine, people["Paul Durand"])] == ["Paul Durand"]
    assert [p.name for p in people_with(ctx.engine, people["Léa Roux"])] == [
        "Paul Durand", "Léa Roux"]


def test_editing_a_purchase_of_a_deactivated_buyer_keeps_her(
        ctx, supplier, dialog) -> None:  # noqa: ANN001
    dialog.edit_button.click()
    form = visible_form(dialog)
    assert form.buyer.currentText() == "Léa Roux"
    form.amount.setText("1 300")
    form.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    line = list_spend_lines(ctx.engine, counterparty_id=supplier)[0]
    assert (line.amount_cents, line.buyer_name) == (130_000, "Léa Roux")


def test_a_new_purchase_does_not_offer_the_deactivated_buyer(
        ctx, supplier, dialog) -> None:  # noqa: ANN001
    dialog.add_button.click()
    form = visible_form(dialog)
    offered = [form.buyer.itemText(i) for i in range(form.buyer.count())]
    assert offered == ["— aucun —", "Paul Durand"]
