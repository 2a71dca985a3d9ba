"""Turn what a user types in a search box into a safe full-text prefix query."""

from __future__ import annotations

from srm_inclusif.core.kinds import fold

#: Beyond this many words the extra ones only slow the search down.
MAX_TERMS = 8


def search_terms(text: str | None) -> list[str]:
    """The folded words of a typed text (accents, case and punctuation removed)."""
    if not text:
        return []
    return fold(text).split()[:MAX_TERMS]


def to_fts_query(text: str | None) -> str | None:
    """An FTS5 query where every typed word must match as a prefix; None when nothing to search.

    Each word is quoted, so operators typed by the user (``AND``, ``*``, ``"``, ``:``...) are
    searched as plain text and can never make the query fail: "nett énergie" becomes
    ``"nett"* "energie"*``.
    """
    terms = search_terms(text)
    if not terms:
        return None
    return " ".join(f'"{term}"*' for term in terms)
