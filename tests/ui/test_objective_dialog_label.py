"""The objective form proposes the indicator's name as the label, without « (saisie manuelle) »."""

from __future__ import annotations

from srm_inclusif.ui.objective_dialog import ObjectiveDialog

PROPOSED = {"fr": ("Économies réalisées", "Autre indicateur", "Achats inclusifs"),
            "en": ("Savings achieved", "Other indicator", "Inclusive spend")}


def _choose(dialog: ObjectiveDialog, code: str) -> str:
    dialog.indicator_combo.setCurrentIndex(dialog.indicator_combo.findData(code))
    return dialog.label_edit.text()


def test_the_manual_entry_note_stays_in_the_list(qtbot, language) -> None:
    dialog = ObjectiveDialog()
    qtbot.addWidget(dialog)
    savings, other, spend = PROPOSED[language]
    assert _choose(dialog, "savings") == savings
    assert dialog.indicator_combo.currentText() != savings  # the list still says how it is fed
    assert _choose(dialog, "manual") == other
    assert _choose(dialog, "inclusive_spend") == spend  # a proposed label follows the choice


def test_a_typed_label_is_kept(qtbot) -> None:
    dialog = ObjectiveDialog()
    qtbot.addWidget(dialog)
    dialog.label_edit.setText("Économies sur les achats de nettoyage")
    assert _choose(dialog, "savings") == "Économies sur les achats de nettoyage"
    dialog.target_edit.setText("50000")
    assert dialog.values().label == "Économies sur les achats de nettoyage"
