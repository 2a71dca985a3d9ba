"""Import history (batches and the rows they rejected or flagged) and saved mapping profiles."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine
from sqlmodel import Session, col, select

from srm_inclusif.core.errors import ValidationError
from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP
from srm_inclusif.core.normalise import normalise_name
from srm_inclusif.storage.changes import Changes
from srm_inclusif.storage.services.import_records import CONFLICT
from srm_inclusif.storage.tables import (
    Counterparty,
    ImportBatch,
    ImportIssue,
    MappingProfile,
    table_of,
)

#: What the demo data's import records as its files (it read none): the UI shows it in its
#: language, recognising that import by its format, whatever an older version stored.
DEMO_FILE_NAMES = QT_TRANSLATE_NOOP("ImportHistory", "Données de démonstration (fictives)")


@dataclass(frozen=True)
class ImportBatchRow:
    """One past import as listed."""

    id: int
    target: str
    format: str
    file_names: str
    started_at: datetime
    counts: dict[str, Any] = field(default_factory=dict)

    @property
    def formats(self) -> list[str]:
        """The formats of its files, each once, in file order (the batch's own for one file)."""
        files = self.counts.get("files") or []
        return list(dict.fromkeys(str(read["format"]) for read in files)) or [self.format]


def list_import_batches(engine: Engine) -> list[ImportBatchRow]:
    """Past imports, newest first."""
    query = select(ImportBatch).order_by(col(ImportBatch.started_at).desc(),
                                         col(ImportBatch.id).desc())
    with Session(engine) as session:
        return [
            ImportBatchRow(b.id or 0, b.target, b.format, b.file_names, b.started_at, b.counts)
            for b in session.exec(query)
        ]


@dataclass(frozen=True)
class ImportIssueRow:
    """One rejected, flagged or conflicting row of a past import."""

    id: int
    severity: str
    file_name: str
    line: int | None
    field: str
    value: str
    reason: str
    #: The name its row carries (structure, or supplier of a purchase); empty when none.
    structure_name: str = ""
    #: A rejected line's cells under its file's titles (``import_records.raw_line``), or None.
    raw_cells: str | None = None
    #: The title of the file's column its field was read from (see ``RowIssue``), or "".
    column: str = ""


def list_import_issues(engine: Engine, *, batch_id: int) -> list[ImportIssueRow]:
    """Issues of one import, in file and line order, each with its file's column title.

    The titles are those the import kept on its batch (``ImportSummary.counts``); an import
    made before has none: its remarks name the app's fields.
    """
    issue = table_of(ImportIssue).c
    # plain rows, not ORM objects: a spend file can leave tens of thousands of issues
    query = (sa.select(issue.id, issue.severity, issue.file_name, issue.line, issue.field,
                       issue.value, issue.reason, issue.structure_name, issue.raw_cells)
             .where(issue.batch_id == batch_id)
             .order_by(issue.file_name, issue.line, issue.id))
    with engine.connect() as connection:
        counts = connection.execute(sa.select(table_of(ImportBatch).c.counts).where(
            table_of(ImportBatch).c.id == batch_id)).scalar()
        columns: dict[str, dict[str, str]] = (counts or {}).get("columns") or {}
        return [ImportIssueRow(*row, column=columns.get(row.file_name, {}).get(row.field, ""))
                for row in connection.execute(query)]


def conflicts_reported(connection: Connection) -> dict[tuple[str, str], tuple[str, str]]:
    """(normalised name, field) → (file value, reason) of the last conflict directory imports said.

    The name normalised: a file may write it in another case (« ENVIE » then « Envie »).

    The import history is the record of what a source brought against a hand edit: read, in an
    import under way, so that a file value said already against the same hand edit is not said
    again. Its conflicts are few.
    """
    issue, batch = table_of(ImportIssue).c, table_of(ImportBatch).c
    query = (sa.select(issue.structure_name, issue.field, issue.value, issue.reason)
             .join_from(table_of(ImportIssue), table_of(ImportBatch), batch.id == issue.batch_id)
             .where(issue.severity == CONFLICT, batch.target == "suppliers")
             .order_by(issue.id))
    return {(normalise_name(name), field_name): (value, reason)
            for name, field_name, value, reason in connection.execute(query)}


def reported_structure_id(engine: Engine, *, name: str) -> int | None:
    """The structure a reported row names, when the workspace holds it; None otherwise.

    Its stored name first (what the import wrote), else the same name but for case, accents
    and punctuation (the name edited on its card since).
    """
    if not name.strip():
        return None
    with Session(engine) as session:
        for condition in (Counterparty.name == name,
                          Counterparty.norm_name == normalise_name(name)):
            found = session.exec(select(Counterparty.id).where(condition)
                                 .order_by(col(Counterparty.id))).first()
            if found is not None:
                return found
    return None


def list_mapping_profiles(
    engine: Engine, *, target: str | None = None
) -> dict[str, dict[str, str]]:
    """Saved mapping profiles by name (file header → app field), optionally for one target."""
    query = select(MappingProfile).order_by(MappingProfile.name)
    if target:
        query = query.where(MappingProfile.target == target)
    with Session(engine) as session:
        return {p.name: dict(p.mapping) for p in session.exec(query)}


def save_mapping_profile(
    engine: Engine, *, name: str, target: str, mapping: dict[str, str]
) -> Changes:
    """Create or replace the named mapping profile."""
    name = name.strip()
    if not name:
        raise ValidationError.of(QT_TRANSLATE_NOOP(
            "Errors", "Donnez un nom au profil de correspondance."))
    with Session(engine) as session:
        profile = session.exec(select(MappingProfile).where(MappingProfile.name == name)).first()
        profile = profile or MappingProfile(name=name)
        profile.target = target
        profile.mapping = dict(mapping)
        session.add(profile)
        session.commit()
    return Changes(settings=True)
