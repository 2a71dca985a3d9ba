"""Objective form: baseline, target and hand-typed actual grouped as the UI language writes them."""

from __future__ import annotations

from decimal import Decimal

import pytest

from srm_inclusif.core.errors import ValidationError
from srm_inclusif.storage.services.objectives import ObjectiveInput
from srm_inclusif.ui.objective_dialog import ObjectiveDialog

NNBSP = "\u202f"  # what French groups thousands with

#: The same saved objective as each language shows it: baseline, target, actual typed by hand.
SHOWN = {
    "fr": (f"450{NNBSP}000", f"1{NNBSP}200{NNBSP}000", f"12{NNBSP}345,67"),
    "en": ("450,000", "1,200,000", "12,345.67"),
}


@pytest.fixture
def dialog(qtbot):
    def opened(values: ObjectiveInput | None = None) -> ObjectiveDialog:
        widget = ObjectiveDialog(values)
        qtbot.addWidget(widget)
        widget.show()
        return widget
    return opened


def saved() -> ObjectiveInput:
    return ObjectiveInput(label="Heures d'insertion", indicator="manual", target=Decimal(1_200_000),
                          weight=Decimal(100), baseline=Decimal(450_000),
                          manual_actual=Decimal("12345.67"))


def shown(dialog: ObjectiveDialog) -> tuple[str, str, str]:
    return (dialog.baseline_edit.text(), dialog.target_edit.text(), dialog.manual_edit.text())


def test_saved_numbers_are_shown_grouped(dialog, language):
    assert shown(dialog(saved())) == SHOWN[language]


def test_what_is_shown_is_read_back_unchanged(dialog, language):
    values = dialog(saved()).values()
    assert (values.baseline, values.target, values.manual_actual) == (
        Decimal(450_000), Decimal(1_200_000), Decimal("12345.67"))


@pytest.mark.parametrize(("typed", "read"), [
    ("450000", {"fr": Decimal(450_000), "en": Decimal(450_000)}),
    ("450 000", {"fr": Decimal(450_000), "en": Decimal(450_000)}),
    ("450,000", {"fr": Decimal(450), "en": Decimal(450_000)}),  # a comma is French's decimal mark
    ("1,234.5", {"fr": Decimal("1234.5"), "en": Decimal("1234.5")}),
    ("1234.5", {"fr": Decimal("1234.5"), "en": Decimal("1234.5")}),
    ("1 234,5", {"fr": Decimal("1234.5"), "en": None}),  # an English comma groups by threes
])
def test_a_target_typed_grouped_or_not_is_read(qtbot, dialog, language, typed, read):
    opened = dialog()
    qtbot.keyClicks(opened.target_edit, typed)
    if read[language] is None:
        with pytest.raises(ValidationError, match=typed):
            opened.values()
    else:
        assert opened.values().target == read[language]


def test_a_number_typed_ungrouped_is_shown_grouped_once_typed(qtbot, dialog, language):
    opened = dialog()
    qtbot.keyClicks(opened.target_edit, "450000")
    opened.target_edit.editingFinished.emit()
    assert opened.target_edit.text() == SHOWN[language][0]
    qtbot.keyClicks(opened.baseline_edit, "1234.5")
    opened.baseline_edit.editingFinished.emit()
    assert opened.baseline_edit.text() == {"fr": f"1{NNBSP}234,5", "en": "1,234.5"}[language]


def test_an_unreadable_number_is_left_as_typed_and_refused(qtbot, dialog, language):
    opened = dialog()
    qtbot.keyClicks(opened.target_edit, "45 k")
    opened.target_edit.editingFinished.emit()
    assert opened.target_edit.text() == "45 k"
    opened.buttons.accepted.emit()
    assert "45 k" in opened.error_label.text()
    assert opened.result() == 0  # still open
