"""Tab and Shift+Tab leave a date field for the next / previous field, as from any other field.

The tester, in « Bilans d'impact › Ajouter… », pressed Tab five times from « Début de la
période » and typed figures: they all went into the date (« Début de la période illisible »).
In a purchase, Shift+Tab to « Date », Tab and « 777 » gave « 23/777/2026 ».
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from srm_inclusif.core.impact import ImpactFigures
from srm_inclusif.storage.services.spend_entry import SpendValues
from srm_inclusif.ui.impact_form import ImpactReportForm
from srm_inclusif.ui.spend_form import SpendLineDialog

TODAY = date(2026, 11, 23)


def _opened(qtbot, dialog: QDialog) -> QDialog:  # noqa: ANN001
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    return dialog


@pytest.fixture
def impact(qtbot, french) -> ImpactReportForm:  # noqa: ANN001, ARG001
    """« Nouveau bilan d'impact » as « Ajouter… » opens it, on the first half of 2026."""
    figures = ImpactFigures(date(2026, 1, 1), date(2026, 6, 30))
    form = ImpactReportForm(figures, lambda _figures: True, client="Groupe Horizon")
    form.start_edit.setFocus()
    return _opened(qtbot, form)


@pytest.fixture
def purchase(qtbot, french) -> SpendLineDialog:  # noqa: ANN001, ARG001
    """A purchase form dated 23/11/2026, the focus on the amount as it opens."""
    values = SpendValues(TODAY, 0)
    return _opened(qtbot, SpendLineDialog(values, [], [], lambda _values: True))


def _press(qtbot, key: Qt.Key, times: int = 1) -> None:  # noqa: ANN001
    for _ in range(times):
        qtbot.keyClick(QApplication.focusWidget(), key)


def test_tab_goes_from_the_period_start_to_each_next_field(qtbot, impact) -> None:  # noqa: ANN001
    assert QApplication.focusWidget() is impact.start_edit
    _press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is impact.end_edit
    _press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is impact.people_spin
    _press(qtbot, Qt.Key.Key_Backtab, 2)
    assert QApplication.focusWidget() is impact.start_edit


def test_figures_typed_after_five_tabs_are_not_in_the_date(qtbot, impact) -> None:  # noqa: ANN001
    _press(qtbot, Qt.Key.Key_Tab, 5)
    qtbot.keyClicks(QApplication.focusWidget(), "4")

    assert impact.start_edit.text() == "01/01/2026"
    assert impact.start_edit.unreadable_text() is None
    assert 4 in [spin.value() for spin in impact.exit_spins.values()]


def test_a_date_typed_then_tab_keeps_the_typed_date(qtbot, impact) -> None:  # noqa: ANN001
    qtbot.keyClicks(impact.start_edit, "15012026")
    _press(qtbot, Qt.Key.Key_Tab)

    assert QApplication.focusWidget() is impact.end_edit
    assert (impact.start_edit.text(), impact.start_edit.day()) == ("15/01/2026",
                                                                  date(2026, 1, 15))


def test_shift_tab_to_the_date_then_tab_goes_back_to_the_amount(
        qtbot, purchase) -> None:  # noqa: ANN001
    assert QApplication.focusWidget() is purchase.amount
    qtbot.keyClick(purchase.amount, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is purchase.day

    _press(qtbot, Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "777")

    assert purchase.day.text() == "23/11/2026"
    assert purchase.amount.text().replace("\u202f", "").replace("\u00a0", "") == "777"


def test_the_arrow_keys_still_change_a_section(qtbot, purchase) -> None:  # noqa: ANN001
    purchase.day.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(purchase.day.hasFocus)
    _press(qtbot, Qt.Key.Key_Home)
    _press(qtbot, Qt.Key.Key_Up)

    assert purchase.day.text() == "24/11/2026"
