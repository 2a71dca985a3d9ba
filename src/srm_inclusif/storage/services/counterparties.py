"""Counterparty list and search: text search ranked by relevance, facets, SQL paging and sorting."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from srm_inclusif.core.search_query import CounterpartyFilter, to_fts_query
from srm_inclusif.storage.search_index import search_matches
from srm_inclusif.storage.services import counterparty_query as q
from srm_inclusif.storage.tables import Counterparty, CounterpartyLabel, Sector

C = q.C

#: Sort keys of the list (``rank`` = search relevance, only with a text).
SORT_KEYS = ("rank", "name", "kind", "city", "department", "sectors", "labels", "favourite",
             "stage", "next_end")


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


def count_counterparties(engine: Engine) -> int:
    """Number of counterparties in the workspace."""
    with engine.connect() as conn:
        return int(conn.execute(sa.select(sa.func.count()).select_from(Counterparty)).scalar_one())


def count_matching(engine: Engine, *, flt: CounterpartyFilter, today: date) -> int:
    """Number of counterparties matching a filter."""
    query = _filtered(sa.select(sa.func.count()).select_from(Counterparty.__table__), flt, today)
    with engine.connect() as conn:
        return int(conn.execute(query).scalar_one())


def search_counterparties(
    engine: Engine, *, flt: CounterpartyFilter, today: date, sort: str = "rank",
    descending: bool = False, offset: int = 0, limit: int = 200,
) -> list[CounterpartyRow]:
    """A page of the counterparties matching a filter, in the asked order.

    With a text the default order is relevance; without, by name.
    """
    columns = [C.id, C.name, C.kind, C.city, C.department_code, C.siret, C.favourite,
               C.post_code, q.sectors_column(), q.labels_column(today), q.stage_column(),
               q.next_end_column(today)]
    query = _filtered(sa.select(*columns).select_from(Counterparty.__table__), flt, today)
    query = query.order_by(*_order(flt, sort, descending, today)).offset(offset).limit(limit)
    with engine.connect() as conn:
        return [CounterpartyRow(r[0], r[1], r[2], r[3], r[4], r[5], bool(r[6]), r[7], r[8] or "",
                                r[9] or "", r[10], _as_date(r[11]))
                for r in conn.execute(query)]


def list_counterparties(
    engine: Engine, *, offset: int = 0, limit: int = 200, today: date | None = None
) -> list[CounterpartyRow]:
    """A page of all counterparties ordered by name."""
    return search_counterparties(engine, flt=CounterpartyFilter(), today=today or date.today(),
                                 sort="name", offset=offset, limit=limit)


def matching_ids(engine: Engine, *, flt: CounterpartyFilter, today: date) -> list[int]:
    """Ids of every counterparty matching a filter, best match first."""
    query = _filtered(sa.select(C.id).select_from(Counterparty.__table__), flt, today)
    query = query.order_by(*_order(flt, "rank", False, today))
    with engine.connect() as conn:
        return [r[0] for r in conn.execute(query)]


def _filtered(query: sa.Select[Any], flt: CounterpartyFilter, today: date) -> sa.Select[Any]:
    fts = to_fts_query(flt.text)
    if fts is not None:
        matches = search_matches(fts)
        query = query.join(matches, matches.c.id == C.id)
    conditions = q.facet_conditions(flt, today)
    return query.where(*conditions) if conditions else query


def _order(flt: CounterpartyFilter, sort: str, descending: bool, today: date) -> list[Any]:
    key: Any
    if sort == "rank" and to_fts_query(flt.text) is not None:
        key = sa.literal_column("matches.rank")
    else:
        key = _sort_expression("name" if sort == "rank" else sort, today)
    first = key.desc() if descending else key.asc()
    return [first, C.norm_name, C.name, C.id]


def _sort_expression(sort: str, today: date) -> sa.ColumnElement[Any]:
    expressions: dict[str, Any] = {
        "name": C.norm_name, "kind": C.kind, "city": C.city, "department": C.department_code,
        "favourite": C.favourite, "sectors": q.sectors_column(), "labels": q.labels_column(today),
        "stage": q.stage_column(), "next_end": q.next_end_column(today),
    }
    if sort not in expressions:
        raise ValueError(f"unknown sort key {sort!r}")
    return expressions[sort]  # type: ignore[no-any-return]


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
            sa.select(Department.code, Department.name)
            .where(Department.code.in_(sa.select(C.department_code).distinct()))  # type: ignore[attr-defined]
            .order_by(Department.code)).all()
        regions = conn.execute(
            sa.select(Department.region_code, Department.region_name).distinct()
            .order_by(Department.region_name)).all()
        sectors = conn.execute(
            sa.select(Sector.slug, Sector.name, Sector.group_slug, Sector.group_name)
            .order_by(Sector.group_name, Sector.name)).all()
        labels = conn.execute(sa.select(CounterpartyLabel.name).distinct()
                              .order_by(CounterpartyLabel.name)).scalars().all()
        networks = conn.execute(sa.text(
            "SELECT DISTINCT n.value FROM counterparty c, json_each(c.networks) n ORDER BY 1"
        )).scalars().all()
    return FacetOptions([tuple(r) for r in departments], [tuple(r) for r in regions],
                        [tuple(r) for r in sectors], list(labels), list(networks))


def sectors_by_counterparty(engine: Engine, *, ids: list[int]) -> dict[int, list[tuple[str, str]]]:
    """The (slug, name) sectors of each counterparty, by sector name."""
    from srm_inclusif.storage.tables import CounterpartySector

    query = (sa.select(CounterpartySector.counterparty_id, Sector.slug, Sector.name)
             .join(Sector, Sector.id == CounterpartySector.sector_id)
             .where(CounterpartySector.counterparty_id.in_(ids))  # type: ignore[attr-defined]
             .order_by(Sector.name))
    found: dict[int, list[tuple[str, str]]] = {i: [] for i in ids}
    with engine.connect() as conn:
        for cid, slug, name in conn.execute(query):
            found[cid].append((slug, name))
    return found
