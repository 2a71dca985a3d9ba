"""SQL building blocks of the counterparty list: facet conditions and per-row computed columns."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

import sqlalchemy as sa
import sqlmodel
from sqlalchemy.sql import operators

from srm_inclusif.core.lifecycle import standing
from srm_inclusif.core.search_query import NATURE_NOT_GIVEN, CounterpartyFilter, typed_siret
from srm_inclusif.core.vocabulary import Stage
from srm_inclusif.storage.tables import (
    Contract,
    Counterparty,
    CounterpartyLabel,
    CounterpartySector,
    Relationship,
    Sector,
    table_of,
)

C = table_of(Counterparty).c
Column = Callable[[Any], Any]


def unindexed(column: Any) -> Any:
    """``+column``: the same value, but SQLite will not use an index of the column for it.

    Lets a query walk the name index in list order and stop at the end of the page, when a
    facet keeps so many rows that reading them all through the facet's index and sorting them
    would cost more.
    """
    return sa.sql.elements.UnaryExpression(
        column, operator=operators.custom_op("+"), type_=column.type)


def _plain(column: Any) -> Any:
    return column


def facet_conditions(
    flt: CounterpartyFilter, today: date, *, walk: bool = False
) -> list[sa.ColumnElement[bool]]:
    """WHERE conditions for every facet set in the filter (the text is handled separately).

    With ``walk`` no condition may use an index (see :func:`unindexed`). Conditions on related
    tables are ``id IN (SELECT ...)``: SQLite reads the few related rows once, instead of
    probing them for each of 100 000 counterparties. A text that is a SIRET, which the search
    index does not hold, is a condition on the SIRET column (through its index, even with
    ``walk``: it keeps one row or two).
    """
    col = unindexed if walk else _plain
    siret = typed_siret(flt.text)
    conditions: list[sa.ColumnElement[bool]] = [C.siret == siret] if siret else []
    if flt.families or flt.kinds:
        conditions.append(col(C.kind).in_(sorted(flt.kind_codes)))
    if flt.natures:
        conditions.append(_nature_is(flt.natures, unindexed if _placed(flt) else col))
    if flt.departments:
        conditions.append(col(C.department_code).in_(sorted(flt.departments)))
    if flt.regions:
        conditions.append(col(C.region_code).in_(sorted(flt.regions)))
    if flt.sectors or flt.sector_groups:
        conditions.append(col(C.id).in_(_sector_ids(flt)))
    if flt.service_types:
        conditions.append(_json_list_has(C.service_types, flt.service_types))
    if flt.networks:
        conditions.append(_json_list_has(C.networks, flt.networks))
    if flt.labels or flt.valid_label:
        conditions.append(col(C.id).in_(_label_ids(flt.labels, today)))
    conditions.extend(_flag_conditions(flt, today, col))
    return conditions


def only_related_ids(flt: CounterpartyFilter, today: date) -> sa.Select[Any] | None:
    """The ids kept by the filter's only facet, when it is one on a related table.

    Sectors, labels or a running contract, and nothing else (no text either): the ids come
    with repeats (two labels, two contracts), but each is a counterparty (foreign keys), so
    counting them distinct counts the list without reading 100 000 counterparty rows.
    """
    others = replace(flt, sectors=frozenset(), sector_groups=frozenset(), labels=frozenset(),
                     valid_label=False, active_contract=False)
    if not others.is_empty:
        return None
    found = []
    if flt.sectors or flt.sector_groups:
        found.append(_sector_ids(flt))
    if flt.labels or flt.valid_label:
        found.append(_label_ids(flt.labels, today))
    if flt.active_contract:
        found.append(active_contract_ids(today))
    return found[0] if len(found) == 1 else None


def _flag_conditions(
    flt: CounterpartyFilter, today: date, col: Column
) -> list[sa.ColumnElement[bool]]:
    conditions: list[sa.ColumnElement[bool]] = []
    if flt.qpv:
        conditions.append(col(C.is_qpv).is_(True))
    if flt.zrr:
        conditions.append(col(C.is_zrr).is_(True))
    if flt.favourites:
        conditions.append(col(C.favourite).is_(True))
    if flt.active_contract:
        conditions.append(col(C.id).in_(active_contract_ids(today)))
    return conditions


def _placed(flt: CounterpartyFilter) -> bool:
    """Whether a department or region is checked: its index finds far fewer rows than a nature's.

    Without statistics telling it so SQLite took the nature's index (the newest): on 100 000
    rows it read the 25 000 antennas to find the 230 in the Rhône, 32 ms a click instead of
    11. A workspace has them once imported into, made a demo or closed (``refresh_statistics``,
    ``PRAGMA optimize``): SQLite then takes the place's index by itself and this changes
    nothing. A kind or a switch keeps about as many rows as a nature: left to SQLite.
    """
    return bool(flt.departments or flt.regions)


def _nature_is(natures: frozenset[str], col: Column) -> sa.ColumnElement[bool]:
    """The nature is one of the codes, or not known (NULL) when ``NATURE_NOT_GIVEN`` is one."""
    nature, known = col(C.nature), sorted(natures - {NATURE_NOT_GIVEN})
    wanted = [nature.in_(known)] if known else []
    if NATURE_NOT_GIVEN in natures:
        wanted.append(nature.is_(None))
    return sa.or_(*wanted)


def _sector_ids(flt: CounterpartyFilter) -> sa.Select[Any]:
    wanted = []
    if flt.sectors:
        wanted.append(sqlmodel.col(Sector.slug).in_(sorted(flt.sectors)))
    if flt.sector_groups:
        wanted.append(sqlmodel.col(Sector.group_slug).in_(sorted(flt.sector_groups)))
    return (
        sa.select(sqlmodel.col(CounterpartySector.counterparty_id))
        .join(Sector, sqlmodel.col(Sector.id) == CounterpartySector.sector_id)
        .where(sa.or_(*wanted))
    )


def _json_list_has(column: sa.ColumnElement[Any], values: frozenset[str]) -> sa.ColumnElement[bool]:
    """True when a JSON list column holds one of the values (SQLite ``json_each``)."""
    each = sa.func.json_each(column).table_valued("value")
    return sa.exists(sa.select(1).select_from(each).where(each.c.value.in_(sorted(values))))


def valid_on(table: Any, today: Any) -> sa.ColumnElement[bool]:
    """A dated row is in force on ``today`` (open bounds count as valid)."""
    return sa.and_(
        sa.or_(table.valid_from.is_(None), table.valid_from <= today),
        sa.or_(table.valid_until.is_(None), table.valid_until >= today),
    )


def _label_ids(labels: frozenset[str], today: date) -> sa.Select[Any]:
    query = sa.select(sqlmodel.col(CounterpartyLabel.counterparty_id)).where(
        valid_on(CounterpartyLabel, today))
    if labels:
        query = query.where(sqlmodel.col(CounterpartyLabel.name).in_(sorted(labels)))
    return query


def active_contract_ids(today: date) -> sa.Select[Any]:
    """The ids of the counterparties with a contract running on ``today``."""
    start, end = sqlmodel.col(Contract.start_date), sqlmodel.col(Contract.end_date)
    return (
        sa.select(sqlmodel.col(Relationship.counterparty_id))
        .join(Contract, sqlmodel.col(Contract.relationship_id) == Relationship.id)
        .where(
            sa.or_(start.is_(None), start <= today),
            sa.or_(end.is_(None), end >= today),
        )
    )


def sectors_column() -> sa.ScalarSelect[Any]:
    """The counterparty's sector names, comma-separated."""
    return (
        sa.select(sa.func.group_concat(Sector.name, ", "))
        .select_from(CounterpartySector)
        .join(Sector, sqlmodel.col(Sector.id) == CounterpartySector.sector_id)
        .where(sqlmodel.col(CounterpartySector.counterparty_id) == C.id)
        .scalar_subquery()
    )


def labels_column(today: Any) -> sa.ScalarSelect[Any]:
    """The names of the labels valid on ``today``, comma-separated."""
    return (
        sa.select(sa.func.group_concat(CounterpartyLabel.name, ", "))
        .where(sqlmodel.col(CounterpartyLabel.counterparty_id) == C.id,
               valid_on(CounterpartyLabel, today))
        .scalar_subquery()
    )


def stage_column() -> sa.ScalarSelect[Any]:
    """The stage of the counterparty's relationship still going, « Arrêtée » when all are stopped.

    Of several going, the most advanced (then the latest moved): a newer relationship stopped
    as a duplicate must not hide the one a colleague follows.
    """
    return (
        sa.select(sqlmodel.col(Relationship.stage))
        .where(sqlmodel.col(Relationship.counterparty_id) == C.id)
        .order_by(*standing_order())
        .limit(1)
        .scalar_subquery()
    )


def stage_rank_column() -> sa.ScalarSelect[Any]:
    """The rank of the stage ``stage_column`` shows: the list sorts stages in pipeline order."""
    return (
        sa.select(sa.func.max(standing_rank()))
        .where(sqlmodel.col(Relationship.counterparty_id) == C.id)
        .scalar_subquery()
    )


def standing_order() -> tuple[sa.UnaryExpression[Any], ...]:
    """The relationship standing for its counterparty first: ``core.lifecycle.standing_key``."""
    return (standing_rank().desc(), sqlmodel.col(Relationship.stage_since).desc(),
            sqlmodel.col(Relationship.id).desc())


def standing_rank() -> sa.Case[Any]:
    """A relationship's rank for the list (``core.lifecycle.standing``), in SQL."""
    ranks = {stage.value: standing(stage) for stage in Stage}
    return sa.case(ranks, value=sqlmodel.col(Relationship.stage), else_=-1)


def next_end_column(today: Any) -> sa.ScalarSelect[Any]:
    """The soonest end date, from ``today`` on, of the counterparty's contracts."""
    return (
        sa.select(sa.func.min(Contract.end_date))
        .join(Relationship, sqlmodel.col(Relationship.id) == Contract.relationship_id)
        .where(sqlmodel.col(Relationship.counterparty_id) == C.id,
               sqlmodel.col(Contract.end_date) >= today)
        .scalar_subquery()
    )
