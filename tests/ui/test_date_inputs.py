"""Dates are typed as the UI language writes them: ``22/11/2026`` / ``22 Nov 2026``.

The date edits of the dialogs show that form whatever the machine's locale; the labels table
and the contact form show it and read it back (dd/mm/yyyy and ISO are read in both languages).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialog

from srm_inclusif.core import numbers
from srm_inclusif.core.errors import ValidationError
from srm_inclusif.core.vocabulary import Stage
from srm_inclusif.storage.services.counterparty_edit import (
    LabelValue,
    counterparty_values,
    create_counterparty,
)
from srm_inclusif.ui.day_edit import DayEdit
from srm_inclusif.ui.errors import error_text
from tests.conftest import DEMO_TODAY

SHOWN = {"fr": "22/11/2026", "en": "22 Nov 2026"}


def test_stage_dialog_date_reads_as_the_ui_writes_dates(qtbot, language) -> None:  # noqa: ANN001
    from srm_inclusif.ui.lifecycle.stage_dialog import StageChangeDialog

    dialog = StageChangeDialog("ESAT du Lac", Stage.SOURCING, None, DEMO_TODAY)
    qtbot.addWidget(dialog)
    assert dialog.on.text() == SHOWN[language]
    assert dialog.request().on == DEMO_TODAY


def test_parameter_date_reads_as_the_ui_writes_dates(qtbot, language) -> None:  # noqa: ANN001
    from srm_inclusif.ui.parameters_dialog import NewValueDialog

    dialog = NewValueDialog(["SMIC horaire"])
    qtbot.addWidget(dialog)
    dialog.date_edit.set_day(DEMO_TODAY)
    assert dialog.date_edit.text() == SHOWN[language]
    assert dialog.valid_from() == DEMO_TODAY


def test_sheet_export_data_date_reads_as_the_ui_writes_dates(qtbot, ctx, language) -> None:  # noqa: ANN001
    from srm_inclusif.ui.sheet_export_dialog import SheetExportDialog

    dialog = SheetExportDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.data_date_edit.text() == SHOWN[language]


def test_optional_date_shows_no_date_as_empty(qtbot, language) -> None:  # noqa: ANN001
    from srm_inclusif.ui.lifecycle.fields import OptionalDateEdit

    edit = OptionalDateEdit(None)
    qtbot.addWidget(edit)
    assert (edit.text(), edit.value()) == ("", None)  # the placeholder says « pas de date »
    edit.set_value(date(2027, 1, 5))
    assert edit.text() == {"fr": "05/01/2027", "en": "5 Jan 2027"}[language]
    assert edit.value() == date(2027, 1, 5)


def test_every_month_is_written_as_the_tables_write_it(qtbot, language) -> None:  # noqa: ANN001
    edit = DayEdit()
    qtbot.addWidget(edit)
    for month in range(1, 13):
        day = date(2026, month, 1)
        edit.set_day(day)
        assert edit.text() == numbers.day_text(day)


@pytest.fixture
def french_machine() -> Iterator[None]:
    """The machine's locale is French (the default locale, put back afterwards)."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    yield
    QLocale.setDefault(before)


def test_english_months_on_a_french_machine(qtbot, french_machine) -> None:  # noqa: ANN001
    numbers.set_number_style(numbers.ENGLISH)  # the English UI; put back by tests/conftest.py
    edit = DayEdit(DEMO_TODAY)
    qtbot.addWidget(edit)
    assert edit.text() == "22 Nov 2026"
    assert edit.calendarWidget().locale().language() == QLocale.Language.English


def test_typing_a_date_in_english(qtbot, english) -> None:  # noqa: ANN001
    edit = DayEdit(DEMO_TODAY)
    qtbot.addWidget(edit)
    edit.lineEdit().selectAll()  # a whole date is typed over the whole text
    qtbot.keyClicks(edit, "3 Mar 2027")
    assert edit.day() == date(2027, 3, 3)


def test_typing_a_date_in_french(qtbot, french) -> None:  # noqa: ANN001
    edit = DayEdit(DEMO_TODAY)
    qtbot.addWidget(edit)
    edit.lineEdit().selectAll()
    qtbot.keyClicks(edit, "3/3/2027")
    assert edit.day() == date(2027, 3, 3)


def test_english_labels_show_and_read_english_dates(qtbot, ctx, english) -> None:  # noqa: ANN001
    from srm_inclusif.ui.counterparty_card.card_dialog import CardDialog

    cid = create_counterparty(ctx.engine, values={
        "name": "Atelier Bleu", "labels": [LabelValue("ESUS", date(2026, 11, 22))]}).id
    card = CardDialog(ctx, cid)
    qtbot.addWidget(card)
    table = card.labels.table
    assert [table.item(0, c).text() for c in range(3)] == ["ESUS", "22 Nov 2026", ""]
    table.item(0, 2).setText("3 Mar 2027")
    card.save()
    assert card.result() == QDialog.DialogCode.Accepted
    labels = counterparty_values(ctx.engine, counterparty_id=cid)[0]["labels"]
    assert labels == [LabelValue("ESUS", date(2026, 11, 22), date(2027, 3, 3))]


@pytest.mark.parametrize("typed", ["22/11/2026", "2026-11-22", "22 november 2026"])
def test_english_labels_read_numbers_and_iso_too(qtbot, english, typed) -> None:  # noqa: ANN001
    from srm_inclusif.ui.counterparty_card.labels_editor import LabelsEditor

    editor = LabelsEditor()
    qtbot.addWidget(editor)
    editor.set_labels([LabelValue("RSEI")])
    editor.table.item(0, 1).setText(typed)
    assert editor.labels() == [LabelValue("RSEI", date(2026, 11, 22))]


def test_french_labels_keep_dd_mm_yyyy(qtbot, french) -> None:  # noqa: ANN001
    from srm_inclusif.ui.counterparty_card.labels_editor import LabelsEditor

    editor = LabelsEditor()
    qtbot.addWidget(editor)
    editor.set_labels([LabelValue("RSEI", date(2026, 1, 1), date(2026, 12, 31))])
    assert [editor.table.item(0, c).text() for c in (1, 2)] == ["01/01/2026", "31/12/2026"]
    editor.table.item(0, 2).setText("3/3/2027")
    assert editor.labels() == [LabelValue("RSEI", date(2026, 1, 1), date(2027, 3, 3))]


def test_label_error_names_the_label_and_the_text(qtbot, marked) -> None:  # noqa: ANN001
    from srm_inclusif.ui.counterparty_card.labels_editor import LabelsEditor

    editor = LabelsEditor()
    qtbot.addWidget(editor)
    editor.set_labels([LabelValue("RSEI"), LabelValue("ESUS")])
    editor.table.item(1, 2).setText("31/02/2026")
    with pytest.raises(ValidationError) as caught:
        editor.labels()
    assert error_text(caught.value) == ("[Errors] Label ESUS — [Errors] Date illisible : "
                                        "« 31/02/2026 » (jj/mm/aaaa attendu).")


def test_english_contact_form_shows_and_reads_english_dates(qtbot, english) -> None:  # noqa: ANN001
    from srm_inclusif.ui.counterparty_card.contacts_panel import ContactDialog

    dialog = ContactDialog({"last_name": "Dupont", "last_interaction": date(2026, 11, 22)})
    qtbot.addWidget(dialog)
    edit = dialog.edits["last_interaction"]
    assert edit.text() == "22 Nov 2026"
    assert edit.placeholderText().endswith(" 22 Nov 2026")
    edit.setText("3 Mar 2027")
    assert dialog.values()["last_interaction"] == date(2027, 3, 3)
    edit.setText("")
    assert dialog.values()["last_interaction"] is None


def test_contact_date_error_names_the_text(qtbot, marked) -> None:  # noqa: ANN001
    from srm_inclusif.ui.counterparty_card.contacts_panel import ContactDialog

    dialog = ContactDialog({})
    qtbot.addWidget(dialog)
    dialog.edits["last_interaction"].setText("3/3/27")
    with pytest.raises(ValidationError) as caught:
        dialog.values()
    assert error_text(caught.value) == (
        "[Errors] Date illisible : « 3/3/27 » (jj/mm/aaaa attendu).")
