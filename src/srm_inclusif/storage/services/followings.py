"""Who already follows a counterparty: its relationship still going, as the lists show it."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy.engine import Engine
from sqlmodel import Session, col
from sqlmodel.sql.expression import Select

from srm_inclusif.core.lifecycle import is_open, standing_key
from srm_inclusif.core.vocabulary import Stage
from srm_inclusif.storage.services.counterparty_query import standing_order
from srm_inclusif.storage.services.relationships import RelationshipRow
from srm_inclusif.storage.services.wide_select import wide_select
from srm_inclusif.storage.tables import Counterparty, Person, Relationship

#: Counterparties asked about by one query at most (well under the bound parameters).
_CHUNK = 500


@dataclass(frozen=True)
class Following:
    """A counterparty's relationship still going: who follows it, at which stage."""

    counterparty_id: int
    counterparty_name: str
    person_id: int | None
    person_name: str | None
    stage: Stage


def open_followings(relationships: Iterable[RelationshipRow]) -> dict[int, Following]:
    """Each counterparty's relationship still going that stands for it (the list's « Étape »).

    Of several, the one ``core.lifecycle.standing_key`` ranks first, whatever their order.
    """
    kept: dict[int, RelationshipRow] = {}
    for row in relationships:
        other = kept.get(row.counterparty_id)
        if is_open(Stage(row.stage)) and (other is None or _key(row) > _key(other)):
            kept[row.counterparty_id] = row
    return {cid: Following(cid, row.counterparty_name, row.person_id, row.person_name,
                           Stage(row.stage)) for cid, row in kept.items()}


def _key(row: RelationshipRow) -> tuple[int, date, int]:
    return standing_key(Stage(row.stage), row.stage_since, row.id)


def followings_of(engine: Engine, *, counterparty_ids: Collection[int]) -> list[Following]:
    """The relationships still going of these counterparties, in their order.

    Of several, the one ``open_followings`` keeps: the SQL ranks them as ``standing_key`` does.
    """
    ids = list(dict.fromkeys(counterparty_ids))
    going: dict[int, Following] = {}
    with Session(engine) as session:
        for start in range(0, len(ids), _CHUNK):
            for cid, name, person_id, person, stage in session.exec(
                    _going_query(ids[start:start + _CHUNK])):
                going.setdefault(cid, Following(cid, name, person_id, person, Stage(stage)))
    return [going[cid] for cid in ids if cid in going]


def _going_query(ids: list[int]) -> Select[*tuple[Any, ...]]:
    """The relationships still going of ``ids``, the one standing for each first."""
    return (wide_select(Relationship.counterparty_id, Counterparty.name, Relationship.person_id,
                        Person.name, Relationship.stage)
            .join(Counterparty, col(Counterparty.id) == Relationship.counterparty_id)
            .outerjoin(Person, col(Person.id) == Relationship.person_id)
            .where(col(Relationship.counterparty_id).in_(ids),
                   col(Relationship.stage) != Stage.ARRETEE.value)
            .order_by(*standing_order()))
