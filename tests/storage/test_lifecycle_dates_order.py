"""Lifecycle dates checked against each other: no feedback before its contract's start, no
stage change dated before the relationship's latest stage (its history stays in order)."""

from __future__ import annotations

from datetime import date

import pytest

from srm_inclusif.core.errors import ValidationError
from srm_inclusif.core.vocabulary import Stage
from srm_inclusif.storage.services.contracts import ContractFields, start_test
from srm_inclusif.storage.services.feedback import (
    ScoreInput,
    list_criteria,
    list_feedback,
    record_feedback,
)
from srm_inclusif.storage.services.relationships import (
    create_relationship,
    get_relationship,
    latest_stage_day,
    move_stage,
    stage_history,
)
from tests.lifecycle_support import add_counterparty

TODAY = date(2026, 12, 20)


@pytest.fixture
def relationship(workspace) -> int:
    cp = add_counterparty(workspace.engine, "Fournitures Nettoyage Bois-Joli 301", "CLASSIC")
    return create_relationship(workspace.engine, counterparty_id=cp, on=date(2026, 11, 18)).id


def _feedback(engine, contract_id: int, day: date) -> int:
    scores = [ScoreInput(list_criteria(engine)[0].id, 4)]
    return record_feedback(engine, contract_id=contract_id, given_on=day, scores=scores,
                           today=TODAY).id


def test_feedback_before_the_test_start_is_refused(workspace, relationship) -> None:
    test = start_test(workspace.engine, relationship_id=relationship, values=ContractFields(
        "Entretien des locaux", start_date=date(2026, 12, 1)), on=date(2026, 12, 1)).contract_id
    with pytest.raises(ValidationError) as refused:
        _feedback(workspace.engine, test, date(2020, 1, 1))
    assert str(refused.value) == (
        "Date : le 01/01/2020 est avant le début de « Entretien des locaux » (01/12/2026). Un "
        "retour d'expérience porte sur un travail commencé : datez-le du 01/12/2026 ou après.")
    assert list_feedback(workspace.engine, contract_id=test) == []
    _feedback(workspace.engine, test, date(2026, 12, 1))  # its first day is fine
    assert len(list_feedback(workspace.engine, contract_id=test)) == 1


def test_stage_change_before_the_latest_stage_is_refused(workspace, relationship) -> None:
    with pytest.raises(ValidationError) as refused:
        move_stage(workspace.engine, relationship_id=relationship, to_stage=Stage.CONSULTATION,
                   on=date(2000, 1, 1))
    assert str(refused.value).startswith(
        "Date : le 01/01/2000 est avant le 18/11/2026, jour où la relation est arrivée à "
        "l'étape « Sourcing ».")
    assert [h.to_stage for h in stage_history(workspace.engine, relationship_id=relationship)] \
        == ["sourcing"]
    assert get_relationship(workspace.engine, relationship).stage == "sourcing"
    move_stage(workspace.engine, relationship_id=relationship, to_stage=Stage.CONSULTATION,
               on=date(2026, 11, 18))  # the same day is fine
    assert latest_stage_day(workspace.engine, relationship_id=relationship) == date(2026, 11, 18)


def test_a_relationship_begun_after_today_is_refused_by_storage(workspace) -> None:  # noqa: ANN001
    """Only the « Nouvelle relation » dialog checked it; another caller could date it ahead."""
    from srm_inclusif.storage.services.relationships import list_relationships

    cp = add_counterparty(workspace.engine)

    with pytest.raises(ValidationError, match="le 21/12/2026 est après aujourd'hui"):
        create_relationship(workspace.engine, counterparty_id=cp, on=date(2026, 12, 21),
                            today=TODAY)

    assert list_relationships(workspace.engine) == []
    create_relationship(workspace.engine, counterparty_id=cp, on=TODAY, today=TODAY)
    assert len(list_relationships(workspace.engine)) == 1
