"""Beside the last interaction's day, a reason does not repeat it; the stored reason keeps it."""

from __future__ import annotations

from datetime import date

from srm_inclusif.core.gdpr import NEVER_MET, RELATIONSHIP_ENDED, anonymise_reason
from tests.conftest import DEMO_TODAY


def test_not_met_since_drops_the_last_interactions_day() -> None:
    reason = anonymise_reason(last_interaction=date(2022, 5, 1), created_on=date(2020, 1, 1),
                              relationship_ended_on=None, today=DEMO_TODAY)
    shown = reason.template_beside_last_interaction().format(**reason.params)
    assert shown == "Aucune interaction depuis plus de 3 ans"
    assert reason == "Aucune interaction depuis plus de 3 ans (dernière le 01/05/2022)"


def test_other_days_than_the_last_interaction_stay() -> None:
    ended = anonymise_reason(last_interaction=date(2026, 1, 1), created_on=date(2020, 1, 1),
                             relationship_ended_on=date(2023, 6, 1), today=DEMO_TODAY)
    never = anonymise_reason(last_interaction=None, created_on=date(2022, 1, 1),
                             relationship_ended_on=None, today=DEMO_TODAY)
    assert ended.template_beside_last_interaction() == RELATIONSHIP_ENDED  # the end, not a contact
    assert never.template_beside_last_interaction() == NEVER_MET  # no last interaction shown
