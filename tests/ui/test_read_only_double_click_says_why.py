"""A read-only workspace: a double click that would open a form to change something says why.

On the Contrats page, in « Paramètres » and on a card's contacts, the double click was ignored
without a word (the Relations board and the dashboard's actions said it). The page says it in
the status bar; a dialog, in a tooltip at the pointer.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QDialog, QToolTip

from srm_inclusif.storage.services.contacts import list_contacts
from srm_inclusif.storage.services.counterparties import list_counterparties
from srm_inclusif.ui.counterparty_card.card_dialog import CardDialog
from srm_inclusif.ui.parameters_dialog import ParametersDialog
from tests.read_only_support import shown_window

SAID = "Lecture seule : rien ne peut être modifié ici."


@pytest.fixture
def no_form(monkeypatch) -> Iterator[list[QDialog]]:  # noqa: ANN001
    """The forms a double click opened (none should): recorded, never shown modal."""
    opened: list[QDialog] = []

    def exec_(dialog: QDialog) -> int:
        opened.append(dialog)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(QDialog, "exec", exec_)
    yield opened
    QToolTip.hideText()


def _double_click_first_row(qtbot, view: QAbstractItemView) -> None:  # noqa: ANN001
    view.setCurrentIndex(view.model().index(0, 0))
    center: QPoint = view.visualRect(view.model().index(0, 0)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=center)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=center)


def _said(text: str) -> str:
    return text.replace("\u00a0", " ")


def test_a_double_clicked_contract_says_why_in_the_status_bar(
        qtbot, read_only_demo_ctx, no_form) -> None:  # noqa: ANN001
    window = shown_window(qtbot, read_only_demo_ctx)
    page = window.show_page("contracts")

    _double_click_first_row(qtbot, page.table)

    assert _said(window.statusBar().currentMessage()) == SAID
    assert no_form == []


def test_a_double_clicked_parameter_says_why_at_the_pointer(
        qtbot, read_only_demo_ctx, no_form) -> None:  # noqa: ANN001
    dialog = ParametersDialog(read_only_demo_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)

    _double_click_first_row(qtbot, dialog.table)

    assert _said(QToolTip.text()) == SAID
    assert no_form == []


def test_a_double_clicked_contact_says_why_at_the_pointer(
        qtbot, read_only_demo_ctx, no_form) -> None:  # noqa: ANN001
    cid = next(c.id for c in list_counterparties(read_only_demo_ctx.engine)
               if any(not k.anonymised for k in list_contacts(read_only_demo_ctx.engine,
                                                              counterparty_id=c.id)))
    card = CardDialog(read_only_demo_ctx, cid)
    qtbot.addWidget(card)
    card.show()
    card.tabs.setCurrentWidget(card.contacts)
    qtbot.waitExposed(card)

    _double_click_first_row(qtbot, card.contacts.table)

    assert _said(QToolTip.text()) == SAID
    assert no_form == []
