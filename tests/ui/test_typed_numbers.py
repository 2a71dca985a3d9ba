"""Amounts typed in the forms are read the way the UI language writes them, and read back."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from srm_inclusif.core.errors import ValidationError
from srm_inclusif.storage.services.needs import get_need
from srm_inclusif.storage.services.objectives import ObjectiveInput
from srm_inclusif.ui.lifecycle.fields import AmountEdit
from srm_inclusif.ui.objective_dialog import ObjectiveDialog
from srm_inclusif.ui.sourcing.need_dialog import NeedDialog

#: What a user of each language types for 1 234,56 € and for 1 234 €.
TYPED = {
    "fr": {"cents": "1 234,56", "whole": "1 234", "point": "1234.5"},
    "en": {"cents": "1,234.56", "whole": "1,234", "point": "1234.5"},
}


def _typed(qtbot, widget, text: str) -> None:
    widget.clear()
    qtbot.keyClicks(widget, text)


def test_amount_field_reads_what_is_typed(qtbot, language) -> None:
    edit = AmountEdit()
    qtbot.addWidget(edit)
    _typed(qtbot, edit, TYPED[language]["cents"])
    assert edit.cents() == 123_456
    _typed(qtbot, edit, TYPED[language]["whole"])
    assert edit.cents() == 123_400  # not 1,23 €
    _typed(qtbot, edit, TYPED[language]["point"])
    assert edit.cents() == 123_450


def test_amount_field_reads_back_what_it_shows(qtbot, language) -> None:
    edit = AmountEdit(123_456_789)
    qtbot.addWidget(edit)
    assert edit.cents() == 123_456_789
    example = edit.placeholderText().split(maxsplit=1)[1]
    assert example == {"fr": "12\u202f500,00", "en": "12,500.00"}[language]
    assert edit.text() == {"fr": "1\u202f234\u202f567,89", "en": "1,234,567.89"}[language]
    edit.setText(example)
    assert edit.cents() == 1_250_000  # the example of the placeholder reads as it says


def test_english_refuses_a_french_decimal_comma(qtbot, language) -> None:
    edit = AmountEdit()
    qtbot.addWidget(edit)
    _typed(qtbot, edit, "1234,5")
    if language == "fr":
        assert edit.cents() == 123_450
    else:
        with pytest.raises(ValidationError):
            edit.cents()  # unreadable, said so; never 12 345 €


def test_objective_target_reads_the_ui_language(qtbot, language) -> None:
    dialog = ObjectiveDialog()
    qtbot.addWidget(dialog)
    _typed(qtbot, dialog.target_edit, TYPED[language]["whole"])
    _typed(qtbot, dialog.baseline_edit, TYPED[language]["cents"])
    values = dialog.values()
    assert values.target == Decimal(1234)
    assert values.baseline == Decimal("1234.56")


def test_objective_values_read_back_when_edited(qtbot, language) -> None:
    saved = ObjectiveInput(label="Achats", indicator="inclusive_spend",
                           target=Decimal("1234567.5"), weight=Decimal(100),
                           baseline=Decimal("0.25"))
    dialog = ObjectiveDialog(saved)
    qtbot.addWidget(dialog)
    values = dialog.values()
    assert (values.target, values.baseline) == (Decimal("1234567.5"), Decimal("0.25"))
    assert (dialog.target_edit.text(), dialog.baseline_edit.text()) == {
        "fr": ("1\u202f234\u202f567,5", "0,25"), "en": ("1,234,567.5", "0.25")}[language]


def test_need_budget_reads_the_ui_language(qtbot, language, workspace, ctx) -> None:
    dialog = NeedDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("Nettoyage du siège")
    _typed(qtbot, dialog.amount_edit, TYPED[language]["whole"])
    dialog.save_list()
    assert dialog.need_id is not None
    assert get_need(workspace.engine, need_id=dialog.need_id).estimated_amount_cents == 123_400


def test_an_unreadable_budget_is_said_and_no_need_is_saved(qtbot, monkeypatch, ctx) -> None:
    warnings: list[str] = []
    monkeypatch.setattr("srm_inclusif.ui.sourcing.need_dialog.QMessageBox.warning",
                        lambda _parent, _title, text: warnings.append(text))
    dialog = NeedDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("Nettoyage du siège")
    _typed(qtbot, dialog.amount_edit, "40 k")
    dialog.save_list()
    assert warnings == ["Montant illisible : « 40 k » (ex. 12\u202f500,50)."]
    assert dialog.need_id is None  # nothing saved without the budget the user typed


def test_a_dated_parameter_is_saved_as_typed(workspace, language) -> None:
    from srm_inclusif.storage.services.parameters import add_parameter, get_parameter

    typed = {"fr": "1 234,5", "en": "1,234.5"}[language]
    parameter_id, _ = add_parameter(workspace.engine, name="smic_horaire", value=typed,
                                    valid_from=date(2027, 1, 1))
    assert get_parameter(workspace.engine, parameter_id=parameter_id).value == Decimal("1234.5")


def test_a_headcount_is_read_as_typed(qtbot, language) -> None:
    from srm_inclusif.ui.counterparty_card.identity_form import IdentityForm

    form = IdentityForm()
    qtbot.addWidget(form)
    _typed(qtbot, form.edits["headcount_permanent"], TYPED[language]["whole"])
    assert form.values()["headcount_permanent"] == 1234
