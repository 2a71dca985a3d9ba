"""A date typed that is no date is refused on saving, even when OK does not leave the field.

OK's Alt letter (or a click on macOS) saves with the focus still in the date field: the text
typed was never read, and the former date was saved in its place.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from srm_inclusif.core.errors import ValidationError
from srm_inclusif.core.impact import ImpactFigures
from srm_inclusif.core.vocabulary import SpendBasis
from srm_inclusif.storage.services.spend_entry import SpendValues
from srm_inclusif.ui.day_edit import DayEdit
from srm_inclusif.ui.impact_form import ImpactReportForm
from srm_inclusif.ui.spend_form import SpendLineDialog
from tests.ui.conftest import Warnings

JAN_1 = date(2026, 1, 1)


@pytest.fixture
def box(monkeypatch) -> Warnings:  # noqa: ANN001
    fake = Warnings()
    monkeypatch.setattr("srm_inclusif.ui.spend_form.QMessageBox", fake)
    monkeypatch.setattr("srm_inclusif.ui.day_edit.QMessageBox", fake)
    return fake


def _purchase_form(qtbot, saved: list[SpendValues]) -> SpendLineDialog:  # noqa: ANN001
    """The form of a purchase dated 01/01/2026, shown; what it saves goes to ``saved``."""
    form = SpendLineDialog(SpendValues(JAN_1, 125_000, SpendBasis.PAID), [], [],
                           lambda values: saved.append(values) or True)
    qtbot.addWidget(form)
    form.show()
    return form


def _type_over(qtbot, edit: DayEdit, text: str) -> None:  # noqa: ANN001
    """Select the date's text and type over it, the focus never leaving the field."""
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, text)


def test_a_purchase_dated_15_01_27_is_refused_not_saved_on_the_first_of_january(
        qtbot, box) -> None:  # noqa: ANN001
    saved: list[SpendValues] = []
    form = _purchase_form(qtbot, saved)
    _type_over(qtbot, form.day, "15/01/27")
    form.accept()
    assert saved == []
    assert form.isVisible()
    assert box.shown == ["Date illisible : « 15/01/27 » (jj/mm/aaaa attendu)."]
    assert form.focusWidget() is form.day  # not the amount


def test_a_purchase_dated_15_01_2027_without_leaving_the_field_is_saved_so(
        qtbot, box) -> None:  # noqa: ANN001
    saved: list[SpendValues] = []
    form = _purchase_form(qtbot, saved)
    _type_over(qtbot, form.day, "15/01/2027")
    form.accept()
    assert [values.spend_date for values in saved] == [date(2027, 1, 15)]
    assert box.shown == []


@pytest.mark.parametrize(("field", "label"), [("start_edit", "Début de la période"),
                                              ("end_edit", "Fin de la période")])
def test_an_impact_period_date_15_01_27_is_refused_not_saved(
        qtbot, box, field, label) -> None:  # noqa: ANN001, ARG001
    saved: list[ImpactFigures] = []
    form = ImpactReportForm(ImpactFigures(JAN_1, date(2026, 12, 31), people=4),
                            lambda figures: saved.append(figures) or True, client="Horizon")
    qtbot.addWidget(form)
    form.show()
    edit = getattr(form, field)
    _type_over(qtbot, edit, "15/01/27")
    form.accept()
    assert saved == []
    assert form.isVisible()
    assert form.error_label.text() == (
        f"{label} illisible : « 15/01/27 » (jj/mm/aaaa attendu).")
    assert form.focusWidget() is edit


def test_the_refusal_says_the_field_and_the_text(qtbot) -> None:  # noqa: ANN001
    form = ImpactReportForm(ImpactFigures(JAN_1, date(2026, 12, 31)), lambda _f: True,
                            client="Horizon")
    qtbot.addWidget(form)
    _type_over(qtbot, form.start_edit, "15/01/27")
    with pytest.raises(ValidationError) as refused:
        form.start_edit.checked_day()
    assert str(refused.value) == (
        "Début de la période illisible : « 15/01/27 » (jj/mm/aaaa attendu).")
    assert form.end_edit.checked_day() == date(2026, 12, 31)
