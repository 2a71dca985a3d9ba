"""The search text of the counterparty list as SQL: names by first letter, full-text matches."""

from __future__ import annotations

import sqlalchemy as sa

from srm_inclusif.core.search_query import CounterpartyFilter, search_terms, to_fts_query
from srm_inclusif.storage.search_index import (
    collect_matches,
    collected_ids,
    count_matches,
    match_ids,
)
from srm_inclusif.storage.services import counterparty_query as q

C = q.C

#: With facets, up to this many text matches are read first and each checked against the
#: facets; above, the facets' rows are read (through their indexes) and checked against the
#: matches. Left to itself SQLite took the first way for 20 000 matches (a seek per match and
#: per facet value).
TEXT_FIRST_AT_MOST = 1000


def collect_text_matches(conn: sa.Connection, flt: CounterpartyFilter) -> int | None:
    """The number of text matches (None: no full-text search), collected when several words.

    Several words make SQLite intersect long lists of matches: doing it once, in
    ``collect_matches``, saves 3 to 5 ms a keystroke on 100 000 counterparties. For one word
    the index counts its matches faster than they are collected.
    """
    fts = None if _single_letter(flt) else to_fts_query(flt.text)
    if fts is None:
        return None
    return collect_matches(conn, fts) if _several_words(flt) else count_matches(conn, fts)


def text_first(fts_count: int | None) -> bool:
    """Whether the text matches are read before the facets (see ``TEXT_FIRST_AT_MOST``)."""
    return fts_count is None or fts_count <= TEXT_FIRST_AT_MOST


def text_conditions(
    flt: CounterpartyFilter, *, walk: bool = False
) -> list[sa.ColumnElement[bool] | sa.TextClause]:
    """The text as conditions: the names starting with a single letter, else the FTS matches.

    Several words: the matches collected by ``collect_text_matches`` on the same connection.
    ``walk``: see :func:`collected_ids`.
    """
    if _single_letter(flt):
        letter = search_terms(flt.text)[0]
        return [C.norm_name >= letter, C.norm_name < chr(ord(letter) + 1)]
    fts = to_fts_query(flt.text)
    if fts is None:
        return []
    if _several_words(flt):
        return [collected_ids(unindexed=walk)]
    if walk:
        return [sa.text("+counterparty.id IN (SELECT rowid FROM counterparty_search "
                        "WHERE counterparty_search MATCH :fts_walk)").bindparams(fts_walk=fts)]
    return [C.id.in_(match_ids(fts))]


def _several_words(flt: CounterpartyFilter) -> bool:
    return len(search_terms(flt.text)) > 1


def _single_letter(flt: CounterpartyFilter) -> bool:
    return len("".join(search_terms(flt.text))) == 1
