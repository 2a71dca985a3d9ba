"""Tab leaves a multi-line field of a form, as it leaves every other field.

A buyer filling a marché test from the keyboard typed its scope, pressed Tab, typed the success
criteria, Tab, the amount: everything landed in « Périmètre », separated by tab characters.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QPlainTextEdit

from srm_inclusif.core.vocabulary import Stage
from srm_inclusif.storage.services.contracts import ContractFields
from srm_inclusif.storage.services.feedback import list_criteria
from srm_inclusif.ui.lifecycle.contract_dialog import ContractDialog
from srm_inclusif.ui.lifecycle.decision_dialog import DecisionDialog
from srm_inclusif.ui.lifecycle.feedback_dialog import FeedbackDialog
from srm_inclusif.ui.lifecycle.stage_dialog import StageChangeDialog

TODAY = date(2026, 11, 23)


def _shown(qtbot, dialog: QDialog) -> QDialog:  # noqa: ANN001
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_the_marche_test_form_is_filled_field_after_field_with_tab(qtbot) -> None:
    dialog = _shown(qtbot, ContractDialog("Nouveau marché test", ContractFields("Nettoyage")))
    dialog.scope.setFocus()
    qtbot.keyClicks(dialog.scope, "Nettoyage 20 chambres")
    qtbot.keyClick(dialog.scope, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.criteria
    qtbot.keyClicks(dialog.criteria, "Aucune plainte")
    assert dialog.scope.toPlainText() == "Nettoyage 20 chambres"
    assert dialog.criteria.toPlainText() == "Aucune plainte"
    qtbot.keyClick(dialog.criteria, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is not dialog.criteria
    assert "\t" not in dialog.criteria.toPlainText()


def test_shift_tab_goes_back_from_the_criteria_to_the_scope(qtbot) -> None:
    dialog = _shown(qtbot, ContractDialog("Nouveau marché test", ContractFields("Nettoyage")))
    dialog.criteria.setFocus()
    qtbot.keyClick(dialog.criteria, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert dialog.focusWidget() is dialog.scope


def test_every_text_field_of_the_lifecycle_forms_lets_tab_move_on(qtbot, workspace) -> None:
    dialogs = [
        ContractDialog("Nouveau contrat", ContractFields("Entretien")),
        DecisionDialog("Conditionnement", 1, TODAY),
        FeedbackDialog("Conditionnement", list_criteria(workspace.engine), TODAY),
        StageChangeDialog("Atelier du Lac", Stage.MARCHE_TEST, Stage.CONTRAT_EN_COURS, TODAY),
    ]
    for dialog in dialogs:
        fields = _shown(qtbot, dialog).findChildren(QPlainTextEdit)
        assert fields, type(dialog).__name__
        for field in fields:
            field.setFocus()
            qtbot.keyClick(field, Qt.Key.Key_Tab)
            assert field.toPlainText() == "", (type(dialog).__name__, field.objectName())
            assert dialog.focusWidget() is not field, (type(dialog).__name__, field.objectName())
