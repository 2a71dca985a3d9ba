"""When a contact is due for anonymisation (3 years without contact or since the end)."""

from __future__ import annotations

from datetime import date

from srm_inclusif.core.gdpr import anonymise_reason, years_before
from tests.conftest import DEMO_TODAY


def test_three_years_without_interaction() -> None:
    old = anonymise_reason(last_interaction=date(2023, 11, 22), created_on=date(2020, 1, 1),
                           relationship_ended_on=None, today=DEMO_TODAY)
    recent = anonymise_reason(last_interaction=date(2023, 11, 23), created_on=date(2020, 1, 1),
                              relationship_ended_on=None, today=DEMO_TODAY)
    assert old is not None
    assert "22/11/2023" in old
    assert recent is None


def test_relationship_ended_three_years_ago_even_if_seen_recently() -> None:
    reason = anonymise_reason(last_interaction=date(2026, 1, 1), created_on=date(2020, 1, 1),
                              relationship_ended_on=date(2023, 6, 1), today=DEMO_TODAY)
    assert reason is not None
    assert "arrêtée" in reason


def test_never_met_counts_from_creation() -> None:
    assert anonymise_reason(last_interaction=None, created_on=date(2025, 1, 1),
                            relationship_ended_on=None, today=DEMO_TODAY) is None
    assert anonymise_reason(last_interaction=None, created_on=date(2022, 1, 1),
                            relationship_ended_on=None, today=DEMO_TODAY) is not None


def test_leap_day() -> None:
    assert years_before(date(2028, 2, 29), 3) == date(2025, 2, 28)
