"""A date typed but unreadable is refused when the dialog is accepted, never the former date.

Saving by OK's Alt letter (or a click on macOS) does not leave the field: the text is read then.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtWidgets import QDialog, QWidget

from srm_inclusif.core.vocabulary import Stage
from srm_inclusif.storage.services.feedback import list_criteria

TODAY = date(2026, 11, 22)


def _stage(_engine) -> tuple[QDialog, QWidget]:  # noqa: ANN001
    from srm_inclusif.ui.lifecycle.stage_dialog import StageChangeDialog

    dialog = StageChangeDialog("ESAT du Lac", Stage.SOURCING, None, TODAY)
    return dialog, dialog.on


def _decision(_engine) -> tuple[QDialog, QWidget]:  # noqa: ANN001
    from srm_inclusif.ui.lifecycle.decision_dialog import DecisionDialog

    dialog = DecisionDialog("Conditionnement", 1, TODAY)
    return dialog, dialog.on


def _feedback(engine) -> tuple[QDialog, QWidget]:  # noqa: ANN001
    from srm_inclusif.ui.lifecycle.feedback_dialog import FeedbackDialog

    dialog = FeedbackDialog("Conditionnement", list_criteria(engine), TODAY)
    return dialog, dialog.given_on


def _parameter(_engine) -> tuple[QDialog, QWidget]:  # noqa: ANN001
    from srm_inclusif.ui.parameters_dialog import NewValueDialog

    dialog = NewValueDialog(["SMIC horaire"], today=TODAY)
    return dialog, dialog.date_edit


@pytest.mark.parametrize("build", [_stage, _decision, _feedback, _parameter])
def test_an_unreadable_date_keeps_the_dialog_open(
        qtbot, workspace, monkeypatch, build: Callable[..., tuple[QDialog, QWidget]]) -> None:  # noqa: ANN001
    said: list[str] = []
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.warning",
                        lambda _parent, _title, text, *args: said.append(text))
    dialog, field = build(workspace.engine)
    qtbot.addWidget(dialog)
    field.selectAll()
    qtbot.keyClicks(field, "15/01/27")

    dialog.accept()

    assert dialog.result() != QDialog.DialogCode.Accepted
    assert len(said) == 1
    assert "15/01/27" in said[0]
