"""The objective form: one underlined letter per field."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QLabel

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

