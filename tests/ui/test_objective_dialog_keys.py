"""The objective form: one underlined letter per field, figures written as the table shows them."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QLabel

from srm_inclusif.storage.services.objectives import ObjectiveInput
from srm_inclusif.ui.objective_dialog import ObjectiveDialog


def _letters(dialog: ObjectiveDialog) -> list[str]:
    texts = [label.text() for label in dialog.findChildren(QLabel) if label.buddy() is not None]
    texts += [dialog.lower_check.text()]
    texts += [b.text() for b in dialog.buttons.findChildren(QAbstractButton)]
    return [QKeySequence.mnemonic(text).toString() for text in texts
            if not QKeySequence.mnemonic(text).isEmpty()]


def test_each_field_has_its_own_alt_letter(qtbot, language) -> None:
    dialog = ObjectiveDialog()
    qtbot.addWidget(dialog)
    letters = _letters(dialog)
    assert len(letters) >= 13  # every field and the check box can be reached
    assert sorted(letters) == sorted(set(letters))  # Alt+L went to Libellé and to Plafond


def test_figures_are_grouped_and_read_back(qtbot, french) -> None:
    values = ObjectiveInput(label="Achats inclusifs", indicator="inclusive_spend",
                            target=Decimal(450000), weight=Decimal(40),
                            baseline=Decimal("1234.5"))
    dialog = ObjectiveDialog(values)
    qtbot.addWidget(dialog)
    assert dialog.target_edit.text() == "450\u202f000"  # it read « 450000 »
    assert dialog.baseline_edit.text() == "1\u202f234,5"
    assert dialog.values().target == Decimal(450000)
    assert dialog.values().baseline == Decimal("1234.5")
