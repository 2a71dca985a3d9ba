"""Objectifs › Modifier… refuses a target beyond what its unit allows, in the form, with the
limit said and the cursor back in « Cible » (``99999999999999999999999`` h was saved)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from srm_inclusif.storage.services.objectives import ObjectiveInput
from srm_inclusif.ui.objective_dialog import ObjectiveDialog


@pytest.fixture
def dialog(qtbot) -> ObjectiveDialog:
    shown = ObjectiveDialog(ObjectiveInput(
        label="Heures d'insertion réalisées", indicator="insertion_hours", target=Decimal(1200),
        weight=Decimal(100), unit="h"))
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def test_a_huge_target_is_refused_with_its_limit(dialog) -> None:
    dialog.target_edit.setText("99999999999999999999999")
    dialog.buttons.accepted.emit()
    assert dialog.error_label.text() == ("La cible ne peut pas dépasser 10\u202f000\u202f000 h. "
                                         "Vérifiez le nombre de chiffres.")
    assert dialog.result() != ObjectiveDialog.DialogCode.Accepted
    assert dialog.focusWidget() is dialog.target_edit


def test_a_share_above_a_hundred_percent_is_refused(dialog) -> None:
    # typed for a manual indicator: a catalogue one is bounded by its own unit (hours here)
    dialog.indicator_combo.setCurrentIndex(dialog.indicator_combo.findData("manual"))
    dialog.unit_edit.setText("%")
    dialog.target_edit.setText("150")
    dialog.buttons.accepted.emit()
    assert "ne peut pas dépasser 100 %" in dialog.error_label.text()


def test_a_sensible_target_is_accepted(dialog) -> None:
    dialog.target_edit.setText("25000")
    dialog.buttons.accepted.emit()
    assert dialog.result() == ObjectiveDialog.DialogCode.Accepted
    assert dialog.values().target == Decimal(25000)
