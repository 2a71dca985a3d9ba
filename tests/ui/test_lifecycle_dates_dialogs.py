"""The feedback and stage forms refuse a date out of order and stay open, what was typed kept:
a feedback before its contract's start, a stage change before the relationship's latest stage."""

from __future__ import annotations

from datetime import date

import pytest

from srm_inclusif.core.vocabulary import Stage
from srm_inclusif.storage.services.contracts import ContractFields, start_test
from srm_inclusif.storage.services.feedback import list_feedback
from srm_inclusif.storage.services.relationships import (
    create_relationship,
    get_relationship,
    stage_history,
)
from srm_inclusif.ui.lifecycle.controller import LifecycleController
from tests.lifecycle_support import add_counterparty
from tests.ui.lifecycle_dialogs import answer
from tests.ui.lifecycle_forms import form_warnings, lifecycle_controller

TODAY = date(2026, 12, 20)


@pytest.fixture
def said(monkeypatch) -> list[str]:
    """The warnings the two forms show (instead of modal boxes)."""
    return form_warnings(monkeypatch, "stage_dialog", "feedback_dialog")


@pytest.fixture
def controller(qtbot, workspace) -> LifecycleController:
    return lifecycle_controller(qtbot, workspace, TODAY)


@pytest.fixture
def relationship(workspace) -> int:
    cp = add_counterparty(workspace.engine, "Fournitures Nettoyage Bois-Joli 301", "CLASSIC")
    return create_relationship(workspace.engine, counterparty_id=cp, on=date(2026, 11, 18)).id


def _refused_then(bad: date, good: date, field: str, seen: dict):
    """Type ``bad`` in the form's date, press OK (refused: kept open), then type ``good``."""
    def fill(dialog) -> None:
        getattr(dialog, field).set_day(bad)
        if hasattr(dialog, "reason"):
            dialog.reason.setPlainText("Appel d'offres lancé")
        dialog.accept()
        seen["open"] = dialog.isVisible()
        seen["reason"] = dialog.reason.toPlainText() if hasattr(dialog, "reason") else ""
        getattr(dialog, field).set_day(good)
    return fill


def test_feedback_before_the_test_start_keeps_the_form_open(
        qtbot, workspace, controller, relationship, said) -> None:
    test = start_test(workspace.engine, relationship_id=relationship, values=ContractFields(
        "Entretien des locaux", start_date=date(2026, 12, 1)), on=date(2026, 12, 1)).contract_id
    seen: dict = {}
    fill = _refused_then(date(2020, 1, 1), date(2026, 12, 2), "given_on", seen)

    def scored(dialog) -> None:
        dialog.set_score(0, 4)
        fill(dialog)

    answer(scored)
    assert controller.give_feedback(test)
    assert seen["open"]
    assert said == ["Date : le 01/01/2020 est avant le début de « Entretien des locaux » "
                    "(01/12/2026). Un retour d'expérience porte sur un travail commencé : "
                    "datez-le du 01/12/2026 ou après."]
    assert [f.given_on for f in list_feedback(workspace.engine, contract_id=test)] \
        == [date(2026, 12, 2)]


def test_stage_change_before_the_latest_stage_keeps_the_form_open(
        qtbot, workspace, controller, relationship, said) -> None:
    seen: dict = {}
    answer(_refused_then(date(2000, 1, 1), date(2026, 11, 19), "on", seen))
    assert controller.change_stage(relationship, Stage.CONSULTATION)
    assert seen == {"open": True, "reason": "Appel d'offres lancé"}
    assert said[0].startswith("Date : le 01/01/2000 est avant le 18/11/2026, jour où la "
                              "relation est arrivée à l'étape « Sourcing ».")
    history = stage_history(workspace.engine, relationship_id=relationship)
    assert [(h.changed_on, h.to_stage) for h in history] == [
        (date(2026, 11, 18), "sourcing"), (date(2026, 11, 19), "consultation")]
    assert get_relationship(workspace.engine, relationship).stage == "consultation"
