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


def table_dump(engine: Engine) -> dict[str, list[Any]]:
    """Every row of the lifecycle tables, to compare states before and after an undo."""
    with engine.connect() as connection:
        return {n: connection.exec_driver_sql(f"SELECT * FROM {n} ORDER BY 1").fetchall()
                for n in LIFECYCLE_TABLES}
