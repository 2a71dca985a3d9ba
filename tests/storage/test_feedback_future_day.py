"""The feedback service refuses a feedback dated after today, whoever calls it."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from srm_inclusif.core.errors import ValidationError
from srm_inclusif.storage.services.feedback import (
    ScoreInput,
    list_criteria,
    list_feedback,
    record_feedback,
)
from tests.lifecycle_support import add_contract
from tests.support import Clock

TODAY = date(2026, 11, 22)


@pytest.fixture
def contract(workspace) -> int:  # noqa: ANN001
    return add_contract(workspace.engine)


def given(workspace, contract: int, day: date, clock: Clock) -> int:  # noqa: ANN001
    quality = list_criteria(workspace.engine)[0]
    return record_feedback(workspace.engine, contract_id=contract, given_on=day,
                           scores=[ScoreInput(quality.id, 4)], today=clock()).id


def test_a_feedback_dated_after_today_is_refused_and_not_stored(workspace, contract) -> None:  # noqa: ANN001
    with pytest.raises(ValidationError) as caught:
        given(workspace, contract, date(2026, 12, 1), Clock(TODAY))

    assert str(caught.value) == ("Un retour d'expérience ne peut pas être daté du futur : "
                                 "le 01/12/2026 est après aujourd'hui (22/11/2026).")
    assert list_feedback(workspace.engine, contract_id=contract) == []


def test_today_is_the_one_the_service_is_given(workspace, contract) -> None:  # noqa: ANN001
    clock = Clock(TODAY)
    given(workspace, contract, TODAY, clock)
    clock.value = TODAY - timedelta(days=1)

    with pytest.raises(ValidationError):
        given(workspace, contract, TODAY, clock)
    assert [f.given_on for f in list_feedback(workspace.engine, contract_id=contract)] == [TODAY]


def test_without_a_today_the_system_date_is_today(workspace, contract) -> None:  # noqa: ANN001
    quality = list_criteria(workspace.engine)[0]
    with pytest.raises(ValidationError, match="daté du futur"):
        record_feedback(workspace.engine, contract_id=contract,
                        given_on=date.today() + timedelta(days=1),
                        scores=[ScoreInput(quality.id, 4)])
