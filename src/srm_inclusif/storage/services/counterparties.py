"""Counterparty list and search: text search ranked by relevance, facets, SQL paging and sorting."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlmodel import col

from srm_inclusif.core.search_query import CounterpartyFilter, to_fts_query
from srm_inclusif.storage.search_index import search_matches
from srm_inclusif.storage.services import counterparty_query as q
from srm_inclusif.storage.services.counterparty_sort import (
    Part,
    page_of,
    sector_parts,
    split_of,
    split_parts,
)
from srm_inclusif.storage.services.counterparty_text_search import (
    collect_text_matches,
    text_conditions,
    text_first,
)
from srm_inclusif.storage.tables import Counterparty, CounterpartyLabel, Sector, table_of

C = q.C
COUNTERPARTY = table_of(Counterparty)

#: Sort keys of the list (``rank`` = search relevance, only with a text).
SORT_KEYS = ("rank", "name", "kind", "nature", "city", "department", "sectors", "labels",
             "favourite", "stage", "next_end")


@dataclass(frozen=True)
class CounterpartyRow:
    """One line of the counterparty list."""

    id: int
    name: str
    kind: str
    city: str | None
    department_code: str | None
    siret: str | None
    favourite: bool
    post_code: str | None = None
    sectors: str = ""
    labels: str = ""
    stage: str | None = None
    next_end: date | None = None
    nature: str | None = None


def count_counterparties(engine: Engine) -> int:
    """Number of counterparties in the workspace."""
    with engine.connect() as conn:
        return int(conn.execute(sa.select(sa.func.count()).select_from(Counterparty)).scalar_one())


def count_matching(engine: Engine, *, flt: CounterpartyFilter, today: date) -> int:
    """Number of counterparties matching a filter."""
    with engine.connect() as conn:
        return _count(conn, flt, today, collect_text_matches(conn, flt))


def search_counterparties(
    engine: Engine, *, flt: CounterpartyFilter, today: date, sort: str = "rank",
    descending: bool = False, offset: int = 0, limit: int = 200,
) -> list[CounterpartyRow]:
    """A page of the counterparties matching a filter, in the asked order.

    With a text the default order is relevance (BM25, the name weighing most) when the text is
    specific enough; a broad text (more than ``RANKED_AT_MOST`` matches) lists its matches by
    name, which keeps every keystroke fast on 100 000 counterparties. A single letter lists the
    names starting with it.
    """
    return search_page(engine, flt=flt, today=today, sort=sort, descending=descending,
                       offset=offset, limit=limit, with_total=False).rows


@dataclass(frozen=True)
class SearchPage:
    """A page of rows and, when asked, the number of matches in all."""

    rows: list[CounterpartyRow]
    total: int | None


def search_page(
    engine: Engine, *, flt: CounterpartyFilter, today: date, sort: str = "rank",
    descending: bool = False, offset: int = 0, limit: int = 200, with_total: bool = True,
) -> SearchPage:
    """Like ``search_counterparties``, also counting the matches (one connection, one FTS read)."""
    with engine.connect() as conn:
        fts_count = collect_text_matches(conn, flt)
        facets = _has_facets(flt)
        total = _count(conn, flt, today, fts_count) if with_total or facets else None
        walk = not facets or _walk_pays(conn, total or 0, offset + limit)
        parts = _page_parts(conn, flt, today, sort, descending, fts_count, walk=walk)
        ids = page_of(conn, parts, offset=offset, limit=limit)
        return SearchPage(_rows(conn, ids, today), total if with_total else None)


def search_ids(
    engine: Engine, *, flt: CounterpartyFilter, today: date, sort: str = "rank",
    descending: bool = False, offset: int = 0, limit: int = 200,
) -> list[int]:
    """The ids of a range of rows of ``search_counterparties``, in the same order, in one query.

    Lets a selection of 100 000 rows be read at once instead of one page at a time.
    """
    with engine.connect() as conn:
        fts_count = collect_text_matches(conn, flt)
        facets = _has_facets(flt)
        walk = not facets or _walk_pays(conn, _count(conn, flt, today, fts_count), offset + limit)
        parts = _page_parts(conn, flt, today, sort, descending, fts_count, walk=walk)
        return page_of(conn, parts, offset=offset, limit=limit)


def _has_facets(flt: CounterpartyFilter) -> bool:
    return not replace(flt, text="").is_empty


def _walk_pays(conn: sa.Connection, total: int, needed: int) -> bool:
    """Whether walking the name index beats reading every match and sorting them.

    The walk reads about ``needed * size / total`` rows before the page is full, the sort reads
    ``total`` rows: walk when ``total`` is above the square root of ``needed * size``.
    """
    size = conn.execute(sa.select(sa.func.max(C.id))).scalar() or 0
    return total * total >= needed * size


def list_counterparties(
    engine: Engine, *, offset: int = 0, limit: int = 200, today: date | None = None
) -> list[CounterpartyRow]:
    """A page of all counterparties ordered by name."""
    return search_counterparties(engine, flt=CounterpartyFilter(), today=today or date.today(),
                                 sort="name", offset=offset, limit=limit)


def matching_ids(engine: Engine, *, flt: CounterpartyFilter, today: date) -> list[int]:
    """Ids of every counterparty matching a filter, best match first."""
    with engine.connect() as conn:
        fts_count = collect_text_matches(conn, flt)
        query = _page_ids(flt, today, "rank", False, fts_count, walk=not _has_facets(flt))
        return list(conn.execute(query).scalars())


#: Above this many text matches, relevance ranking gives way to name order (speed).
RANKED_AT_MOST = 1000


def _count(
    conn: sa.Connection, flt: CounterpartyFilter, today: date, fts_count: int | None
) -> int:
    """The number of matches; ``fts_count`` comes from ``collect_text_matches`` on ``conn``."""
    conditions = q.facet_conditions(flt, today)
    if fts_count is not None and not conditions:
        return fts_count
    related = q.only_related_ids(flt, today)
    if related is not None:
        ids = related.subquery()
        return int(conn.execute(sa.select(sa.func.count(sa.distinct(ids.c[0])))).scalar_one())
    query = sa.select(sa.func.count()).select_from(COUNTERPARTY)
    query = query.where(*text_conditions(flt, walk=not text_first(fts_count)), *conditions)
    return int(conn.execute(query).scalar_one())


def _page_ids(
    flt: CounterpartyFilter, today: date, sort: str, descending: bool, fts_count: int | None,
    *, walk: bool = True,
) -> sa.Select[Any]:
    """The ids in list order (not yet paged); ``fts_count`` is the number of text matches.

    In name order, ``walk`` reads the name index in order and stops at the page end; without
    it SQLite reads the matches through the facets' indexes and sorts them (better when they
    are few).
    """
    fts = to_fts_query(flt.text)
    ranked = sort == "rank" and fts_count is not None and fts_count <= RANKED_AT_MOST
    if ranked:
        matches = search_matches(fts or "")
        query = (sa.select(C.id).select_from(COUNTERPARTY)
                 .join(matches, matches.c.id == C.id).where(*q.facet_conditions(flt, today)))
        key: Any = matches.c.rank
        return query.order_by(key.desc() if descending else key, C.norm_name, C.id)
    query = sa.select(C.id).select_from(COUNTERPARTY)
    text = text_conditions(flt, walk=walk or not text_first(fts_count))
    if sort in ("rank", "name"):
        query = query.where(*text, *q.facet_conditions(flt, today, walk=walk))
        if not descending:
            return query.order_by(C.norm_name, C.post_code, C.id)
        return query.order_by(C.norm_name.desc(), C.post_code.desc(), C.id.desc())
    query = query.where(*text, *q.facet_conditions(flt, today))
    key = _sort_expression(sort, today)
    return query.order_by(key.desc() if descending else key, C.norm_name, C.id)


def _page_parts(
    conn: sa.Connection, flt: CounterpartyFilter, today: date, sort: str, descending: bool,
    fts_count: int | None, *, walk: bool = True,
) -> list[Part]:
    """The ids in list order: one query, or parts whose rows follow each other.

    A key most rows leave empty comes in two parts, the whole list by sectors in one part per
    family of sectors (see :mod:`counterparty_sort`); the order is the one of ``_page_ids``.
    """
    query = _page_ids(flt, today, sort, descending, fts_count, walk=walk)
    split = split_of(sort, today)
    if split is not None:
        key = _sort_expression(sort, today)
        return split_parts(query.order_by(None), key, split, descending=descending)
    if sort == "sectors" and flt.is_empty:
        # a filter keeps fewer rows: sorting them at once costs less than counting the parts
        key = _sort_expression(sort, today)
        return sector_parts(conn, query.order_by(None), key, descending=descending)
    return [Part.of(query)]


@functools.cache
def _rows_query() -> sa.Select[Any]:
    """The list columns of the ids in ``page_ids`` on the date ``today``.

    Built once: building this statement anew took as long as running it.
    """
    today = sa.bindparam("today", type_=sa.Date())
    columns = [C.id, C.name, C.kind, C.city, C.department_code, C.siret, C.favourite,
               C.post_code, q.sectors_column(), q.labels_column(today), q.stage_column(),
               q.next_end_column(today), C.nature]
    return sa.select(*columns).where(C.id.in_(sa.bindparam("page_ids", expanding=True)))


def _rows(conn: sa.Connection, ids: list[int], today: date) -> list[CounterpartyRow]:
    """The list columns of a page of ids, in the ids' order."""
    if not ids:
        return []
    by_id = {r[0]: CounterpartyRow(r[0], r[1], r[2], r[3], r[4], r[5], bool(r[6]), r[7],
                                   r[8] or "", r[9] or "", r[10], _as_date(r[11]), r[12])
             for r in conn.execute(_rows_query(), {"page_ids": ids, "today": today}).all()}
    return [by_id[i] for i in ids if i in by_id]


def _sort_expression(sort: str, today: date) -> sa.ColumnElement[Any]:
    expressions: dict[str, sa.ColumnElement[Any]] = {
        "name": C.norm_name, "kind": C.kind, "nature": C.nature, "city": C.city,
        "department": C.department_code, "favourite": C.favourite,
        "sectors": q.sectors_column(), "labels": q.labels_column(today),
        "stage": q.stage_rank_column(), "next_end": q.next_end_column(today),
    }
    if sort not in expressions:
        raise ValueError(f"unknown sort key {sort!r}")
    return expressions[sort]


def _as_date(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


@dataclass(frozen=True)
class FacetOptions:
    """The values offered in the facet pickers: those present in the workspace."""

    departments: list[tuple[str, str]]
    regions: list[tuple[str, str]]
    sectors: list[tuple[str, str, str, str]]
    labels: list[str]
    networks: list[str]


def facet_options(engine: Engine) -> FacetOptions:
    """Departments and regions in use, the sector reference list, label and network names."""
    from srm_inclusif.storage.tables import Department

    with engine.connect() as conn:
        departments = conn.execute(
            sa.select(col(Department.code), col(Department.name))
            .where(col(Department.code).in_(sa.select(C.department_code).distinct()))
            .order_by(col(Department.code))).all()
        regions = conn.execute(
            sa.select(col(Department.region_code), col(Department.region_name)).distinct()
            .order_by(col(Department.region_name))).all()
        sectors = conn.execute(
            sa.select(col(Sector.slug), col(Sector.name), col(Sector.group_slug),
                      col(Sector.group_name))
            .order_by(col(Sector.group_name), col(Sector.name))).all()
        labels = conn.execute(sa.select(col(CounterpartyLabel.name)).distinct()
                              .order_by(col(CounterpartyLabel.name))).scalars().all()
        networks = conn.execute(sa.text(
            "SELECT DISTINCT n.value FROM counterparty c, json_each(c.networks) n ORDER BY 1"
        )).scalars().all()
    return FacetOptions(_pairs(departments), _pairs(regions), _quadruples(sectors),
                        list(labels), list(networks))


def reference_facet_options(engine: Engine) -> FacetOptions:
    """The facet values from the reference tables only (every department): instant to read.

    Labels and networks need a scan of the counterparties: see ``used_labels_and_networks``.
    """
    from srm_inclusif.storage.tables import Department

    with engine.connect() as conn:
        departments = conn.execute(sa.select(col(Department.code), col(Department.name))
                                   .order_by(col(Department.code))).all()
        regions = conn.execute(sa.select(col(Department.region_code),
                                         col(Department.region_name))
                               .distinct().order_by(col(Department.region_name))).all()
        sectors = conn.execute(
            sa.select(col(Sector.slug), col(Sector.name), col(Sector.group_slug),
                      col(Sector.group_name))
            .order_by(col(Sector.group_name), col(Sector.name))).all()
    return FacetOptions(_pairs(departments), _pairs(regions), _quadruples(sectors), [], [])


def _pairs(rows: Sequence[sa.Row[str, str]]) -> list[tuple[str, str]]:
    return [(a, b) for a, b in rows]


def _quadruples(rows: Sequence[sa.Row[str, str, str, str]]) -> list[tuple[str, str, str, str]]:
    return [(a, b, c, d) for a, b, c, d in rows]


def used_labels_and_networks(engine: Engine) -> tuple[list[str], list[str]]:
    """Label and network names held by at least one counterparty (scans the table)."""
    with engine.connect() as conn:
        labels = conn.execute(sa.select(col(CounterpartyLabel.name)).distinct()
                              .order_by(col(CounterpartyLabel.name))).scalars().all()
        networks = conn.execute(sa.text(
            "SELECT DISTINCT n.value FROM counterparty c, json_each(c.networks) n "
            "WHERE c.networks != '[]' ORDER BY 1")).scalars().all()
    return list(labels), list(networks)


def used_labels(engine: Engine) -> list[str]:
    """Label names held by at least one counterparty."""
    with engine.connect() as conn:
        return list(conn.execute(sa.select(col(CounterpartyLabel.name)).distinct()
                                 .order_by(col(CounterpartyLabel.name))).scalars())


def networks_after(engine: Engine, *, after_id: int, limit: int) -> tuple[set[str], int | None]:
    """Network names of the next ``limit`` counterparties after an id, and the last id read.

    Lets a caller scan 100 000 rows in short steps without blocking; None once at the end.
    """
    with engine.connect() as conn:
        last = conn.execute(sa.text("SELECT max(id) FROM (SELECT id FROM counterparty "
                                    "WHERE id > :after ORDER BY id LIMIT :limit)"),
                            {"after": after_id, "limit": limit}).scalar()
        if last is None:
            return set(), None
        found = conn.execute(sa.text(
            "SELECT DISTINCT n.value FROM counterparty c, json_each(c.networks) n "
            "WHERE c.id > :after AND c.id <= :last AND c.networks != '[]'"),
            {"after": after_id, "last": last}).scalars()
        return set(found), int(last)


def sectors_by_counterparty(engine: Engine, *, ids: list[int]) -> dict[int, list[tuple[str, str]]]:
    """The (slug, name) sectors of each counterparty, by sector name."""
    from srm_inclusif.storage.tables import CounterpartySector

    query = (sa.select(col(CounterpartySector.counterparty_id), col(Sector.slug),
                       col(Sector.name))
             .join(Sector, col(Sector.id) == CounterpartySector.sector_id)
             .where(col(CounterpartySector.counterparty_id).in_(ids))
             .order_by(col(Sector.name)))
    found: dict[int, list[tuple[str, str]]] = {i: [] for i in ids}
    with engine.connect() as conn:
        for cid, slug, name in conn.execute(query):
            found[cid].append((slug, name))
    return found
