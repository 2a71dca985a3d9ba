"""Objectifs › Ajouter / Modifier in English: a count unit reads "contracts", not « contrats »,
and is stored as « contrats » as before, so that a sheet made in one language reads the same in
the other (its workbook for HR stays French)."""

from __future__ import annotations

from decimal import Decimal

from srm_inclusif.storage.services.objectives import ObjectiveInput
from srm_inclusif.ui.objective_dialog import ObjectiveDialog

MADE_IN_FRENCH = ObjectiveInput(label="Contrats signés", indicator="contracts",
                                target=Decimal(12), weight=Decimal(100), unit="contrats")


def _dialog(qtbot, values: ObjectiveInput | None = None) -> ObjectiveDialog:  # noqa: ANN001
    shown = ObjectiveDialog(values)
    qtbot.addWidget(shown)
    return shown


def test_a_chosen_count_indicator_shows_its_unit_in_english(qtbot, english: str) -> None:
    dialog = _dialog(qtbot)
    dialog.indicator_combo.setCurrentIndex(dialog.indicator_combo.findData("contracts"))
    assert dialog.unit_edit.text() == "contracts"
    dialog.target_edit.setText("12")
    assert dialog.values().unit == "contrats"


def test_a_sheet_made_in_french_reads_in_english_and_saves_unchanged(qtbot,
                                                                     english: str) -> None:
    dialog = _dialog(qtbot, MADE_IN_FRENCH)
    assert dialog.unit_edit.text() == "contracts"
    assert dialog.values() == MADE_IN_FRENCH


def test_in_french_the_unit_reads_and_saves_as_before(qtbot, french: str) -> None:
    dialog = _dialog(qtbot, MADE_IN_FRENCH)
    assert dialog.unit_edit.text() == "contrats"
    assert dialog.values() == MADE_IN_FRENCH


def test_a_unit_typed_by_the_user_is_kept_as_typed(qtbot, english: str) -> None:
    dialog = _dialog(qtbot, ObjectiveInput(label="Visites", indicator="manual",
                                           target=Decimal(4), weight=Decimal(100),
                                           unit="visits"))
    assert dialog.unit_edit.text() == "visits"
    assert dialog.values().unit == "visits"
