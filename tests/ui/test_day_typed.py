"""A date typed whole over the date field's text is read; a text that is no date is refused.

The date field of the purchase form, the stage, decision and feedback dialogs, the impact
period and the parameters: select all, type « 15/01/2027 », and the date is the 15th, not
the former date with a section changed.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QApplication, QDialog, QFormLayout, QLineEdit, QMessageBox

from srm_inclusif.ui.day_edit import DayEdit
from tests.conftest import DEMO_TODAY


def _form(qtbot, label: str = "Date"):  # noqa: ANN001, ANN202
    """A dialog with the date field in a form, after a text field to leave it for."""
    dialog = QDialog()
    qtbot.addWidget(dialog)
    form = QFormLayout(dialog)
    edit, other = DayEdit(DEMO_TODAY), QLineEdit()
    form.addRow(label, edit)
    form.addRow("Note", other)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    edit.setFocus()
    return dialog, edit, other


def _leave(edit: DayEdit) -> None:
    """Tab out of the field (the offscreen window has no focus to move)."""
    QApplication.sendEvent(edit, QFocusEvent(QEvent.Type.FocusOut, Qt.FocusReason.TabFocusReason))


def _type_over_all(qtbot, edit: DayEdit, text: str) -> None:  # noqa: ANN001
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, text)


JAN_15, MAR_3 = date(2027, 1, 15), date(2027, 3, 3)


@pytest.mark.parametrize(("language", "typed", "shown", "day"), [
    ("fr", "15/01/2027", "15/01/2027", JAN_15),
    ("fr", "3/3/2027", "03/03/2027", MAR_3),
    ("fr", "2027-01-15", "15/01/2027", JAN_15),
    ("en", "15 Jan 2027", "15 Jan 2027", JAN_15),
    ("en", "15/01/2027", "15 Jan 2027", JAN_15),
    ("en", "3 march 2027", "3 Mar 2027", MAR_3),
])
def test_a_date_typed_over_the_selection_is_the_date_typed(
        qtbot, request, language, typed, shown, day) -> None:  # noqa: ANN001
    request.getfixturevalue({"fr": "french", "en": "english"}[language])
    _dialog, edit, _other = _form(qtbot)
    _type_over_all(qtbot, edit, typed)
    assert edit.text() == typed  # nothing dropped or rewritten while typing
    _leave(edit)  # leaving the field writes it out as the UI writes dates
    assert (edit.text(), edit.day()) == (shown, day)


def test_enter_reads_the_date_typed(qtbot, french) -> None:  # noqa: ANN001
    _dialog, edit, _other = _form(qtbot)
    _type_over_all(qtbot, edit, "15/01/2027")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert (edit.text(), edit.day()) == ("15/01/2027", date(2027, 1, 15))


@pytest.fixture
def warnings(monkeypatch) -> list[str]:  # noqa: ANN001
    """The warnings shown, instead of showing them."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    return shown


def test_a_text_that_is_no_date_is_refused_naming_the_field(qtbot, french, warnings) -> None:  # noqa: ANN001
    _dialog, edit, _other = _form(qtbot, "Début de la &période :")
    _type_over_all(qtbot, edit, "15/01/27")
    _leave(edit)
    qtbot.waitUntil(lambda: bool(warnings))
    assert warnings == ["Début de la période illisible\u00a0: «\u00a015/01/27\u00a0» "
                        "(jj/mm/aaaa attendu)."]
    assert edit.text() == "15/01/27"  # kept to be corrected, not replaced by the former date


def test_enter_on_a_text_that_is_no_date_refuses_it(qtbot, english, warnings) -> None:  # noqa: ANN001
    _dialog, edit, _other = _form(qtbot)
    _type_over_all(qtbot, edit, "31 Fob 2027")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert len(warnings) == 1
    assert warnings[0].startswith("Date cannot be read: “31 Fob 2027”")
    assert edit.text() == "31 Fob 2027"


def test_the_refusal_is_translated(qtbot, marked, warnings) -> None:  # noqa: ANN001
    _dialog, edit, _other = _form(qtbot)
    _type_over_all(qtbot, edit, "")
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert warnings == ["[Errors] Date illisible : «  » (jj/mm/aaaa attendu)."]


def test_the_purchase_form_saves_the_date_typed(qtbot, french) -> None:  # noqa: ANN001
    from srm_inclusif.storage.services.spend_entry import SpendValues
    from srm_inclusif.ui.spend_form import SpendLineDialog

    saved: list[SpendValues] = []
    dialog = SpendLineDialog(SpendValues(date(2027, 1, 23), 0), [], [],
                             lambda values: saved.append(values) or True)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    dialog.day.setFocus()
    _type_over_all(qtbot, dialog.day, "15/01/2027")
    _leave(dialog.day)
    qtbot.keyClicks(dialog.amount, "120")
    dialog.accept()
    assert [values.spend_date for values in saved] == [JAN_15]
