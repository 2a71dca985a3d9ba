"""« Achats de … » from the card: the newest purchase chosen, Entrée and Suppr act at once.

The tester had to press an arrow key first: no row was chosen when the dialog opened.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlmodel import Session, select

from srm_inclusif.storage.tables import Counterparty
from srm_inclusif.ui.spend_dialog import COL_AMOUNT, SpendDialog
from srm_inclusif.ui.spend_form import SpendLineDialog
from tests.support import add_purchase
from tests.ui.conftest import opened_card


@pytest.fixture
def supplier(ctx) -> int:  # noqa: ANN001
    """« EA du Val », two purchases: 1 200 € in March, 800 € in June (the newest)."""
    with Session(ctx.engine) as session:
        add_purchase(session, "EA du Val", "EA",
                     [(date(2026, 3, 2), 120_000), (date(2026, 6, 5), 80_000)])
        session.commit()
        return session.exec(select(Counterparty.id)).one() or 0


@pytest.fixture
def purchases(qtbot, ctx, supplier) -> Iterator[SpendDialog]:  # noqa: ANN001
    """The purchases dialog as the card's « Suivi » tab opens it, active (the card kept)."""
    card = opened_card(qtbot, ctx, supplier)
    card.show()
    card.tabs.setCurrentWidget(card.follow_up)
    card.follow_up.spend_button.click()
    dialog = card.findChild(SpendDialog)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    yield dialog
    card.close()


def test_the_newest_purchase_is_chosen_when_the_dialog_opens(purchases) -> None:  # noqa: ANN001
    assert purchases.selected() is not None
    assert purchases.selected().amount_cents == 80_000
    assert purchases.edit_button.isEnabled()
    assert purchases.delete_button.isEnabled()


def test_entree_at_once_opens_the_newest_purchase(qtbot, purchases) -> None:  # noqa: ANN001
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    forms = [f for f in purchases.findChildren(SpendLineDialog) if f.isVisible()]
    assert [f.amount.text() for f in forms] == ["800,00"]
    forms[0].reject()


def test_suppr_at_once_offers_to_delete_the_newest_purchase(qtbot, purchases, monkeypatch) -> None:  # noqa: ANN001
    questions: list[str] = []
    monkeypatch.setattr("srm_inclusif.ui.spend_dialog.asked",
                        lambda _parent, _title, question, **_kw: questions.append(question))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Delete)
    assert len(questions) == 1
    assert "800,00" in questions[0]


def test_after_a_deletion_the_next_newest_is_chosen(qtbot, ctx, purchases, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr("srm_inclusif.ui.spend_dialog.asked", lambda *_a, **_kw: True)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Delete)
    assert purchases.table.rowCount() == 1
    assert purchases.selected().amount_cents == 120_000
    assert purchases.table.item(0, COL_AMOUNT).text() == "1\u202f200,00\u00a0€"
