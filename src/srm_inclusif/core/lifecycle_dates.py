"""Lifecycle dates checked: feedback after its start, stages in order, relationships begun."""

from __future__ import annotations

from datetime import date

from srm_inclusif.core.errors import ValidationError
from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP
from srm_inclusif.core.numbers import day_text
from srm_inclusif.core.vocabulary import Stage, stage_source_label

FEEDBACK_BEFORE_START = QT_TRANSLATE_NOOP(
    "Errors", "Date : le {day} est avant le début de « {title} » ({start}). Un retour "
    "d'expérience porte sur un travail commencé : datez-le du {start} ou après.")
STAGE_BEFORE_LATEST = QT_TRANSLATE_NOOP(
    "Errors", "Date : le {day} est avant le {since}, jour où la relation est arrivée à l'étape "
    "« {stage_label} ». Un changement d'étape se date de ce jour ou après, pour que "
    "l'historique reste dans l'ordre.")
RELATIONSHIP_AFTER_TODAY = QT_TRANSLATE_NOOP(
    "Errors", "Depuis le : le {day} est après aujourd'hui ({today}). Datez la relation du "
    "jour où elle a commencé : aujourd'hui ou avant.")


def check_relationship_day(on: date, today: date) -> None:
    """Raise a ``ValidationError`` for a relationship said to begin after ``today``."""
    if on > today:
        raise ValidationError.of(RELATIONSHIP_AFTER_TODAY, day=day_text(on),
                                 today=day_text(today))


def check_feedback_after_start(given_on: date, *, start: date | None, title: str) -> None:
    """Raise a ``ValidationError`` for a feedback dated before its contract or test began.

    A contract without a start date takes a feedback of any (past) day.
    """
    if start is not None and given_on < start:
        raise ValidationError.of(FEEDBACK_BEFORE_START, day=day_text(given_on),
                                 start=day_text(start), title=title)


def check_stage_day(on: date, *, since: date, stage: Stage) -> None:
    """Raise a ``ValidationError`` for a stage change dated before the latest one.

    Args:
        on: The date asked for the change.
        since: The date of the relationship's latest stage (its creation for the first one).
        stage: The stage the relationship reached that day.
    """
    if on < since:
        raise ValidationError.of(STAGE_BEFORE_LATEST, day=day_text(on), since=day_text(since),
                                 stage=stage.value, stage_label=stage_source_label(stage))


def contract_move_day(start: date | None, *, today: date, floor: date) -> date:
    """The day a contract recorded on ``today`` moves its relationship on (its history's date).

    A contract or marché test that began before ``today`` (work recorded afterwards) moves it on
    its first day, but never before ``floor``, the day of the relationship's latest stage, so
    that the history stays in order. One beginning today or later, or without a start date,
    moves it today.
    """
    if start is None or start >= today:
        return today
    return max(start, floor)
