"""Import history: batches and the rows they rejected or flagged."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from srm_inclusif.storage.tables import ImportBatch


@dataclass(frozen=True)
class ImportBatchRow:
    """One past import as listed."""

    id: int
    target: str
    format: str
    file_names: str
    started_at: datetime
    counts: dict[str, Any] = field(default_factory=dict)


def list_import_batches(engine: Engine) -> list[ImportBatchRow]:
    """Past imports, newest first."""
    query = select(ImportBatch).order_by(ImportBatch.started_at.desc(), ImportBatch.id.desc())
    with Session(engine) as session:
        return [
            ImportBatchRow(b.id or 0, b.target, b.format, b.file_names, b.started_at, b.counts)
            for b in session.exec(query)
        ]
