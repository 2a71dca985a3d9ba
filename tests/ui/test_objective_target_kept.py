"""Objectifs › Modifier…: the target's bound follows the catalogue indicator, not the unit text;
a target saved before the bounds can be kept while the other fields are edited."""

from __future__ import annotations

from decimal import Decimal

import pytest

from srm_inclusif.storage.services.objectives import ObjectiveInput
from srm_inclusif.ui.objective_dialog import ObjectiveDialog

OLD = ObjectiveInput(label="Renouvellements", indicator="renewal_rate", target=Decimal(150),
                     weight=Decimal(100), unit="%")


def _dialog(qtbot, values: ObjectiveInput | None) -> ObjectiveDialog:  # noqa: ANN001
    shown = ObjectiveDialog(values)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


@pytest.mark.parametrize("typed", ["pourcent", ""])
def test_a_rate_stays_bounded_whatever_its_unit_reads(qtbot, typed: str) -> None:
    dialog = _dialog(qtbot, None)
    dialog.indicator_combo.setCurrentIndex(dialog.indicator_combo.findData("renewal_rate"))
    dialog.unit_edit.setText(typed)
    dialog.target_edit.setText("150")
    dialog.buttons.accepted.emit()
    assert "ne peut pas dépasser 100 %" in dialog.error_label.text()
    assert dialog.result() != ObjectiveDialog.DialogCode.Accepted


def test_an_old_target_beyond_the_bound_is_kept_while_the_weight_changes(qtbot) -> None:
    dialog = _dialog(qtbot, OLD)
    dialog.weight_spin.setValue(60)
    dialog.buttons.accepted.emit()
    assert dialog.error_label.text() == ""
    assert dialog.result() == ObjectiveDialog.DialogCode.Accepted
    assert (dialog.values().target, dialog.values().weight) == (Decimal(150), Decimal(60))


def test_an_old_target_changed_must_fit(qtbot) -> None:
    dialog = _dialog(qtbot, OLD)
    dialog.target_edit.setText("140")
    dialog.buttons.accepted.emit()
    assert "ne peut pas dépasser 100 %" in dialog.error_label.text()
    assert dialog.focusWidget() is dialog.target_edit
