"""Shortlist ranking for a need: a score per structure and the French reasons behind it.

The points are deliberately simple so a buyer can follow them: sector first, then place, then
what the kind allows (marchés réservés), valid labels and past feedback.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from srm_inclusif.core.kinds import RESERVED_L2113_12, RESERVED_L2113_13, Kind

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

#: Articles of the Code de la commande publique for marchés réservés.
RESERVED_ARTICLES = {
    "L2113-12": ("EA, ESAT", RESERVED_L2113_12),
    "L2113-13": ("SIAE", RESERVED_L2113_13),
    "L2113-14": ("EA, ESAT et SIAE", RESERVED_L2113_12 | RESERVED_L2113_13),
}


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
        return POINTS_SECTOR, f"Secteur recherché : {names}"
    groups = sorted(set(candidate.sector_groups) & need.sector_groups)
    if groups:
        names = ", ".join(candidate.sector_groups[g] for g in groups)
        return POINTS_SECTOR_GROUP, f"Même famille de secteurs : {names}"
    return 0.0, ""


def _place_part(need: NeedProfile, candidate: Candidate) -> tuple[float, str]:
    if need.department and candidate.department == need.department:
        return POINTS_DEPARTMENT, f"Même département ({need.department})"
    if need.region and candidate.region == need.region:
        return POINTS_REGION, f"Même région ({candidate.region_name or need.region})"
    return 0.0, ""


def _kind_part(need: NeedProfile, candidate: Candidate) -> tuple[float, str]:
    kind = Kind(candidate.kind)
    if need.reserved in RESERVED_ARTICLES and kind in reserved_kinds(need.reserved):
        return POINTS_RESERVED, f"Peut répondre au marché réservé {need.reserved} ({kind.value})"
    if kind.is_inclusive:
        return POINTS_INCLUSIVE, f"Structure inclusive : {kind.label} ({kind.family.label})"
    return 0.0, ""


def _label_parts(candidate: Candidate) -> list[tuple[float, str]]:
    labels = sorted(candidate.valid_labels)[:MAX_LABELS]
    return [(POINTS_LABEL, f"Label valide : {label}") for label in labels]


def _feedback_part(candidate: Candidate) -> tuple[float, str]:
    if candidate.feedback_average is None or candidate.feedback_count == 0:
        return 0.0, ""
    points = (candidate.feedback_average - NEUTRAL_FEEDBACK) * POINTS_PER_FEEDBACK_POINT
    average = f"{candidate.feedback_average:.1f}".replace(".", ",")
    plural = "s" if candidate.feedback_count > 1 else ""
    return points, (f"Retours d'expérience : {average} / 5 "
                    f"({candidate.feedback_count} retour{plural})")
