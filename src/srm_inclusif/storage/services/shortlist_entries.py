"""Many structures put on (or taken off) a named list at once, in one transaction.

« Ajouter à une liste… » on a selection of the whole directory (Ctrl+A: 100 000 structures)
wrote one transaction per structure; these write them all at once, at the list's end.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from srm_inclusif.core.sourcing import MANUAL
from srm_inclusif.storage.tables import ShortlistEntry, table_of

ENTRY = table_of(ShortlistEntry)


def add_to_list(engine: Engine, *, shortlist_id: int, counterparty_ids: Sequence[int]) -> list[int]:
    """Put the structures not on the list yet at its end, in the given order; those added."""
    with Session(engine) as session:
        present = set(session.exec(select(ShortlistEntry.counterparty_id)
                                   .where(ShortlistEntry.shortlist_id == shortlist_id)))
        last = session.exec(select(sa.func.max(ShortlistEntry.rank))
                            .where(ShortlistEntry.shortlist_id == shortlist_id)).one() or 0
        added = [cid for cid in dict.fromkeys(counterparty_ids) if cid not in present]
        if added:
            session.connection().execute(sa.insert(ENTRY), [
                {"shortlist_id": shortlist_id, "counterparty_id": cid, "rank": last + rank,
                 "score": 0.0, "reasons": [MANUAL]} for rank, cid in enumerate(added, start=1)])
        session.commit()
    return added


def remove_from_list(engine: Engine, *, shortlist_id: int, counterparty_ids: Sequence[int]) -> None:
    """Take the structures off the list (the undo of ``add_to_list``)."""
    with Session(engine) as session:
        for chunk in _chunks(list(counterparty_ids)):
            session.connection().execute(sa.delete(ENTRY).where(
                ENTRY.c.shortlist_id == shortlist_id, col(ENTRY.c.counterparty_id).in_(chunk)))
        session.commit()


def _chunks(ids: list[int], size: int = 900) -> list[list[int]]:
    """Bound the parameters of one statement (SQLite's limit is at least 999)."""
    return [ids[i:i + size] for i in range(0, len(ids), size)]
