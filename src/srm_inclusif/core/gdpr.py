"""Personal-data rules (DOMAIN.md section 8): when a named contact should be anonymised."""

from __future__ import annotations

from datetime import date

#: Years without interaction (or since the relationship ended) before anonymising is offered.
RETENTION_YEARS = 3


def years_before(day: date, years: int) -> date:
    """The same calendar day ``years`` earlier (29 February becomes 28 February)."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def anonymise_reason(
    *, last_interaction: date | None, created_on: date, relationship_ended_on: date | None,
    today: date, years: int = RETENTION_YEARS,
) -> str | None:
    """Why a contact is due for anonymisation, in French; None while it may be kept.

    A contact never met counts from the day it was recorded. ``relationship_ended_on`` is the
    day every relationship with the counterparty was stopped (None while one is still going on).
    """
    cutoff = years_before(today, years)
    if relationship_ended_on is not None and relationship_ended_on <= cutoff:
        return f"Relation arrêtée depuis plus de {years} ans (le {relationship_ended_on:%d/%m/%Y})"
    seen = last_interaction or created_on
    if seen <= cutoff:
        if last_interaction is None:
            return f"Aucune interaction enregistrée depuis sa création le {created_on:%d/%m/%Y}"
        return f"Aucune interaction depuis plus de {years} ans (dernière le {seen:%d/%m/%Y})"
    return None
