"""How a counterparty's coded values read on screen: kind, nature, kinds of service, by label."""

from __future__ import annotations

from collections.abc import Iterable

from srm_inclusif.core.kinds import Family, Kind
from srm_inclusif.core.vocabulary import Nature, ServiceType


def kind_text(code: str | None) -> str:
    """The kind as the card's list names it (« EI – Entreprise d'insertion », or « Classique »)."""
    try:
        kind = Kind(code or Kind.CLASSIC.value)
    except ValueError:  # a code this version does not know: shown as stored
        return str(code)
    return Family.CLASSIC.label if kind is Kind.CLASSIC else f"{kind.value} – {kind.label}"


def nature_text(code: str | None) -> str:
    """« Siège » or « Antenne » ('' when unknown; an unexpected code shown as stored)."""
    try:
        return Nature(code).label if code else ""
    except ValueError:
        return str(code)


def service_types_text(codes: Iterable[str]) -> str:
    """The kinds of service by their labels (« Prestation de services, Mise à disposition »)."""
    return ", ".join(_service_label(code) for code in codes)


def _service_label(code: str) -> str:
    try:
        return ServiceType(code).label
    except ValueError:
        return code
