"""Helpers shared by the lifecycle tests: a minimal counterparty and a table dump."""

from __future__ import annotations

from typing import Any

from sqlalchemy.engine import Engine
from sqlmodel import Session

from srm_inclusif.storage.tables import Counterparty

LIFECYCLE_TABLES = ("relationship", "stage_change", "contract", "feedback", "feedback_score",
                    "action_item", "reminder_state", "feedback_criterion")


def add_counterparty(engine: Engine, name: str = "Envie Nord", kind: str = "EI") -> int:
    """Insert a counterparty directly (the directory's own create function is not needed)."""
    with Session(engine) as session:
        row = Counterparty(name=name, norm_name=name.lower(), kind=kind)
        session.add(row)
        session.commit()
        assert row.id is not None
        return row.id


def table_dump(engine: Engine, *, timestamps: bool = True) -> dict[str, list[Any]]:
    """Every row of the lifecycle tables, to compare states before and after an undo.

    ``timestamps=False`` leaves out the ``created_at`` columns (a redo writes new ones).
    """
    dump = {}
    with engine.connect() as connection:
        for name in LIFECYCLE_TABLES:
            columns = [row[1] for row in connection.exec_driver_sql(f"PRAGMA table_info({name})")
                       if timestamps or row[1] != "created_at"]
            dump[name] = connection.exec_driver_sql(
                f"SELECT {', '.join(columns)} FROM {name} ORDER BY 1").fetchall()
    return dump
