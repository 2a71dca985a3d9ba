"""An optional date (a test's end, a contract's dates, an action's due) is typed, picked or cleared.

Typing ``31/12/2026`` into the empty field keeps it and Tab moves on; the calendar opens on
today when the field is empty; emptying the field means « pas de date »; a text that is not a
date is refused on OK, naming the field, never saved as no date.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from srm_inclusif.core.clock import system_today
from srm_inclusif.storage.services.contracts import ContractFields
from srm_inclusif.ui.lifecycle.fields import OptionalDateEdit


@pytest.fixture
def form(qtbot):  # noqa: ANN001, ANN201
    """An empty optional date followed by another field, shown, the date focused."""
    window = QWidget()
    layout = QVBoxLayout(window)
    edit, after = OptionalDateEdit(None), QLineEdit()
    layout.addWidget(edit)
    layout.addWidget(after)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    yield edit, after
    window.close()  # kept alive until the test ends


def test_a_date_typed_into_the_empty_field_is_kept_and_tab_moves_on(qtbot, form,
                                                                  french) -> None:
    edit, after = form
    qtbot.keyClicks(edit, "31/12/2026")
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert (edit.text(), edit.value()) == ("31/12/2026", date(2026, 12, 31))
    assert after.hasFocus()


def test_a_short_date_is_written_out_once_typed(qtbot, form, french) -> None:
    edit, _ = form
    qtbot.keyClicks(edit, "3/3/2027")
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert edit.text() == "03/03/2027"


def test_an_english_date_is_typed_as_english_writes_it(qtbot, form, english) -> None:
    edit, _ = form
    qtbot.keyClicks(edit, "31 Dec 2026")
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert (edit.text(), edit.value()) == ("31 Dec 2026", date(2026, 12, 31))


def test_the_empty_field_says_there_is_no_date(qtbot, french) -> None:
    edit = OptionalDateEdit(None)
    qtbot.addWidget(edit)
    assert (edit.text(), edit.value()) == ("", None)
    assert edit.placeholderText() == "— pas de date (ex. 31/12/2026)"


def test_the_calendar_opens_on_today_when_empty_and_fills_the_field(qtbot, form,
                                                                   french) -> None:
    edit, _ = form
    qtbot.keyClick(edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert edit.calendar.isVisible()
    today = system_today()
    assert edit.calendar.selectedDate() == QDate(today.year, today.month, today.day)
    edit.calendar.clicked.emit(QDate(2027, 1, 5))
    assert not edit.calendar.isVisible()
    assert edit.value() == date(2027, 1, 5)


def test_the_calendar_opens_on_the_date_shown(qtbot, form) -> None:
    edit, _ = form
    edit.set_value(date(2027, 6, 30))
    edit.open_calendar()
    assert edit.calendar.selectedDate() == QDate(2027, 6, 30)
    edit.calendar.hide()


def test_up_and_down_move_the_date_by_a_day(qtbot, form, french) -> None:
    edit, _ = form
    edit.set_value(date(2026, 12, 31))
    qtbot.keyClick(edit, Qt.Key.Key_Up)
    assert edit.value() == date(2027, 1, 1)
    qtbot.keyClick(edit, Qt.Key.Key_Down)
    qtbot.keyClick(edit, Qt.Key.Key_Down)
    assert edit.value() == date(2026, 12, 30)


def test_a_date_can_be_cleared_with_the_keyboard(qtbot, form) -> None:
    edit, _ = form
    edit.set_value(date(2026, 12, 31))
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    assert edit.value() is None
    assert edit.isClearButtonEnabled()


@pytest.fixture
def warnings(monkeypatch) -> list[str]:  # noqa: ANN001
    """The texts of the warnings the lifecycle dialogs show (none blocks the test)."""
    shown: list[str] = []
    for module in ("contract_dialog", "action_dialog"):
        monkeypatch.setattr(f"srm_inclusif.ui.lifecycle.{module}.QMessageBox.warning",
                            lambda _parent, _title, text: shown.append(text))
    return shown


def _contract_dialog(qtbot, start: date | None = date(2026, 11, 22)):  # noqa: ANN001, ANN202
    from srm_inclusif.ui.lifecycle.contract_dialog import ContractDialog

    dialog = ContractDialog("Nouveau marché test", ContractFields("Entretien",
                                                                  start_date=start))
    qtbot.addWidget(dialog)
    return dialog


def test_an_unreadable_end_date_is_refused_naming_the_field(qtbot, warnings, french) -> None:
    dialog = _contract_dialog(qtbot)
    dialog.end.setText("31/12/26")
    dialog.accept()
    assert dialog.result_fields() is None
    assert warnings == ["Fin — Date illisible\u00a0: «\u00a031/12/26\u00a0» (jj/mm/aaaa attendu)."]
    assert dialog.end.text() == "31/12/26"  # kept, to be corrected


def test_the_date_error_is_said_in_the_ui_language(qtbot, warnings, marked) -> None:
    dialog = _contract_dialog(qtbot)
    dialog.end.setText("31/02/2026")
    dialog.accept()
    assert warnings == ["[Errors] [ContractDialog] Fin — [Errors] Date illisible : "
                        "« 31/02/2026 » (jj/mm/aaaa attendu)."]


def test_the_end_date_typed_is_saved(qtbot, warnings, french) -> None:
    dialog = _contract_dialog(qtbot)
    dialog.end.setText("31/12/2026")
    dialog.accept()
    assert warnings == []
    fields = dialog.result_fields()
    assert fields is not None
    assert (fields.start_date, fields.end_date) == (date(2026, 11, 22), date(2026, 12, 31))


def test_a_start_date_shown_cannot_be_erased(qtbot, warnings, french) -> None:
    dialog = _contract_dialog(qtbot)  # a new contract opens on a start date
    dialog.start.clear()
    dialog.accept()
    assert not dialog.result()
    assert warnings == ["Indiquez la date de début\u00a0: sans elle, le contrat ne compterait "
                        "dans aucune période des indicateurs."]


def test_a_contract_recorded_without_dates_can_still_be_edited(qtbot, warnings) -> None:
    dialog = _contract_dialog(qtbot, start=None)
    assert (dialog.start.text(), dialog.end.text()) == ("", "")  # no date pretended
    dialog.accept()
    assert (warnings, dialog.result()) == ([], 1)


def test_an_unreadable_due_date_is_refused(qtbot, warnings, french) -> None:
    from srm_inclusif.ui.lifecycle.action_dialog import ActionDialog

    dialog = ActionDialog([], text="Relancer")
    qtbot.addWidget(dialog)
    dialog.due.setText("fin décembre")
    dialog.accept()
    assert not dialog.result()
    assert warnings == ["Échéance — Date illisible\u00a0: «\u00a0fin décembre\u00a0» "
                        "(jj/mm/aaaa attendu)."]


def test_a_renewal_of_a_contract_without_end_starts_today(qtbot, workspace) -> None:  # noqa: ANN001
    from srm_inclusif.storage.services.contracts import create_contract
    from srm_inclusif.storage.services.relationships import create_relationship
    from srm_inclusif.ui.context import WorkspaceContext
    from srm_inclusif.ui.lifecycle.controller import LifecycleController
    from tests.lifecycle_support import add_counterparty
    from tests.ui.lifecycle_dialogs import answer

    window = QWidget()
    qtbot.addWidget(window)
    today = date(2026, 11, 22)
    controller = LifecycleController(WorkspaceContext(workspace, today=lambda: today), window)
    rel = create_relationship(workspace.engine, on=today,
                              counterparty_id=add_counterparty(workspace.engine, "Envie")).id
    contract = create_contract(workspace.engine, relationship_id=rel,
                               values=ContractFields("Nettoyage")).id
    starts: list[date | None] = []
    answer(lambda d: d.setTextValue("Budget voté"), lambda d: starts.append(d.start.value()))
    assert controller.renew_contract(contract)
    assert starts == [today]
