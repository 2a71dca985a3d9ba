"""The anonymisation reason stays French text but keeps its template for the UI to translate."""

from __future__ import annotations

import pickle
from datetime import date

from srm_inclusif.core.gdpr import NEVER_MET, NOT_MET_SINCE, RELATIONSHIP_ENDED, anonymise_reason
from tests.conftest import DEMO_TODAY


def test_reason_is_french_text_with_its_template_and_values() -> None:
    reason = anonymise_reason(last_interaction=date(2022, 5, 1), created_on=date(2020, 1, 1),
                              relationship_ended_on=None, today=DEMO_TODAY)
    assert reason == "Aucune interaction depuis plus de 3 ans (dernière le 01/05/2022)"
    assert reason.template == NOT_MET_SINCE
    assert reason.params == {"years": 3, "day": "01/05/2022"}
    assert reason.dates == {"day": date(2022, 5, 1)}  # for the UI to write in its language
    assert reason.template.format(**reason.params) == reason


def test_every_reason_keeps_its_template() -> None:
    ended = anonymise_reason(last_interaction=date(2026, 1, 1), created_on=date(2020, 1, 1),
                             relationship_ended_on=date(2023, 6, 1), today=DEMO_TODAY)
    never = anonymise_reason(last_interaction=None, created_on=date(2022, 1, 1),
                             relationship_ended_on=None, today=DEMO_TODAY)
    assert (ended.template, ended.params) == (RELATIONSHIP_ENDED, {"years": 3, "day": "01/06/2023"})
    assert (never.template, never.params) == (NEVER_MET, {"day": "01/01/2022"})


def test_reason_survives_a_copy_between_processes() -> None:
    reason = anonymise_reason(last_interaction=None, created_on=date(2022, 1, 1),
                              relationship_ended_on=None, today=DEMO_TODAY)
    copy = pickle.loads(pickle.dumps(reason))
    assert (copy, copy.template, copy.params, copy.dates) == (
        reason, reason.template, reason.params, {"day": date(2022, 1, 1)})
