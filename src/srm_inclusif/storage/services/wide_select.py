"""A typed ``select`` of more than four columns (sqlmodel's overloads stop at four)."""

from __future__ import annotations

from typing import Any

from sqlmodel.sql.expression import Select


def wide_select(*columns: Any) -> Select[*tuple[Any, ...]]:
    """The statement ``sqlmodel.select(*columns)`` builds for two columns or more; rows untyped."""
    if len(columns) < 2:
        raise ValueError("wide_select needs two columns or more; use sqlmodel.select")
    return Select(*columns)
