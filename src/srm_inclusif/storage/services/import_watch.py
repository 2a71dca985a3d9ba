"""Which import batch a run inserted, seen on its engine: was it saved when the run stopped?"""

from __future__ import annotations

from datetime import datetime
from types import TracebackType
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import Engine

from srm_inclusif.storage.tables import ImportBatch, table_of

BATCH = table_of(ImportBatch)


class NewBatch:
    """Watches ``engine`` for the import batch row inserted while in its ``with`` block.

    A run stopped by Ctrl+C after its commit is saved: its own batch row is there, whatever
    another window imported meanwhile (a newest-batch comparison would take that one for it).
    """

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.id: int | None = None
        self._started_at: datetime | None = None

    def __enter__(self) -> NewBatch:
        event.listen(self.engine, "after_cursor_execute", self._executed)
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        event.remove(self.engine, "after_cursor_execute", self._executed)

    def _executed(self, _connection: Any, cursor: Any, _statement: str, _parameters: Any,
                  context: Any, _many: bool) -> None:
        compiled = context.compiled
        if (context.isinsert and compiled is not None
                and getattr(compiled.statement, "table", None) is BATCH):
            self.id = int(cursor.lastrowid)
            self._started_at = context.compiled_parameters[0].get("started_at")

    def saved(self) -> bool:
        """Whether the batch inserted is in the workspace (committed, not rolled back)."""
        if self.id is None:
            return False
        query = sa.select(BATCH.c.id).where(BATCH.c.id == self.id)
        if self._started_at is not None:  # the same id taken again by another window's import
            query = query.where(BATCH.c.started_at == self._started_at)
        with self.engine.connect() as connection:
            return connection.execute(query).first() is not None
