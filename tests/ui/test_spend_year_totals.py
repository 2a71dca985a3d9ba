"""The year's totals read the same on the card and in the purchases dialog; a credit note's minus.

The tester saw « 2026 – Facturé : 1 000,50 € » on the card, « facturé 1 000,50 € · payé -150 € »
in the dialog: one wording now, and the minus sign (−), not a hyphen.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QListWidget
from sqlmodel import Session

from srm_inclusif.storage.tables import Counterparty, SpendLine
from srm_inclusif.ui.spend_dialog import COL_AMOUNT, SpendDialog
from tests.ui.conftest import opened_card

EXPECTED = ["2026\u00a0: facturé 1\u202f000,50\u00a0€ · payé \u2212150\u00a0€",
            "2025\u00a0: commandé 200\u00a0€"]


@pytest.fixture
def supplier(ctx) -> int:  # noqa: ANN001
    """« EI Lumière »: 1 000,50 € invoiced and a credit note of 150 € paid in 2026, 200 € ordered
    in 2025."""
    with Session(ctx.engine) as session:
        ei = Counterparty(name="EI Lumière", kind="EI")
        session.add(ei)
        session.flush()
        session.add_all(SpendLine(counterparty_id=ei.id, amount_cents=cents, spend_date=day,
                                  basis=basis)
                        for day, cents, basis in ((date(2025, 4, 1), 20_000, "ordered"),
                                                  (date(2026, 2, 1), 100_050, "invoiced"),
                                                  (date(2026, 3, 1), -15_000, "paid")))
        session.commit()
        return ei.id or 0


def test_the_card_says_each_years_totals_on_one_line(qtbot, ctx, supplier) -> None:  # noqa: ANN001
    card = opened_card(qtbot, ctx, supplier)
    spend = card.follow_up.findChild(QListWidget, "spendByYear")
    assert [spend.item(i).text() for i in range(spend.count())] == EXPECTED


def test_the_dialog_says_them_as_the_card_does(qtbot, ctx, supplier) -> None:  # noqa: ANN001
    dialog = SpendDialog(ctx, supplier, "EI Lumière")
    qtbot.addWidget(dialog)
    assert dialog.totals.text().split("\n") == ["Total par année (HT)\u00a0:", *EXPECTED]


def test_the_credit_note_shows_the_minus_sign_in_the_list(qtbot, ctx, supplier) -> None:  # noqa: ANN001
    dialog = SpendDialog(ctx, supplier, "EI Lumière")
    qtbot.addWidget(dialog)
    amounts = [dialog.table.item(row, COL_AMOUNT).text() for row in range(3)]
    assert amounts == ["\u2212150,00\u00a0€", "1\u202f000,50\u00a0€", "200,00\u00a0€"]
    assert not any("-" in text for text in amounts)


@pytest.mark.usefixtures("english")
def test_in_english_too(qtbot, ctx, supplier) -> None:  # noqa: ANN001
    card = opened_card(qtbot, ctx, supplier)
    spend = card.follow_up.findChild(QListWidget, "spendByYear")
    assert spend.item(0).text() == "2026: invoiced €1,000.50 · paid \u2212€150"
