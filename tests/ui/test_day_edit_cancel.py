"""Cancelling a form with a date that is no date closes it without its refusal; OK refuses it.

« 32/13/2026 » typed in the purchase form, then « Annuler » clicked (or Échap pressed): the
refusal « Date illisible… » showed after the form had closed, or on the mouse press,
before the click could close it. What was typed is a change: closing asks first, and
« Ne pas enregistrer » closes it without a word about the date.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from srm_inclusif.core.vocabulary import SpendBasis
from srm_inclusif.storage.services.spend_entry import SpendValues
from srm_inclusif.ui.spend_form import SpendLineDialog
from tests.ui.closing_questions import QUESTION, asked_questions
from tests.ui.conftest import Warnings

UNREADABLE = "32/13/2026"


@pytest.fixture
def box(monkeypatch) -> Warnings:  # noqa: ANN001
    """Every message the form or its date field shows, recorded instead of shown."""
    fake = Warnings()
    monkeypatch.setattr("srm_inclusif.ui.spend_form.QMessageBox", fake)
    monkeypatch.setattr("srm_inclusif.ui.day_edit.QMessageBox", fake)
    # the closing question, answered « Ne pas enregistrer »
    fake.asked = asked_questions(monkeypatch, QMessageBox.StandardButton.Discard)
    return fake


@pytest.fixture
def form(qtbot, french) -> SpendLineDialog:  # noqa: ANN001
    """The purchase form, active, « 32/13/2026 » typed over its date; nothing saved by it."""
    dialog = SpendLineDialog(SpendValues(date(2026, 1, 1), 125_000, SpendBasis.PAID), [], [],
                             lambda _values: pytest.fail("an unreadable date was saved"))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    dialog.day.setFocus()
    qtbot.waitUntil(dialog.day.hasFocus)
    qtbot.keyClick(dialog.day, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.day, UNREADABLE)
    assert dialog.day.text() == UNREADABLE
    return dialog


def _button(form: SpendLineDialog, which: QDialogButtonBox.StandardButton):  # noqa: ANN202
    return form.buttons.button(which)


def test_cancel_clicked_closes_without_a_word_even_on_the_press(qtbot, form, box) -> None:  # noqa: ANN001
    cancel = _button(form, QDialogButtonBox.StandardButton.Cancel)
    qtbot.mousePress(cancel, Qt.MouseButton.LeftButton)
    QApplication.processEvents()  # a user holds the button a moment: a message here took the click
    assert box.shown == []

    qtbot.mouseRelease(cancel, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    assert not form.isVisible()
    assert box.shown == []
    assert box.asked == [QUESTION]


def test_escape_closes_without_a_word(qtbot, form, box) -> None:  # noqa: ANN001
    qtbot.keyClick(form.day, Qt.Key.Key_Escape)
    QApplication.processEvents()

    assert not form.isVisible()
    assert box.shown == []
    assert box.asked == [QUESTION]


def test_ok_still_refuses_the_date_naming_the_field(qtbot, form, box) -> None:  # noqa: ANN001
    qtbot.mouseClick(_button(form, QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    QApplication.processEvents()

    assert form.isVisible()
    assert box.shown == ["Date illisible\u00a0: «\u00a032/13/2026\u00a0» (jj/mm/aaaa attendu)."]
    assert form.focusWidget() is form.day
