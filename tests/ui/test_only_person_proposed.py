"""A new purchase proposes the workspace's only active person as its buyer.

Léa, who bought from the supplier before, has left: Paul, alone active, is proposed, not her
and not « — aucun — ».
"""

from __future__ import annotations

from datetime import date

from sqlmodel import Session

from srm_inclusif.core.vocabulary import SpendBasis
from srm_inclusif.storage.services.people import PersonInput, add_person, set_person_active
from srm_inclusif.storage.services.spend_entry import SpendValues, add_spend_line
from srm_inclusif.storage.tables import Counterparty
from srm_inclusif.ui.spend_dialog import SpendDialog
from srm_inclusif.ui.spend_form import SpendLineDialog
from tests.conftest import DEMO_TODAY


def _supplier_bought_by(ctx, person_id: int) -> int:  # noqa: ANN001
    with Session(ctx.engine) as session:
        esat = Counterparty(name="ESAT du Parc", kind="ESAT")
        session.add(esat)
        session.commit()
        esat_id = esat.id or 0
    add_spend_line(ctx.engine, counterparty_id=esat_id, today=DEMO_TODAY,
                   values=SpendValues(date(2026, 3, 2), 120_000, SpendBasis.PAID,
                                      person_id=person_id))
    return esat_id


def _proposed_buyer(qtbot, ctx, supplier: int) -> str:  # noqa: ANN001
    dialog = SpendDialog(ctx, supplier, "ESAT du Parc")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.add_button.click()
    form = next(f for f in dialog.findChildren(SpendLineDialog) if f.isVisible())
    return form.buyer.currentText()


def test_the_only_active_person_is_proposed_beside_a_deactivated_buyer(qtbot, ctx) -> None:  # noqa: ANN001
    lea = add_person(ctx.engine, values=PersonInput("Léa Roux")).id
    add_person(ctx.engine, values=PersonInput("Paul Durand"))
    supplier = _supplier_bought_by(ctx, lea)
    set_person_active(ctx.engine, person_id=lea, active=False)

    assert _proposed_buyer(qtbot, ctx, supplier) == "Paul Durand"


def test_with_two_active_people_nobody_is_proposed(qtbot, ctx) -> None:  # noqa: ANN001
    lea = add_person(ctx.engine, values=PersonInput("Léa Roux")).id
    add_person(ctx.engine, values=PersonInput("Paul Durand"))
    supplier = _supplier_bought_by(ctx, lea)

    assert _proposed_buyer(qtbot, ctx, supplier) == "— aucun —"
