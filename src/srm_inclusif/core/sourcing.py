"""Shortlist ranking for a need: a score per structure and the French reasons behind it.

The points are deliberately simple so a buyer can follow them: sector first, then place, then
what the kind allows (marchés réservés), valid labels and past feedback. A reason is French text
(shortlists store it so) filled in from one of the ``REASONS`` templates, marked in the
"Sourcing" context: the UI reads the values back out of it and says it in its own language.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP
from srm_inclusif.core.kinds import (
    FAMILY_LABELS,
    KIND_LABELS,
    RESERVED_L2113_12,
    RESERVED_L2113_13,
    Kind,
)

#: Points of each reason.
POINTS_SECTOR = 40.0
POINTS_SECTOR_GROUP = 10.0
POINTS_DEPARTMENT = 25.0
POINTS_REGION = 10.0
POINTS_RESERVED = 20.0
POINTS_INCLUSIVE = 10.0
POINTS_LABEL = 5.0
MAX_LABELS = 2
POINTS_PER_FEEDBACK_POINT = 5.0
NEUTRAL_FEEDBACK = 3.0

#: Articles of the Code de la commande publique for marchés réservés: who may answer (French,
#: marked in the "Sourcing" context) and their kinds.
RESERVED_ARTICLES = {
    "L2113-12": ("EA, ESAT", RESERVED_L2113_12),
    "L2113-13": ("SIAE", RESERVED_L2113_13),
    "L2113-14": (QT_TRANSLATE_NOOP("Sourcing", "EA, ESAT et SIAE"),
                 RESERVED_L2113_12 | RESERVED_L2113_13),
}

#: Why a structure ranks where it does. ``{kind_label}`` and ``{family_label}`` are French
#: vocabulary labels, ``{average}`` a French score with two decimals (``3,50``); the rest are
#: names and codes.
SECTOR = QT_TRANSLATE_NOOP("Sourcing", "Secteur recherché : {names}")
SECTOR_GROUP = QT_TRANSLATE_NOOP("Sourcing", "Même famille de secteurs : {names}")
DEPARTMENT = QT_TRANSLATE_NOOP("Sourcing", "Même département ({department})")
REGION = QT_TRANSLATE_NOOP("Sourcing", "Même région ({region})")
RESERVED = QT_TRANSLATE_NOOP("Sourcing", "Peut répondre au marché réservé {article} ({kind})")
INCLUSIVE = QT_TRANSLATE_NOOP("Sourcing", "Structure inclusive : {kind_label} ({family_label})")
VALID_LABEL = QT_TRANSLATE_NOOP("Sourcing", "Label valide : {label}")
ONE_FEEDBACK = QT_TRANSLATE_NOOP("Sourcing", "Retours d'expérience : {average} / 5 (1 retour)")
FEEDBACKS = QT_TRANSLATE_NOOP(
    "Sourcing", "Retours d'expérience : {average} / 5 ({count} retours)")
#: The reason of a structure put on a list by hand (written by the storage layer).
MANUAL = QT_TRANSLATE_NOOP("Sourcing", "Ajout manuel")
REASONS = (SECTOR, SECTOR_GROUP, DEPARTMENT, REGION, RESERVED, INCLUSIVE, VALID_LABEL,
           ONE_FEEDBACK, FEEDBACKS, MANUAL)


@dataclass(frozen=True)
class NeedProfile:
    """What the ranking needs to know about a need."""

    sectors: frozenset[str] = frozenset()
    sector_groups: frozenset[str] = frozenset()
    department: str | None = None
    region: str | None = None
    reserved: str | None = None


@dataclass(frozen=True)
class Candidate:
    """A structure that may answer the need, with what the ranking looks at."""

    id: int
    name: str
    kind: str
    department: str | None = None
    region: str | None = None
    region_name: str = ""
    sectors: dict[str, str] = field(default_factory=dict)
    sector_groups: dict[str, str] = field(default_factory=dict)
    valid_labels: tuple[str, ...] = ()
    feedback_average: float | None = None
    feedback_count: int = 0


@dataclass(frozen=True)
class RankedCandidate:
    """A candidate with its score and the reasons, best first in a shortlist."""

    candidate: Candidate
    score: float
    reasons: tuple[str, ...]


def reserved_kinds(article: str | None) -> frozenset[Kind]:
    """The kinds allowed to answer a marché réservé under that article (empty if none)."""
    return RESERVED_ARTICLES[article][1] if article in RESERVED_ARTICLES else frozenset()


def eligible(need: NeedProfile, candidate: Candidate) -> bool:
    """A reserved need only admits the kinds of its article."""
    allowed = reserved_kinds(need.reserved)
    return not allowed or Kind(candidate.kind) in allowed


def score(need: NeedProfile, candidate: Candidate) -> RankedCandidate:
    """The score of one candidate and its reasons, in the order they weigh."""
    parts = [_sector_part(need, candidate), _place_part(need, candidate),
             _kind_part(need, candidate), *_label_parts(candidate), _feedback_part(candidate)]
    kept = [(points, reason) for points, reason in parts if reason]
    return RankedCandidate(candidate, round(sum(p for p, _ in kept), 2),
                           tuple(reason for _, reason in kept))


def rank(need: NeedProfile, candidates: Iterable[Candidate]) -> list[RankedCandidate]:
    """Eligible candidates, best score first (ties by name)."""
    ranked = [score(need, c) for c in candidates if eligible(need, c)]
    return sorted(ranked, key=lambda r: (-r.score, r.candidate.name.lower(), r.candidate.id))


def _sector_part(need: NeedProfile, candidate: Candidate) -> tuple[float, str]:
    common = sorted(set(candidate.sectors) & need.sectors)
    if common:
        names = ", ".join(candidate.sectors[s] for s in common)
        return POINTS_SECTOR, SECTOR.format(names=names)
    groups = sorted(set(candidate.sector_groups) & need.sector_groups)
    if groups:
        names = ", ".join(candidate.sector_groups[g] for g in groups)
        return POINTS_SECTOR_GROUP, SECTOR_GROUP.format(names=names)
    return 0.0, ""


def _place_part(need: NeedProfile, candidate: Candidate) -> tuple[float, str]:
    if need.department and candidate.department == need.department:
        return POINTS_DEPARTMENT, DEPARTMENT.format(department=need.department)
    if need.region and candidate.region == need.region:
        return POINTS_REGION, REGION.format(region=candidate.region_name or need.region)
    return 0.0, ""


def _kind_part(need: NeedProfile, candidate: Candidate) -> tuple[float, str]:
    kind = Kind(candidate.kind)
    if need.reserved in RESERVED_ARTICLES and kind in reserved_kinds(need.reserved):
        return POINTS_RESERVED, RESERVED.format(article=need.reserved, kind=kind.value)
    if kind.is_inclusive:
        return POINTS_INCLUSIVE, INCLUSIVE.format(kind_label=KIND_LABELS[kind],
                                                  family_label=FAMILY_LABELS[kind.family])
    return 0.0, ""


def _label_parts(candidate: Candidate) -> list[tuple[float, str]]:
    labels = sorted(candidate.valid_labels)[:MAX_LABELS]
    return [(POINTS_LABEL, VALID_LABEL.format(label=label)) for label in labels]


def _french_score(average: float) -> str:
    """``4,25``: two decimals as ``numbers.score_text`` writes scores, in French as reasons are."""
    rounded = Decimal(str(average)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return str(rounded).replace(".", ",")


def _feedback_part(candidate: Candidate) -> tuple[float, str]:
    if candidate.feedback_average is None or candidate.feedback_count == 0:
        return 0.0, ""
    points = (candidate.feedback_average - NEUTRAL_FEEDBACK) * POINTS_PER_FEEDBACK_POINT
    average = _french_score(candidate.feedback_average)
    template = FEEDBACKS if candidate.feedback_count > 1 else ONE_FEEDBACK
    return points, template.format(average=average, count=candidate.feedback_count)
