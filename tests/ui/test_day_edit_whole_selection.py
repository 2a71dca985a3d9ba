"""A date field entered from the keyboard or the dialog's opening has its whole text selected.

The tester opened « Retour d'expérience… »: only « 23 » of « 23/11/2026 » was selected,
« 20112026 » typed gave « 20112026/11/2026 » and OK said « Date — Date illisible : … ».
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QWidget

from srm_inclusif.core.vocabulary import Stage
from srm_inclusif.storage.services.feedback import list_criteria
from srm_inclusif.ui.day_edit import DayEdit
from srm_inclusif.ui.lifecycle.feedback_dialog import FeedbackDialog

TODAY = date(2026, 11, 23)


@pytest.fixture
def warnings(monkeypatch) -> list[str]:  # noqa: ANN001
    """The texts of the warnings shown, instead of showing them."""
    shown: list[str] = []
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.warning",
                        lambda _parent, _title, text, *_args: shown.append(text))
    return shown


@pytest.fixture
def feedback(qtbot, workspace, french) -> FeedbackDialog:  # noqa: ANN001
    """« Retour d'expérience… » as opened from the menu, a criterion scored."""
    dialog = FeedbackDialog("Conditionnement", list_criteria(workspace.engine), TODAY)
    qtbot.addWidget(dialog)
    dialog.set_score(0, 4)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    return dialog


def _click_ok(qtbot, dialog: QDialog) -> None:  # noqa: ANN001
    box = dialog.findChild(QDialogButtonBox)
    ok = box.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def test_the_feedback_date_opens_wholly_selected(feedback) -> None:  # noqa: ANN001
    assert QApplication.focusWidget() is feedback.given_on
    assert feedback.given_on.lineEdit().selectedText() == "23/11/2026"


@pytest.mark.parametrize("typed", ["20112026", "20/11/2026"])
def test_a_date_typed_on_opening_is_the_feedback_date(
        qtbot, feedback, warnings, typed) -> None:  # noqa: ANN001
    qtbot.keyClicks(QApplication.focusWidget(), typed)
    assert feedback.given_on.text() == typed  # the former date is gone, not half kept

    _click_ok(qtbot, feedback)

    assert warnings == []
    assert feedback.result() == QDialog.DialogCode.Accepted
    assert feedback.request().given_on == date(2026, 11, 20)


def test_an_unreadable_date_names_the_field_once(qtbot, feedback, warnings) -> None:  # noqa: ANN001
    qtbot.keyClicks(QApplication.focusWidget(), "2011202")

    _click_ok(qtbot, feedback)

    assert feedback.result() != QDialog.DialogCode.Accepted
    assert warnings == ["Date illisible\u00a0: «\u00a02011202\u00a0» (jj/mm/aaaa attendu)."]


def _stage() -> tuple[QDialog, DayEdit]:
    from srm_inclusif.ui.lifecycle.stage_dialog import StageChangeDialog

    dialog = StageChangeDialog("ESAT du Lac", Stage.SOURCING, None, TODAY)
    return dialog, dialog.on


def _decision() -> tuple[QDialog, DayEdit]:
    from srm_inclusif.ui.lifecycle.decision_dialog import DecisionDialog

    dialog = DecisionDialog("Conditionnement", 1, TODAY)
    return dialog, dialog.on


def _parameter() -> tuple[QDialog, DayEdit]:
    from srm_inclusif.ui.parameters_dialog import NewValueDialog

    dialog = NewValueDialog(["SMIC horaire"], today=TODAY)
    return dialog, dialog.date_edit


@pytest.mark.parametrize("reason", [Qt.FocusReason.TabFocusReason,
                                    Qt.FocusReason.BacktabFocusReason,
                                    Qt.FocusReason.ShortcutFocusReason,
                                    Qt.FocusReason.OtherFocusReason])
@pytest.mark.parametrize("build", [_stage, _decision, _parameter])
def test_every_date_field_entered_from_the_keyboard_is_wholly_selected(
        qtbot, french, build: Callable[[], tuple[QDialog, DayEdit]], reason) -> None:  # noqa: ANN001
    dialog, field = build()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    away = next(w for w in dialog.findChildren(QWidget)
                if w is not field and w.focusPolicy() & Qt.FocusPolicy.TabFocus
                and w.isVisible() and w not in field.findChildren(QWidget))
    away.setFocus()
    qtbot.waitUntil(away.hasFocus)

    field.setFocus(reason)
    qtbot.waitUntil(field.hasFocus)

    assert field.lineEdit().selectedText() == "23/11/2026"
    qtbot.keyClicks(field, "15012027")
    field.clearFocus()
    assert (field.text(), field.day()) == ("15/01/2027", date(2027, 1, 15))
