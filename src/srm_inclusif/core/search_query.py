"""Turn what a user types in a search box into a safe full-text prefix query."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from srm_inclusif.core.kinds import Kind, fold
from srm_inclusif.core.siret import clean_siret

#: Beyond this many words the extra ones only slow the search down.
MAX_TERMS = 8


def typed_siret(text: str | None) -> str | None:
    """The SIRET a typed text is (``443 061 841 00047`` gives ``44306184100047``), else None.

    Spaces, dots and dashes between its digits are dropped as ``siret.clean_siret`` drops
    them (``443-061-841-00047``). The search index holds no SIRET: such a text is searched in
    the SIRET column instead.
    """
    digits = clean_siret(text)
    return digits if re.fullmatch(r"[0-9]{14}", digits) else None


def search_terms(text: str | None) -> list[str]:
    """The folded words of a typed text (accents, case and punctuation removed).

    A one-letter word next to longer ones is left out: "nettoyage l" searches "nettoyage" until
    a second letter narrows it (a one-letter prefix matches nearly everything and is slow).
    A lone digit stays: it is part of names ("Structure inclusive 5", "Lot 3"), and the other
    words narrow it. A SIRET, however spaced, is one term: its 14 digits.
    """
    if not text:
        return []
    siret = typed_siret(text)
    if siret:
        return [siret]
    terms = fold(text).split()[:MAX_TERMS]
    longer = [t for t in terms if len(t) > 1 or t.isdigit()]
    return longer or terms[:1]


def to_fts_query(text: str | None) -> str | None:
    """An FTS5 query where every typed word must match as a prefix; None when nothing to search.

    Each word is quoted, so operators typed by the user (``AND``, ``*``, ``"``, ``:``...) are
    searched as plain text and can never make the query fail: "nett énergie" becomes
    ``"nett"* "energie"*``. None for a SIRET, which the index does not hold
    (:func:`typed_siret`).
    """
    terms = search_terms(text)
    if not terms or typed_siret(text):
        return None
    return " ".join(f'"{term}"*' for term in terms)


#: Facets that hold a set of codes (saved as lists in a SavedSearch).
LIST_FACETS = (
    "families", "kinds", "natures", "departments", "regions", "sector_groups", "sectors",
    "service_types", "labels", "networks",
)
#: The ``natures`` code of the counterparties whose nature is not known (a NULL nature).
NATURE_NOT_GIVEN = "NOT_GIVEN"
#: Facets that are on/off switches.
FLAG_FACETS = ("qpv", "zrr", "favourites", "active_contract", "valid_label")


@dataclass(frozen=True)
class CounterpartyFilter:
    """Typed text plus facet values; an empty filter matches every counterparty.

    Values inside a facet are alternatives (OR); facets combine with AND. ``labels`` keeps the
    counterparties holding one of those labels valid on the reference date; ``valid_label``
    keeps those with any valid label. ``natures`` holds ``Nature`` codes (head office,
    antenna) and ``NATURE_NOT_GIVEN`` for the counterparties whose nature is not known.
    """

    text: str = ""
    families: frozenset[str] = frozenset()
    kinds: frozenset[str] = frozenset()
    natures: frozenset[str] = frozenset()
    departments: frozenset[str] = frozenset()
    regions: frozenset[str] = frozenset()
    sector_groups: frozenset[str] = frozenset()
    sectors: frozenset[str] = frozenset()
    service_types: frozenset[str] = frozenset()
    labels: frozenset[str] = frozenset()
    networks: frozenset[str] = frozenset()
    qpv: bool = False
    zrr: bool = False
    favourites: bool = False
    active_contract: bool = False
    valid_label: bool = False

    @property
    def kind_codes(self) -> frozenset[str]:
        """Kinds allowed by the family and kind facets together (empty: no restriction)."""
        from_families = {k.value for k in Kind if k.family.value in self.families}
        if self.kinds and from_families:
            return frozenset(self.kinds & from_families)
        return frozenset(self.kinds | from_families)

    @property
    def is_empty(self) -> bool:
        """True when nothing restricts the list."""
        return self == CounterpartyFilter()

    def facets(self) -> dict[str, Any]:
        """The facet values as JSON-ready data (for a saved search)."""
        data: dict[str, Any] = {
            n: sorted(getattr(self, n)) for n in LIST_FACETS if getattr(self, n)
        }
        data.update({n: True for n in FLAG_FACETS if getattr(self, n)})
        return data

    @classmethod
    def from_saved(cls, text: str, facets: dict[str, Any]) -> CounterpartyFilter:
        """Rebuild a filter from a saved search (unknown keys are ignored)."""
        values: dict[str, Any] = {n: frozenset(map(str, facets.get(n) or ())) for n in LIST_FACETS}
        values.update({n: bool(facets.get(n)) for n in FLAG_FACETS})
        return cls(text=text, **values)

    def with_values(self, **values: Any) -> CounterpartyFilter:
        """A copy with some values replaced (lists become frozensets)."""
        fixed: dict[str, Any] = {k: frozenset(v) if isinstance(v, list | set | tuple) else v
                                 for k, v in values.items()}
        return replace(self, **fixed)
