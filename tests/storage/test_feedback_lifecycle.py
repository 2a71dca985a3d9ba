"""Feedback: weighted score with the weights of the time, several evaluators, trend, criteria."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from srm_inclusif.core.errors import ValidationError
from srm_inclusif.core.vocabulary import FeedbackDirection
from srm_inclusif.storage.services.contracts import ContractFields, create_contract
from srm_inclusif.storage.services.feedback import (
    CriterionRow,
    ScoreInput,
    counterparty_trend,
    delete_feedback,
    get_feedback,
    list_criteria,
    list_feedback,
    record_feedback,
    record_reply,
    restore_feedback,
    save_criteria,
)
from srm_inclusif.storage.services.relationships import create_relationship
from tests.lifecycle_support import add_counterparty, table_dump


@pytest.fixture
def contract(workspace) -> int:
    cp = add_counterparty(workspace.engine)
    rel = create_relationship(workspace.engine, counterparty_id=cp, on=date(2026, 1, 1)).id
    return create_contract(workspace.engine, relationship_id=rel,
                           values=ContractFields("Traiteur")).id


def scores(engine, values: list[int]) -> list[ScoreInput]:
    return [ScoreInput(c.id, v, f"note {v}") for c, v in zip(list_criteria(engine), values,
                                                           strict=True)]


def test_default_criteria_are_the_domain_set(workspace) -> None:
    assert [c.label for c in list_criteria(workspace.engine)] == [
        "Qualité", "Délais", "Coût", "Relation", "Impact social"]


def test_feedback_weighted_score_uses_weights_of_the_time(workspace, contract) -> None:
    engine = workspace.engine
    criteria = list_criteria(engine)
    save_criteria(engine, criteria=[replace(criteria[0], weight=3.0), *criteria[1:]])
    fid = record_feedback(engine, contract_id=contract, given_on=date(2026, 3, 1),
                          scores=scores(engine, [5, 3, 3, 3, 3]), author="Camille",
                          would_recommend=True, overall_comment="Très bien").id
    # (5×3 + 3×4) ÷ 7 = 3.857 → 3.86
    assert get_feedback(engine, fid).score == Decimal("3.86")
    save_criteria(engine, criteria=list_criteria(engine))  # unchanged
    save_criteria(engine, criteria=[replace(c, weight=1.0) for c in list_criteria(engine)])
    detail = get_feedback(engine, fid)
    assert detail.score == Decimal("3.86")
    assert (detail.scores[0].label, detail.scores[0].comment) == ("Qualité", "note 5")
    assert detail.would_recommend is True


def test_several_evaluators_and_trend(workspace, contract) -> None:
    engine = workspace.engine
    record_feedback(engine, contract_id=contract, given_on=date(2026, 3, 1),
                    scores=scores(engine, [3, 3, 3, 3, 3]), author="A")
    record_feedback(engine, contract_id=contract, given_on=date(2026, 6, 1),
                    scores=scores(engine, [5, 4, 4, 4, 4]), author="B")
    record_feedback(engine, contract_id=contract, given_on=date(2026, 7, 1),
                    scores=scores(engine, [1, 1, 1, 1, 1]), author="Client",
                    direction=FeedbackDirection.RECEIVED)
    listed = list_feedback(engine, contract_id=contract)
    assert [f.author for f in listed] == ["A", "B", "Client"]
    # each feedback keeps its own scores, in the criteria's order
    assert [f.score for f in listed] == [Decimal("3.00"), Decimal("4.20"), Decimal("1.00")]
    assert [s.score for s in listed[1].scores] == [5, 4, 4, 4, 4]
    cp = list_feedback(engine, contract_id=contract)[0].counterparty_id
    trend = counterparty_trend(engine, counterparty_id=cp)
    assert (trend.direction, trend.latest) == ("up", Decimal("4.20"))


def test_invalid_scores_write_nothing(workspace, contract) -> None:
    engine = workspace.engine
    with pytest.raises(ValidationError):
        record_feedback(engine, contract_id=contract, given_on=date(2026, 3, 1),
                        scores=scores(engine, [6, 3, 3, 3, 3]))
    assert list_feedback(engine, contract_id=contract) == []


def test_delete_reply_and_undo(workspace, contract) -> None:
    engine = workspace.engine
    fid = record_feedback(engine, contract_id=contract, given_on=date(2026, 3, 1),
                          scores=scores(engine, [4, 4, 4, 4, 4])).id
    before = table_dump(engine)
    record_reply(engine, feedback_id=fid, reply="Merci !", reply_on=date(2026, 3, 9))
    assert get_feedback(engine, fid).reply == "Merci !"
    record_reply(engine, feedback_id=fid, reply="", reply_on=None)
    assert table_dump(engine) == before
    removed = delete_feedback(engine, feedback_id=fid)
    assert list_feedback(engine, contract_id=contract) == []
    restore_feedback(engine, removed=removed)
    assert table_dump(engine) == before


def test_criteria_editor_adds_and_deactivates(workspace) -> None:
    engine = workspace.engine
    previous = list_criteria(engine, active_only=False)
    current = list_criteria(engine)
    save_criteria(engine, criteria=[*current[:2], CriterionRow(None, "", "Sécurité", 2.0)])
    assert [c.label for c in list_criteria(engine)] == ["Qualité", "Délais", "Sécurité"]
    assert list_criteria(engine)[2].key == "securite"
    save_criteria(engine, criteria=previous)
    assert [c.label for c in list_criteria(engine)] == [
        "Qualité", "Délais", "Coût", "Relation", "Impact social"]
