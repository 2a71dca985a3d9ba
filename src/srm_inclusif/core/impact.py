"""The seller's impact report to a client (DOMAIN.md section 7): its figures and the exits rate.

A structure inclusive tells each client what its purchases produced: the people employed on the
mission, the hours they worked, the training hours given and how those people left (exits).
The rate of « sorties dynamiques » is durable employment + transition employment + positive
exits, divided by all exits; the other exits count in the total only. Beneficiaries appear as
counts only: nothing here names a person.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum

from srm_inclusif.core.errors import ValidationError
from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP, translate
from srm_inclusif.core.numbers import day_text, trimmed
from srm_inclusif.core.periods import following_period, spans_whole_months


class ExitCategory(StrEnum):
    """How a person employed on the mission left the structure; the first three are dynamic."""

    DURABLE = "durable"
    TRANSITION = "transition"
    POSITIVE = "positive"
    OTHER = "other"

    @property
    def french_label(self) -> str:
        """The category's name in French (documents sent to the client)."""
        return _CATEGORY_LABELS[self]

    @property
    def label(self) -> str:
        """The category's name in the UI language."""
        return translate("Vocabulary", self.french_label)

    @property
    def french_definition(self) -> str:
        """What the category counts, in French."""
        return _CATEGORY_DEFINITIONS[self]

    @property
    def definition(self) -> str:
        """What the category counts, in the UI language."""
        return translate("Vocabulary", self.french_definition)


_CATEGORY_LABELS = {
    ExitCategory.DURABLE: QT_TRANSLATE_NOOP("Vocabulary", "Emploi durable"),
    ExitCategory.TRANSITION: QT_TRANSLATE_NOOP("Vocabulary", "Emploi de transition"),
    ExitCategory.POSITIVE: QT_TRANSLATE_NOOP("Vocabulary", "Sortie positive"),
    ExitCategory.OTHER: QT_TRANSLATE_NOOP("Vocabulary", "Autre sortie"),
}
# « 6 mois ou plus » and « moins de 6 mois »: a contract of exactly six months is durable, as
# the IAE's own definition counts it, and no contract falls between two categories.
_CATEGORY_DEFINITIONS = {
    ExitCategory.DURABLE: QT_TRANSLATE_NOOP(
        "Vocabulary", "CDI, CDD ou intérim de 6 mois ou plus, création d'entreprise"),
    ExitCategory.TRANSITION: QT_TRANSLATE_NOOP(
        "Vocabulary", "CDD ou intérim de moins de 6 mois, contrat aidé"),
    ExitCategory.POSITIVE: QT_TRANSLATE_NOOP(
        "Vocabulary", "Formation qualifiante, embauche par une autre SIAE"),
    ExitCategory.OTHER: QT_TRANSLATE_NOOP(
        "Vocabulary", "Toute autre sortie : ni emploi durable, ni emploi de transition, "
                      "ni sortie positive"),
}
#: The three categories whose exits are « dynamiques », in the order reports give them.
DYNAMIC = (ExitCategory.DURABLE, ExitCategory.TRANSITION, ExitCategory.POSITIVE)

#: What the rate counts, said whole wherever the rate is given, so that nobody reads it as the
#: share of « positive » exits.
RATE_DEFINITION = QT_TRANSLATE_NOOP(
    "Vocabulary", "Sorties dynamiques = (emploi durable + emploi de transition + sorties "
                  "positives) ÷ ensemble des sorties. Emploi durable : CDI, CDD ou intérim de "
                  "6 mois ou plus, création d'entreprise. Emploi de transition : CDD ou intérim "
                  "de moins de 6 mois, contrat aidé. Sortie positive : formation qualifiante, "
                  "embauche par une autre SIAE. Les autres sorties comptent dans l'ensemble des "
                  "sorties seulement.")

PEOPLE_LABEL = QT_TRANSLATE_NOOP("Vocabulary", "Personnes employées sur la mission")
HOURS_WORKED_LABEL = QT_TRANSLATE_NOOP("Vocabulary", "Heures travaillées")
TRAINING_HOURS_LABEL = QT_TRANSLATE_NOOP("Vocabulary", "Heures de formation")

NEGATIVE = QT_TRANSLATE_NOOP(
    "Errors", "{field_label} : {value} est négatif ; saisissez 0 ou plus.")
PERIOD_REVERSED = QT_TRANSLATE_NOOP(
    "Errors", "La fin de la période ({end}) précède son début ({start}).")
EXITS_ABOVE_PEOPLE = QT_TRANSLATE_NOOP(
    "Errors", "Les sorties ({exits}) dépassent les personnes employées sur la mission "
              "({people}) : chaque sortie est celle d'une personne employée.")


@dataclass(frozen=True)
class ExitCounts:
    """The exits of the period, counted by category; their total is computed, never typed."""

    durable: int = 0
    transition: int = 0
    positive: int = 0
    other: int = 0

    def count(self, category: ExitCategory) -> int:
        """The exits of one category."""
        return int(getattr(self, category.value))

    @property
    def total(self) -> int:
        """All exits, the other ones included."""
        return sum(self.count(category) for category in ExitCategory)

    @property
    def dynamic(self) -> int:
        """Durable employment + transition employment + positive exits."""
        return sum(self.count(category) for category in DYNAMIC)

    def share(self, category: ExitCategory) -> Decimal | None:
        """The category's part of all exits (0 to 1); None when there is no exit."""
        return _ratio(self.count(category), self.total)

    @property
    def dynamic_rate(self) -> Decimal | None:
        """The rate of « sorties dynamiques » (0 to 1); None, not 0 %, when there is no exit."""
        return _ratio(self.dynamic, self.total)


@dataclass(frozen=True)
class ImpactFigures:
    """What one report tells a client about one period; people are counted, never named."""

    period_start: date
    period_end: date
    people: int = 0
    hours_worked: Decimal = Decimal(0)
    training_hours: Decimal = Decimal(0)
    exits: ExitCounts = field(default_factory=ExitCounts)
    comment: str = ""


def check_figures(figures: ImpactFigures) -> None:
    """Refuse figures no report could hold, naming the field and the value.

    Raises:
        ValidationError: a negative count or number of hours, a period that ends before it
            starts, or more exits than people employed on the mission.
    """
    if figures.period_end < figures.period_start:
        raise ValidationError.of(PERIOD_REVERSED, start=day_text(figures.period_start),
                                 end=day_text(figures.period_end))
    for label, value in _numbers(figures):
        if value < 0:
            raise ValidationError.of(NEGATIVE, field_label=label, value=trimmed(Decimal(value)))
    if figures.exits.total > figures.people:
        raise ValidationError.of(EXITS_ABOVE_PEOPLE, exits=figures.exits.total,
                                 people=figures.people)


def next_report_period(last: tuple[date, date] | None, today: date) -> tuple[date, date]:
    """The period proposed for a client's next report, from its latest report's period.

    The first report covers the year so far (1 January to today). A report of whole months
    (a quarter, a half-year, a year) is followed by as many whole months. Any other period
    (a year so far) is followed by the days since, up to today; when it already reaches today,
    by the rest of its year, so that the two reports together make the whole year.
    """
    if last is None:
        return date(today.year, 1, 1), today
    start, end = last
    if spans_whole_months(start, end):
        return following_period(start, end)
    following_start = end + timedelta(days=1)
    if following_start <= today:
        return following_start, today
    return following_start, date(following_start.year, 12, 31)


def _numbers(figures: ImpactFigures) -> list[tuple[str, int | Decimal]]:
    """Each number of the figures with its field's French label."""
    exits = figures.exits
    return [(PEOPLE_LABEL, figures.people), (HOURS_WORKED_LABEL, figures.hours_worked),
            (TRAINING_HOURS_LABEL, figures.training_hours),
            *((category.french_label, exits.count(category)) for category in ExitCategory)]


def _ratio(part: int, whole: int) -> Decimal | None:
    return None if whole == 0 else Decimal(part) / Decimal(whole)
