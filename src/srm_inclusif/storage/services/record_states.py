"""What the records a write named hold now: an undo step tells a change made since elsewhere.

An undo step notes, after each of its runs, the stored values of the records its ``Changes``
named (``record_states``). Before it runs again it asks ``drifts``: a record that differs was
changed since by someone else (another window, the command line), and putting back the step's
values would overwrite that change without a word.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy.engine import Engine
from sqlmodel import Session, SQLModel, select

from srm_inclusif.storage.changes import Changes
from srm_inclusif.storage.tables import (
    ActionItem,
    Contact,
    Contract,
    Counterparty,
    CounterpartyLabel,
    CounterpartySector,
    Feedback,
    FeedbackCriterion,
    FeedbackScore,
    Need,
    NeedSector,
    Objective,
    ObjectiveSheet,
    Parameter,
    Person,
    Relationship,
    SpendLine,
    Team,
    WorkspaceSettings,
)

#: A record: the ``Changes`` field naming it and its id (0 for a whole area such as people).
Key = tuple[str, int]
#: Its stored values by column (None: no such record).
State = dict[str, Any] | None

#: Kinds of ``Changes`` ids read as one row each. ``objectives`` names an objective by its id,
#: a sheet by the opposite of its id.
_ROWS: dict[str, type[SQLModel]] = {
    "counterparties": Counterparty, "contacts": Contact, "relationships": Relationship,
    "contracts": Contract, "feedback": Feedback, "actions": ActionItem, "spend": SpendLine,
    "needs": Need,
}
#: Areas flagged as a whole in ``Changes``, read as all the rows of their tables.
_AREAS: dict[str, tuple[type[SQLModel], ...]] = {
    "people": (Person, Team), "parameters": (Parameter,),
    "settings": (WorkspaceSettings, FeedbackCriterion),
}
#: Rows read by one query at most (well under the bound parameters any database takes).
_CHUNK = 500
#: Kept by the app itself, or given again when a record is put back: no one's change.
_BOOKKEEPING = frozenset({"created_at", "updated_at"})


@dataclass(frozen=True)
class Drift:
    """A record changed since a step last ran: its kind, its name, the columns that differ.

    ``kind`` is the ``Changes`` field naming it, or ``sheets`` for an objective sheet.

    ``fields`` is empty when the record appeared or went away; ``name`` is "" for an area.
    """

    kind: str
    name: str
    fields: tuple[str, ...]


def record_keys(changes: Changes) -> set[Key]:
    """The records ``changes`` names (``everything`` and ``reminders`` name none)."""
    keys = {(kind, ident) for kind in (*_ROWS, "objectives")
            for ident in getattr(changes, kind)}
    return keys | {(area, 0) for area in _AREAS if getattr(changes, area)}


def record_states(engine: Engine, keys: Iterable[Key]) -> dict[Key, State]:
    """The stored values of each record, now."""
    with Session(engine) as session:
        return _states(session, keys)


def drifts(engine: Engine, expected: Mapping[Key, State], *,
           named: int | None = None) -> list[Drift]:
    """The records whose stored values are no longer ``expected``, named.

    Only the first ``named`` are named (all when None), the others left "": naming reads
    another row per record, and a refused undo says a few names of thousands.
    """
    found: list[Drift] = []
    with Session(engine) as session:
        states = _states(session, expected)
        for key, before in sorted(expected.items()):
            now = states[key]
            if now == before:
                continue
            fields = () if now is None or before is None else tuple(
                sorted(name for name in now if now[name] != before.get(name)))
            kind = "sheets" if key[0] == "objectives" and key[1] < 0 else key[0]
            name = _name(session, kind, now or before) if named is None or len(found) < named \
                else ""
            found.append(Drift(kind, name, fields))
    return found


def _states(session: Session, keys: Iterable[Key]) -> dict[Key, State]:
    """Each record's values, the rows of one table read together (a merge names thousands)."""
    wanted: dict[type[SQLModel], dict[int, Key]] = {}
    states: dict[Key, State] = {}
    for key in keys:
        if key[0] in _AREAS:
            states[key] = _area(session, key[0])
        else:
            wanted.setdefault(_table(key), {})[abs(key[1])] = key
    for table, idents in wanted.items():
        found = _rows(session, table, list(idents))
        extras = _EXTRAS[table](session, list(found)) if table in _EXTRAS else {}
        for ident, key in idents.items():
            row = found.get(ident)
            states[key] = None if row is None else _values(row) | extras.get(ident, {})
    return states


def _table(key: Key) -> type[SQLModel]:
    if key[0] == "objectives":
        return ObjectiveSheet if key[1] < 0 else Objective
    return _ROWS[key[0]]


def _rows(session: Session, table: type[SQLModel], idents: list[int]) -> dict[int, Any]:
    return {row.id: row for row in _read(session, table, "id", idents)}


def _owned(session: Session, table: type[SQLModel], owner: str,
           idents: list[int]) -> dict[int, list[Any]]:
    """The rows of ``table`` whose ``owner`` column is one of ``idents``, by that owner."""
    found: dict[int, list[Any]] = defaultdict(list)
    for row in _read(session, table, owner, idents):
        found[getattr(row, owner)].append(row)
    return found


def _read(session: Session, table: type[SQLModel], column: str,
          idents: list[int]) -> Iterator[Any]:
    """The rows of ``table`` whose ``column`` is one of ``idents``: one query per chunk."""
    for start in range(0, len(idents), _CHUNK):
        chunk = idents[start:start + _CHUNK]
        yield from session.exec(select(table).where(getattr(table, column).in_(chunk)))


def _area(session: Session, kind: str) -> State:
    return {table.__name__: sorted(map(repr, (_values(row, skip={"id"}) for row in
                                              session.exec(select(table)))))
            for table in _AREAS[kind]}


def _values(row: SQLModel, skip: frozenset[str] | set[str] = frozenset()) -> dict[str, Any]:
    """The row's values in its table's column order.

    Not ``model_dump``: it gives the same values in another order (the loaded instance's),
    and an area is compared by the ``repr`` of each row's values, which follows their order.
    """
    columns = row.__table__.columns  # type: ignore[attr-defined]
    return {column.name: getattr(row, column.name) for column in columns
            if column.name not in _BOOKKEEPING and column.name not in skip}


#: Each record's values kept in other tables, by its id.
Extras = dict[int, dict[str, Any]]


def _counterparty_links(session: Session, idents: list[int]) -> Extras:
    """Sectors and labels, edited on the card with the record (a label's id left out)."""
    sectors = _owned(session, CounterpartySector, "counterparty_id", idents)
    labels = _owned(session, CounterpartyLabel, "counterparty_id", idents)
    return {ident: {
        "sectors": sorted(x.sector_id for x in sectors[ident]),
        "labels": sorted(repr((x.name, x.valid_from, x.valid_until)) for x in labels[ident]),
    } for ident in idents}


def _feedback_scores(session: Session, idents: list[int]) -> Extras:
    scores = _owned(session, FeedbackScore, "feedback_id", idents)
    return {ident: {"scores": sorted(repr(_values(x)) for x in scores[ident])}
            for ident in idents}


def _need_sectors(session: Session, idents: list[int]) -> Extras:
    sectors = _owned(session, NeedSector, "need_id", idents)
    return {ident: {"sectors": sorted(x.sector_id for x in sectors[ident])} for ident in idents}


#: Values of a record kept in other tables, read for many records at once (by chunks).
_EXTRAS: dict[type[SQLModel], Callable[[Session, list[int]], Extras]] = {
    Counterparty: _counterparty_links, Feedback: _feedback_scores, Need: _need_sectors,
}


def _name(session: Session, kind: str, state: State) -> str:
    """How the user knows the record: its name or title, or its supplier's name."""
    if state is None or kind in _AREAS:
        return ""
    if kind == "contacts":
        return " ".join(filter(None, (state.get("first_name"), state.get("last_name"))))
    if kind in ("relationships", "spend"):
        return _named(session, Counterparty, state.get("counterparty_id"), "name")
    if kind == "sheets":
        owner = _named(session, Person, state.get("person_id"), "name")
        return owner or _named(session, Team, state.get("team_id"), "name")
    if kind == "feedback":
        return _named(session, Contract, state.get("contract_id"), "title")
    for column in ("name", "title", "label", "text"):
        if state.get(column):
            return str(state[column])
    return str(state.get("year") or "")


def _named(session: Session, table: type[SQLModel], ident: Any, column: str) -> str:
    row = session.get(table, ident) if ident is not None else None
    return str(getattr(row, column)) if row is not None else ""

