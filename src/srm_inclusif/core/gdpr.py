"""Personal-data rules (DOMAIN.md section 8): when a named contact should be anonymised."""

from __future__ import annotations

from datetime import date
from typing import Self

from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP

#: Years without interaction (or since the relationship ended) before anonymising is offered.
RETENTION_YEARS = 3

#: Why a contact is due, as French templates (the UI translates them in context "Gdpr").
RELATIONSHIP_ENDED = QT_TRANSLATE_NOOP(
    "Gdpr", "Relation arrêtée depuis plus de {years} ans (le {day})")
NEVER_MET = QT_TRANSLATE_NOOP(
    "Gdpr", "Aucune interaction enregistrée depuis sa création le {day}")
NOT_MET_SINCE = QT_TRANSLATE_NOOP(
    "Gdpr", "Aucune interaction depuis plus de {years} ans (dernière le {day})")
#: The same reasons without the day of the last interaction, for a list that shows that day
#: beside them (the stored reason keeps it: the CLI prints it alone).
WITHOUT_LAST_INTERACTION = {
    NOT_MET_SINCE: QT_TRANSLATE_NOOP("Gdpr", "Aucune interaction depuis plus de {years} ans"),
}


class AnonymiseReason(str):
    """Why a contact is due: the French text, as a plain string for storage and the CLI.

    It keeps the template it was made from and its values, so that the UI can show it in its
    own language: ``params`` writes the dates the French way, ``dates`` keeps them as dates,
    for the UI to write them as its language does.
    """

    __slots__ = ("_values", "template")
    template: str
    _values: dict[str, object]

    def __new__(cls, template: str, /, **values: object) -> Self:
        """``template`` (marked with ``QT_TRANSLATE_NOOP("Gdpr", ...)``) filled with ``values``."""
        reason = super().__new__(cls, template.format(**_written_in_french(values)))
        reason.template = template
        reason._values = values
        return reason

    @property
    def params(self) -> dict[str, object]:
        """The values as the French text has them (dates written ``01/05/2022``)."""
        return _written_in_french(self._values)

    @property
    def dates(self) -> dict[str, date]:
        """The values that are dates."""
        return {name: value for name, value in self._values.items() if isinstance(value, date)}

    def template_beside_last_interaction(self) -> str:
        """The template to show beside the contact's last interaction: that day not repeated."""
        return WITHOUT_LAST_INTERACTION.get(self.template, self.template)


def _written_in_french(values: dict[str, object]) -> dict[str, object]:
    return {name: f"{value:%d/%m/%Y}" if isinstance(value, date) else value
            for name, value in values.items()}


def years_before(day: date, years: int) -> date:
    """The same calendar day ``years`` earlier (29 February becomes 28 February)."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def anonymise_reason(
    *, last_interaction: date | None, created_on: date, relationship_ended_on: date | None,
    today: date, years: int = RETENTION_YEARS,
) -> AnonymiseReason | None:
    """Why a contact is due for anonymisation, in French; None while it may be kept.

    A contact never met counts from the day it was recorded. ``relationship_ended_on`` is the
    day every relationship with the counterparty was stopped (None while one is still going on).
    The UI translates the reason from its ``template`` and ``params``.
    """
    cutoff = years_before(today, years)
    if relationship_ended_on is not None and relationship_ended_on <= cutoff:
        return AnonymiseReason(RELATIONSHIP_ENDED, years=years, day=relationship_ended_on)
    seen = last_interaction or created_on
    if seen <= cutoff:
        if last_interaction is None:
            return AnonymiseReason(NEVER_MET, day=created_on)
        return AnonymiseReason(NOT_MET_SINCE, years=years, day=seen)
    return None
