"""Sorting the counterparty list by a computed column in parts, without computing it for each row.

Most of a large register has no relationship, no valid label, no contract ending, no nature
given and is no favourite. Sorting by such a column used to compute it for all 100 000 rows and
sort them all (0.1 to 1 s a click). The list is the empty rows (the column's lowest value:
first in ascending order, last in descending order) then the others, or the other way round:
the empty ones come in name order straight from the name index, stopping at the end of the
page, and only the few others get their column computed and sorted. Sectors, which most rows
have, go by families of first sectors (:func:`sector_parts`). Same rows, same order as one
query sorting by the column, then the name, then the id.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import sqlalchemy as sa
import sqlmodel

from srm_inclusif.storage.services import counterparty_query as q
from srm_inclusif.storage.tables import (
    Contract,
    Counterparty,
    CounterpartyLabel,
    CounterpartySector,
    Relationship,
    Sector,
    table_of,
)

C = q.C
LINK = table_of(CounterpartySector)
SECTOR = table_of(Sector)


@dataclass(frozen=True)
class Split:
    """The rows a sort key leaves at its lowest value, and the others."""

    empty: sa.ColumnElement[bool]
    filled: sa.ColumnElement[bool]


def split_of(sort: str, today: date) -> Split | None:
    """How a sort key splits the list, or None for a key most rows fill (name, city...)."""
    if sort == "favourite":
        return Split(q.unindexed(C.favourite).is_(False), C.favourite.is_(True))
    if sort == "nature":
        return Split(q.unindexed(C.nature).is_(None), C.nature.is_not(None))
    related = _related_keys(today).get(sort)
    if related is None:
        return None
    key, candidates = related
    # ``candidates`` may hold ids whose key is still empty (a label valid only later)
    return Split(sa.or_(C.id.not_in(candidates), key.is_(None)),
                 sa.and_(C.id.in_(candidates), key.is_not(None)))


def _related_keys(today: date) -> dict[str, tuple[sa.ColumnElement[Any], sa.Select[Any]]]:
    """The keys read from related rows: their expression, and the ids that may have a value."""
    relationship_ids = sa.select(sqlmodel.col(Relationship.counterparty_id))
    label_ids = (sa.select(sqlmodel.col(CounterpartyLabel.counterparty_id))
                 .where(q.valid_on(CounterpartyLabel, today)))
    ending_ids = (relationship_ids
                  .join(Contract, sqlmodel.col(Contract.relationship_id) == Relationship.id)
                  .where(sqlmodel.col(Contract.end_date) >= today))
    return {"stage": (q.stage_rank_column(), relationship_ids),
            "labels": (q.labels_column(today), label_ids),
            "next_end": (q.next_end_column(today), ending_ids)}


def split_parts(
    query: sa.Select[Any], key: sa.ColumnElement[Any], split: Split, *, descending: bool
) -> list[Part]:
    """The ids of ``query`` in list order, as two queries whose rows follow each other."""
    empty = query.where(split.empty).order_by(C.norm_name, C.id)
    filled = query.where(split.filled).order_by(key.desc() if descending else key,
                                               C.norm_name, C.id)
    return [Part.of(filled), Part.of(empty)] if descending else [Part.of(empty), Part.of(filled)]


@dataclass(frozen=True)
class Part:
    """Rows of the list following those of the part before; ``size`` when known beforehand.

    The query is built only when a page reads the part (building a hundred of them took longer
    than reading the page).
    """

    build: Callable[[], sa.Select[Any]]
    size: int | None = None

    @staticmethod
    def of(query: sa.Select[Any]) -> Part:
        """A part of unknown size, its query already built."""
        return Part(lambda: query)


def sector_parts(
    conn: sa.Connection, query: sa.Select[Any], key: sa.ColumnElement[Any], *, descending: bool
) -> list[Part]:
    """The ids of the whole list (``query`` has no condition) sorted by sectors, in parts.

    First the rows without a sector, then one part per family of first sectors (see
    :func:`_families`). A row's sectors read « first, second... » in the order of the sectors'
    ids: a family's rows all sort after the rows of the families before it, so a page computes
    the sectors of the rows of one family or two instead of every row. Each part's size is
    counted beforehand, in one pass over the sector links.
    """
    firsts = _first_sector_counts(conn)
    order = key.desc() if descending else key

    def family_rows(family: list[int]) -> Callable[[], sa.Select[Any]]:
        return lambda: (query.where(C.id.in_(_first_sector_in(family)))
                        .order_by(order, C.norm_name, C.id))

    def rows_without() -> sa.Select[Any]:
        without = ~sa.exists().where(LINK.c.counterparty_id == C.id)
        return query.where(without).order_by(C.norm_name, C.id)

    parts = [Part(family_rows(family), sum(firsts[i] for i in family))
             for family in _families(conn, list(firsts))]
    every = conn.execute(sa.select(sa.func.count()).select_from(table_of(Counterparty)))
    parts.insert(0, Part(rows_without, int(every.scalar_one()) - sum(firsts.values())))
    return parts[::-1] if descending else parts


def _first_sector_counts(conn: sa.Connection) -> dict[int, int]:
    """For each sector, the number of counterparties whose sector of lowest id it is."""
    firsts = (sa.select(sa.func.min(LINK.c.sector_id).label("sector_id"))
              .group_by(LINK.c.counterparty_id).subquery())
    rows = conn.execute(sa.select(firsts.c.sector_id, sa.func.count())
                        .group_by(firsts.c.sector_id)).all()
    return {int(sector_id): int(count) for sector_id, count in rows}


def _families(conn: sa.Connection, sector_ids: list[int]) -> list[list[int]]:
    """The sectors by name, grouped when a name starts with the group's first one.

    « Nettoyage » and « Nettoyage de locaux » are one family: « Nettoyage de locaux » sorts
    between « Nettoyage » and « Nettoyage, Traiteur ». Names of different families never
    interleave that way. Sorted as SQLite compares texts (code points).
    """
    rows: list[tuple[str, int]] = [
        (str(name), int(sector_id)) for sector_id, name in conn.execute(
            sa.select(SECTOR.c.id, SECTOR.c.name).where(SECTOR.c.id.in_(sector_ids)))]
    families: list[list[int]] = []
    head: str | None = None
    for name, sector_id in sorted(rows):
        if head is not None and name.startswith(head):
            families[-1].append(sector_id)
        else:
            head = name
            families.append([sector_id])
    return families


def _first_sector_in(family: list[int]) -> sa.Select[Any]:
    """The counterparties whose sector of lowest id is one of ``family``."""
    link, earlier = LINK.alias("first_link"), LINK.alias("earlier_link")
    before = sa.exists().where(earlier.c.counterparty_id == link.c.counterparty_id,
                               earlier.c.sector_id < link.c.sector_id)
    return sa.select(link.c.counterparty_id).where(link.c.sector_id.in_(family), ~before)


def page_of(conn: sa.Connection, parts: Sequence[Part], *, offset: int, limit: int) -> list[int]:
    """The ids ``offset`` to ``offset + limit`` of the parts' rows, one part after the other.

    A part of unknown size is counted only when the page starts past its end.
    """
    ids: list[int] = []
    for part in parts:
        if len(ids) >= limit:
            break
        if part.size is not None and offset >= part.size:
            offset -= part.size
            continue
        query = part.build()
        found = list(conn.execute(query.offset(offset).limit(limit - len(ids))).scalars())
        ids += found
        size = offset + len(found) if found or not offset else _size(conn, query)
        offset = max(0, offset - size)
    return ids


def _size(conn: sa.Connection, part: sa.Select[Any]) -> int:
    rows = part.order_by(None).subquery()
    return int(conn.execute(sa.select(sa.func.count()).select_from(rows)).scalar_one())
