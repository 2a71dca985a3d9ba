"""Import bookkeeping: batches, the issues found per row, and saved column-mapping profiles."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Column
from sqlmodel import Field, SQLModel

from srm_inclusif.storage.types import utcnow


class ImportBatch(SQLModel, table=True):
    """One import run of one or several files."""

    __tablename__ = "import_batch"

    id: int | None = Field(default=None, primary_key=True)
    target: str = Field(max_length=20)
    format: str = Field(max_length=30)
    file_names: str = ""
    started_at: datetime = Field(default_factory=utcnow)
    finished_at: datetime | None = None
    counts: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))


class ImportIssue(SQLModel, table=True):
    """A rejected or flagged row of an import: file, line, structure, field, value and reason."""

    __tablename__ = "import_issue"

    id: int | None = Field(default=None, primary_key=True)
    batch_id: int = Field(foreign_key="import_batch.id", index=True, ondelete="CASCADE")
    severity: str = Field(default="rejected", max_length=10)
    file_name: str = Field(default="", max_length=300)
    line: int | None = None
    field: str = Field(default="", max_length=120)
    value: str = ""
    reason: str = ""
    #: The name its row carries (structure, or supplier of a purchase); empty when none.
    structure_name: str = Field(default="", max_length=250)
    #: A rejected line's cells under its file's column titles, as JSON text (see
    #: ``import_records.raw_line``); None on other rows, and on rows reported before 0013.
    raw_cells: str | None = None


class MappingProfile(SQLModel, table=True):
    """A named column mapping (file header → app field) saved by the user."""

    __tablename__ = "mapping_profile"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True, max_length=120)
    target: str = Field(default="suppliers", max_length=20)
    mapping: dict[str, str] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
