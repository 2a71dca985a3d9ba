"""Merge two duplicate counterparties, and undo the merge.

The kept record takes the field values the user chose; contacts, relationships (with their
contracts), spend, labels, kind periods and shortlist places move to it; sectors, offers and client
references are united (an entry named like one the kept record has is not repeated); the
duplicate is deleted. ``merge_counterparties`` returns a ``MergeSnapshot`` that
``unmerge_counterparties`` uses to put everything back exactly (the undo step).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine
from sqlmodel import Session

from srm_inclusif.core.errors import NotFoundError, RuleError
from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP
from srm_inclusif.core.named_entries import united_by_name
from srm_inclusif.storage.changes import Changes
from srm_inclusif.storage.search_index import reindex_counterparties
from srm_inclusif.storage.services.counterparty_edit import (
    ENTRY_FIELDS,
    SCALAR_FIELDS,
    counterparty_values,
    update_counterparty,
)
from srm_inclusif.storage.tables import (
    Contact,
    Counterparty,
    CounterpartyKindPeriod,
    CounterpartyLabel,
    CounterpartySector,
    ImpactReport,
    Relationship,
    ShortlistEntry,
    SpendLine,
    table_of,
)

#: Child tables whose rows simply move to the kept counterparty (they have their own id).
MOVED_TABLES = {
    "contact": table_of(Contact), "relationship": table_of(Relationship),
    "spend_line": table_of(SpendLine), "counterparty_label": table_of(CounterpartyLabel),
    "counterparty_kind_period": table_of(CounterpartyKindPeriod),
    "impact_report": table_of(ImpactReport),
}
COUNTERPARTY = table_of(Counterparty)
SECTOR_LINK = table_of(CounterpartySector)
ENTRY = table_of(ShortlistEntry)


@dataclass
class MergeSnapshot:
    """Everything needed to undo a merge."""

    keep_id: int
    drop_id: int
    kept_values: dict[str, Any]
    kept_edited: list[str]
    dropped_row: dict[str, Any]
    moved: dict[str, list[int]] = field(default_factory=dict)
    dropped_sectors: list[int] = field(default_factory=list)
    added_sectors: list[int] = field(default_factory=list)
    moved_entries: list[int] = field(default_factory=list)
    deleted_entries: list[dict[str, Any]] = field(default_factory=list)
    #: The kept record's offers / client references before entries of the duplicate joined them.
    kept_lists: dict[str, list[Any]] = field(default_factory=dict)


@dataclass(frozen=True)
class MergeResult:
    """What changed, and how to undo it."""

    changes: Changes
    snapshot: MergeSnapshot


def merge_counterparties(
    engine: Engine, *, keep_id: int, drop_id: int, choices: dict[str, Any]
) -> MergeResult:
    """Merge ``drop_id`` into ``keep_id``; ``choices`` are the field values the kept one takes."""
    if keep_id == drop_id:
        raise RuleError.of(QT_TRANSLATE_NOOP(
            "Errors", "Choisissez deux fiches différentes à fusionner."))
    fields = [f for f in choices if f in SCALAR_FIELDS]
    kept_values, kept_edited = counterparty_values(engine, counterparty_id=keep_id, fields=fields)
    with engine.begin() as conn:
        snapshot = MergeSnapshot(keep_id, drop_id, kept_values, kept_edited, _row(conn, drop_id))
        _move_children(conn, snapshot)
        _unite_sectors(conn, snapshot)
        _unite_lists(conn, snapshot)
        _move_entries(conn, snapshot)
        conn.execute(COUNTERPARTY.delete().where(COUNTERPARTY.c.id == drop_id))
        reindex_counterparties(conn, [drop_id])
    if choices:
        update_counterparty(engine, counterparty_id=keep_id,
                            values={f: choices[f] for f in fields})
    else:
        with engine.begin() as conn:
            reindex_counterparties(conn, [keep_id])
    return MergeResult(_changes(snapshot), snapshot)


def unmerge_counterparties(engine: Engine, *, snapshot: MergeSnapshot) -> Changes:
    """Undo a merge: bring the duplicate back with its own rows, restore the kept values."""
    if snapshot.kept_values:
        update_counterparty(engine, counterparty_id=snapshot.keep_id,
                            values=snapshot.kept_values, edited_fields=snapshot.kept_edited)
    with engine.begin() as conn:
        conn.execute(COUNTERPARTY.insert().values(**snapshot.dropped_row))
        for name, ids in snapshot.moved.items():
            table = MOVED_TABLES[name]
            conn.execute(table.update().where(table.c.id.in_(ids))
                         .values(counterparty_id=snapshot.drop_id))
        _restore_sectors(conn, snapshot)
        if snapshot.kept_lists:
            conn.execute(COUNTERPARTY.update().where(COUNTERPARTY.c.id == snapshot.keep_id)
                         .values(**snapshot.kept_lists))
        _restore_entries(conn, snapshot)
        reindex_counterparties(conn, [snapshot.keep_id, snapshot.drop_id])
    return _changes(snapshot)


def _row(conn: Connection, counterparty_id: int) -> dict[str, Any]:
    row = conn.execute(COUNTERPARTY.select().where(COUNTERPARTY.c.id == counterparty_id)).first()
    if row is None:
        raise NotFoundError.of(QT_TRANSLATE_NOOP(
            "Errors", "Une des fiches à fusionner n'existe plus."), id=counterparty_id)
    return dict(row._mapping)


def _move_children(conn: Connection, snapshot: MergeSnapshot) -> None:
    for name, table in MOVED_TABLES.items():
        where = table.c.counterparty_id == snapshot.drop_id
        snapshot.moved[name] = list(conn.execute(sa.select(table.c.id).where(where)).scalars())
        conn.execute(table.update().where(where).values(counterparty_id=snapshot.keep_id))


def _sector_ids(conn: Connection, counterparty_id: int) -> set[int]:
    query = sa.select(SECTOR_LINK.c.sector_id).where(
        SECTOR_LINK.c.counterparty_id == counterparty_id)
    return set(conn.execute(query).scalars())


def _unite_sectors(conn: Connection, snapshot: MergeSnapshot) -> None:
    dropped = _sector_ids(conn, snapshot.drop_id)
    added = sorted(dropped - _sector_ids(conn, snapshot.keep_id))
    snapshot.dropped_sectors, snapshot.added_sectors = sorted(dropped), added
    if added:
        conn.execute(SECTOR_LINK.insert(), [
            {"counterparty_id": snapshot.keep_id, "sector_id": s} for s in added])


def _unite_lists(conn: Connection, snapshot: MergeSnapshot) -> None:
    """Add the duplicate's offers and client references the kept record does not name yet."""
    query = sa.select(*(COUNTERPARTY.c[f] for f in ENTRY_FIELDS)).where(
        COUNTERPARTY.c.id == snapshot.keep_id)
    kept = conn.execute(query).mappings().one()
    united = {}
    for name in ENTRY_FIELDS:
        before = list(kept[name] or [])
        added = united_entries(before, snapshot.dropped_row.get(name) or [])
        if added != before:
            snapshot.kept_lists[name], united[name] = before, added
    if united:
        conn.execute(COUNTERPARTY.update().where(COUNTERPARTY.c.id == snapshot.keep_id)
                     .values(**united))


def united_entries(kept: list[Any], other: list[Any]) -> list[Any]:
    """``kept``, then the entries of ``other`` whose name it lacks (accents and case aside).

    An entry without a name is added unless the very same one is there.
    """
    return united_by_name(kept, other)[0]


def _move_entries(conn: Connection, snapshot: MergeSnapshot) -> None:
    kept_lists = set(conn.execute(sa.select(ENTRY.c.shortlist_id)
                                  .where(ENTRY.c.counterparty_id == snapshot.keep_id)).scalars())
    for entry in conn.execute(ENTRY.select().where(ENTRY.c.counterparty_id == snapshot.drop_id)
                              ).mappings().all():
        if entry["shortlist_id"] in kept_lists:
            snapshot.deleted_entries.append(dict(entry))
        else:
            snapshot.moved_entries.append(entry["shortlist_id"])
    conn.execute(ENTRY.delete().where(ENTRY.c.counterparty_id == snapshot.drop_id,
                                      ENTRY.c.shortlist_id.in_(
                                          [e["shortlist_id"] for e in snapshot.deleted_entries])))
    conn.execute(ENTRY.update().where(ENTRY.c.counterparty_id == snapshot.drop_id)
                 .values(counterparty_id=snapshot.keep_id))


def _restore_sectors(conn: Connection, snapshot: MergeSnapshot) -> None:
    if snapshot.added_sectors:
        conn.execute(SECTOR_LINK.delete().where(
            SECTOR_LINK.c.counterparty_id == snapshot.keep_id,
            SECTOR_LINK.c.sector_id.in_(snapshot.added_sectors)))
    if snapshot.dropped_sectors:
        conn.execute(SECTOR_LINK.insert(), [
            {"counterparty_id": snapshot.drop_id, "sector_id": s}
            for s in snapshot.dropped_sectors])


def _restore_entries(conn: Connection, snapshot: MergeSnapshot) -> None:
    if snapshot.moved_entries:
        conn.execute(ENTRY.update().where(ENTRY.c.counterparty_id == snapshot.keep_id,
                                          ENTRY.c.shortlist_id.in_(snapshot.moved_entries))
                     .values(counterparty_id=snapshot.drop_id))
    if snapshot.deleted_entries:
        conn.execute(ENTRY.insert(), snapshot.deleted_entries)


def _changes(snapshot: MergeSnapshot) -> Changes:
    return Changes(counterparties={snapshot.keep_id, snapshot.drop_id},
                   contacts=set(snapshot.moved.get("contact", [])),
                   relationships=set(snapshot.moved.get("relationship", [])),
                   spend=set(snapshot.moved.get("spend_line", [])))


def merge_candidates(engine: Engine, *, counterparty_id: int) -> list[tuple[int, str, str]]:
    """Likely duplicates of a counterparty: same SIRET, or same normalised name (id, name, city)."""
    with Session(engine) as session:
        row = session.get(Counterparty, counterparty_id)
        if row is None:
            return []
        same = sa.or_(COUNTERPARTY.c.norm_name == row.norm_name,
                      sa.and_(COUNTERPARTY.c.siret.is_not(None), COUNTERPARTY.c.siret == row.siret))
        query = (sa.select(COUNTERPARTY.c.id, COUNTERPARTY.c.name, COUNTERPARTY.c.city)
                 .where(same, COUNTERPARTY.c.id != counterparty_id).order_by(COUNTERPARTY.c.id))
        return [(r[0], r[1], r[2] or "") for r in session.connection().execute(query)]
