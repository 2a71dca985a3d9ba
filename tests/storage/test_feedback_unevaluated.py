"""A feedback scoring only some criteria: its weighted score is the mean of those alone."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from srm_inclusif.core.errors import ValidationError
from srm_inclusif.storage.services.feedback import (
    ScoreInput,
    get_feedback,
    list_criteria,
    record_feedback,
    save_criteria,
)
from tests.lifecycle_support import add_contract


@pytest.fixture
def contract(workspace) -> int:  # noqa: ANN001
    return add_contract(workspace.engine)


def test_only_the_criteria_evaluated_make_the_score(workspace, contract) -> None:  # noqa: ANN001
    engine = workspace.engine
    criteria = list_criteria(engine)
    save_criteria(engine, criteria=[replace(criteria[0], weight=2.0), *criteria[1:]])
    quality, delays = list_criteria(engine)[:2]
    fid = record_feedback(engine, contract_id=contract, given_on=date(2026, 3, 1),
                          scores=[ScoreInput(quality.id, 5), ScoreInput(delays.id, 4)]).id
    detail = get_feedback(engine, fid)
    # (5×2 + 4×1) ÷ 3 = 4.67; cost, relation and social impact, not evaluated, count for nothing
    assert detail.score == Decimal("4.67")
    assert [s.label for s in detail.scores] == ["Qualité", "Délais"]


def test_a_feedback_with_no_criterion_evaluated_is_refused(workspace, contract) -> None:  # noqa: ANN001
    with pytest.raises(ValidationError, match="Notez au moins un critère"):
        record_feedback(workspace.engine, contract_id=contract, given_on=date(2026, 3, 1),
                        scores=[])
