"""The feedback form starts on « Non évalué »: a criterion skipped is not scored, not a silent 3.

At least one criterion is evaluated to save; a feedback dated after today is refused, said.
"""

from __future__ import annotations

from datetime import date

import pytest

from srm_inclusif.storage.services.feedback import list_criteria
from srm_inclusif.ui.lifecycle.feedback_dialog import FeedbackDialog

TODAY = date(2026, 11, 22)


@pytest.fixture
def warnings(monkeypatch) -> list[str]:  # noqa: ANN001
    """The texts of the warnings the form shows (none blocks the test)."""
    shown: list[str] = []
    monkeypatch.setattr("srm_inclusif.ui.lifecycle.feedback_dialog.QMessageBox.warning",
                        lambda _parent, _title, text: shown.append(text))
    return shown


@pytest.fixture
def dialog(qtbot, workspace, french) -> FeedbackDialog:  # noqa: ANN001
    form = FeedbackDialog("Conditionnement", list_criteria(workspace.engine), TODAY)
    qtbot.addWidget(form)
    return form


def test_every_criterion_starts_unevaluated(dialog) -> None:  # noqa: ANN001
    assert [box.currentText() for box in dialog.score_boxes] == ["Non évalué"] * 5
    assert dialog.score_label.text() == "Note pondérée\u00a0: —"


def test_criteria_left_unevaluated_are_not_scored(dialog, warnings) -> None:  # noqa: ANN001
    dialog.set_score(0, 5)  # Qualité
    dialog.set_score(2, 2)  # Coût
    # (5 + 2) ÷ 2, not 3,40
    assert dialog.score_label.text() == "Note pondérée\u00a0: 3,50\u00a0/\u00a05"
    scored = {dialog.criteria[0].id: 5, dialog.criteria[2].id: 2}
    assert {s.criterion_id: s.score for s in dialog.request().scores} == scored
    dialog.accept()
    assert (warnings, dialog.result()) == ([], 1)


def test_saving_needs_one_criterion_evaluated(dialog, warnings) -> None:  # noqa: ANN001
    dialog.accept()
    assert not dialog.result()
    assert warnings == ["Évaluez au moins un critère\u00a0: les critères «\u00a0Non évalué\u00a0» "
                        "ne comptent pas dans la note."]


def test_a_feedback_dated_in_the_future_is_refused(dialog, warnings) -> None:  # noqa: ANN001
    dialog.set_score(0, 4)
    dialog.given_on.set_day(date(2026, 12, 1))
    dialog.accept()
    assert not dialog.result()
    assert warnings == ["Un retour d'expérience ne peut pas être daté du futur\u00a0: "
                        "le 01/12/2026 est après aujourd'hui (22/11/2026)."]
