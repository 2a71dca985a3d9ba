"""Run one import as one transaction.

Backup first, merge records chunk by chunk, keep the batch and its issues; a dry run, an all-or-
nothing refusal, an error or a cancel rolls everything back, the copy taken first included.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from srm_inclusif.core.errors import Cancelled
from srm_inclusif.core.i18n import counted
from srm_inclusif.storage.backup import discard_backup, prune_backups, take_backup
from srm_inclusif.storage.bulk_load import indexes_built_after, larger_page_cache
from srm_inclusif.storage.failures import check_writable
from srm_inclusif.storage.heartbeat import Heartbeat, as_progress, beating, pulsing
from srm_inclusif.storage.services.import_records import (
    OUT_OF_SCOPE,
    SKIPPED,
    FileRead,
    ImportItem,
    ImportSummary,
    RowIssue,
)
from srm_inclusif.storage.services.spend_merge import SpendMerger
from srm_inclusif.storage.services.supplier_merge import SupplierMerger
from srm_inclusif.storage.tables import ImportBatch, ImportIssue, Sector, table_of
from srm_inclusif.storage.types import utcnow
from srm_inclusif.storage.unfinished_import import import_running
from srm_inclusif.storage.workspace import refresh_statistics

BACKUP_REASON = "avant-import"
CHUNK_SIZE = 2000
BATCH = table_of(ImportBatch)
ISSUE = table_of(ImportIssue)
#: Issues written per statement: their rows all at once doubled the memory of a junk file.
ISSUES_WRITTEN = 5000


@dataclass
class ImportRequest:
    """What to import and how."""

    target: str
    format: str
    file_names: list[str] = field(default_factory=list)
    encoding: str = ""
    source: str = ""
    dry_run: bool = False
    all_or_nothing: bool = False
    basis: str = "invoiced"
    #: Lines the files hold (an estimate for big ones): a big import builds indexes at the end.
    expected_rows: int = 0
    #: How each file is read (its format and encoding): kept with the batch of several files.
    files: list[FileRead] = field(default_factory=list)
    #: Who gets the spend lines without a buyer (None: the workspace's only person, if one).
    default_buyer_id: int | None = None
    #: The role of the people added for the buyers a spend file names that the workspace
    #: lacks; None: nobody added (their lines are flagged, without a buyer).
    new_buyer_role: str | None = None
    #: Called with the issues once merged, before they are stored: gives the lines the merge
    #: rejected their cells (``exchange.raw_lines``, which reads them again from their files).
    complete_issues: Callable[[list[RowIssue]], None] | None = None


def merge_import(
    engine: Engine, request: ImportRequest, items: Iterable[ImportItem], *,
    cancel: threading.Event | None = None, heartbeat: Heartbeat | None = None,
) -> ImportSummary:
    """Merge a stream of records and row issues; ``items`` may raise ``Cancelled`` to abort.

    ``cancel`` stops the copy of the workspace taken first (long for a big workspace); the copy
    is kept only when the import is and changed data (older copies are pruned then).
    ``heartbeat`` is called during the copy and the long statements; it returns True to stop
    them (Cancel).
    A read-only workspace is refused first (``StorageError``), the simulation too: it writes
    in a transaction that it rolls back. A copy that cannot be written stops the import
    (``BackupError``).
    """
    check_writable(engine)
    summary = ImportSummary(target=request.target, format=request.format,
                            encoding=request.encoding, dry_run=request.dry_run,
                            files=list(request.files))
    started = time.perf_counter()
    with (_told_if_killed(engine, request),
          pulsing(heartbeat)):  # signs of life between the statements too, until the very end
        if not request.dry_run and engine.url.database:
            summary.backup_path = str(_backup(Path(engine.url.database), cancel, heartbeat))
        try:
            _transaction(engine, request, items, summary, started, heartbeat)
        except BaseException:
            summary.applied = False
            raise
        finally:
            _settle_backup(engine, summary)
        if summary.applied:  # after the commit: the import's transaction is not lengthened
            refresh_statistics(engine)
    return summary


def _told_if_killed(
    engine: Engine, request: ImportRequest,
) -> contextlib.AbstractContextManager[None]:
    """Say beside the workspace that this import runs, from its copy to its very end.

    Killed meanwhile (kill -9, power cut), it is told at the next opening
    (``unfinished_import``); a simulation writes nothing, so it has nothing to tell.
    """
    database = engine.url.database
    if request.dry_run or not database or database == ":memory:":
        return contextlib.nullcontext()
    return import_running(Path(database), request.target, request.file_names)


def _backup(path: Path, cancel: threading.Event | None, heartbeat: Heartbeat | None) -> Path:
    """The copy taken before the import; one that cannot be written says the import is not done."""
    return take_backup(path, BACKUP_REASON, cancel=cancel, progress=as_progress(heartbeat),
                       refusal="import")


def _transaction(
    engine: Engine, request: ImportRequest, items: Iterable[ImportItem], summary: ImportSummary,
    started: float, heartbeat: Heartbeat | None,
) -> None:
    """Merge in one transaction: committed, or rolled back (dry run, refusal, error, cancel)."""
    with (engine.connect() as connection, beating(connection, heartbeat) as beat,
          larger_page_cache(connection)):  # until the commit has written the changed pages
        transaction = connection.begin()
        try:
            writes = _total_changes(connection)
            _run(connection, request, items, summary)
            if request.complete_issues is not None:
                request.complete_issues(summary.issues)
            # its own batch row alone: the copy is removed once the import is kept
            summary.nothing_changed = _total_changes(connection) - writes <= 1
        except sa.exc.OperationalError as error:
            transaction.rollback()
            if beat.stopped:  # a statement stopped by Cancel
                raise Cancelled() from error
            raise
        except BaseException:
            transaction.rollback()
            raise
        summary.seconds = round(time.perf_counter() - started, 3)
        _finish_batch(connection, summary)
        if request.dry_run or (request.all_or_nothing and summary.rejected):
            transaction.rollback()
            summary.applied = False
            summary.batch_id = None
            summary.message = _refusal(request, summary)
        else:
            transaction.commit()


def _total_changes(connection: Connection) -> int:
    """Rows inserted, updated or deleted so far through this connection (every table)."""
    return int(connection.exec_driver_sql("SELECT total_changes()").scalar_one())


def _settle_backup(engine: Engine, summary: ImportSummary) -> None:
    """Keep the copy taken before an applied import; remove the copy of a rolled back one.

    Only a kept copy may push out an older one: a failed import must not cost the copy taken
    before the last real one. An import that wrote nothing but its batch keeps no copy either:
    there is nothing to go back on.
    """
    if summary.backup_path is None or not engine.url.database:
        return
    if summary.applied and not summary.nothing_changed:
        prune_backups(Path(engine.url.database), BACKUP_REASON)
        return
    # after the commit or the rollback, which it must not undo nor hide: a copy the system
    # will not remove (open in another program on Windows) just stays in the folder
    with contextlib.suppress(OSError):
        discard_backup(Path(summary.backup_path))
    summary.backup_path = None


def _run(
    connection: Connection, request: ImportRequest, items: Iterable[ImportItem],
    summary: ImportSummary,
) -> None:
    summary.batch_id = batch_id = _start_batch(connection, request)
    if request.target == "spend":
        _merge_spend(connection, request, items, summary, batch_id)
    else:
        _merge_suppliers(connection, request, items, summary)
    summary.changes.imports.add(batch_id)


def _merge_suppliers(connection: Connection, request: ImportRequest,
                     items: Iterable[ImportItem], summary: ImportSummary) -> None:
    with indexes_built_after(connection, "counterparty",
                             expected_rows=request.expected_rows) as rebuilt:
        # without its indexes, the table is matched against through keys held in memory
        merger = SupplierMerger(connection, summary, request.source or request.format,
                                keys_in_memory=rebuilt)
        for chunk in _chunks(items, summary):
            merger.merge(chunk)  # it keeps the search index in step itself
        merger.finish()
    summary.changes.counterparties |= merger.changed_ids()


def _merge_spend(connection: Connection, request: ImportRequest,
                 items: Iterable[ImportItem], summary: ImportSummary, batch_id: int) -> None:
    merger = SpendMerger(connection, summary, basis=request.basis,
                         source=request.source or request.format, batch_id=batch_id,
                         default_buyer_id=request.default_buyer_id,
                         new_buyer_role=request.new_buyer_role)
    indexed: set[int] = set()
    for chunk in _chunks(items, summary):
        merger.merge(chunk)
        # index as we go, so that progress keeps moving and the end has no long pause
        _reindex(connection, summary.changes.counterparties - indexed)
        indexed |= summary.changes.counterparties


def _chunks(items: Iterable[ImportItem], summary: ImportSummary) -> Iterator[list[Any]]:
    chunk: list[Any] = []
    for item in items:
        if isinstance(item, RowIssue):
            _count_row_issue(item, summary)
            continue
        chunk.append(item)
        if len(chunk) >= CHUNK_SIZE:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _count_row_issue(issue: RowIssue, summary: ImportSummary) -> None:
    """Count a row read and left aside or refused; a row refused for several reasons once."""
    if issue.severity == SKIPPED:
        summary.skipped_closed += 1
    elif issue.severity == OUT_OF_SCOPE:
        summary.skipped_other += 1
    elif not summary.count_issue(issue):
        return  # a further refusal of a row already counted
    summary.rows += 1


def _reindex(connection: Connection, ids: set[int]) -> None:
    if not ids:
        return
    from srm_inclusif.storage.search_index import reindex_counterparties

    reindex_counterparties(connection, sorted(ids))


def _start_batch(connection: Connection, request: ImportRequest) -> int:
    result = connection.execute(BATCH.insert().values(
        target=request.target, format=request.format,
        file_names=", ".join(request.file_names), started_at=utcnow(), counts={},
    ))
    key = result.inserted_primary_key
    assert key is not None  # a plain INSERT of one row always returns its key
    return int(key[0])


def _finish_batch(connection: Connection, summary: ImportSummary) -> None:
    counts = summary.counts() | {"encoding": summary.encoding, "seconds": summary.seconds}
    if len(summary.files) > 1:  # the batch's format and encoding are the first file's
        counts["files"] = [{"name": read.name, "format": read.format, "encoding": read.encoding}
                           for read in summary.files]
    if summary.nothing_changed:  # no copy kept: there is nothing to go back on
        counts["nothing_changed"] = True
    elif summary.backup_path:  # the copy to go back to the state before this import
        counts["backup"] = Path(summary.backup_path).name
    connection.execute(BATCH.update().where(BATCH.c.id == summary.batch_id).values(
        finished_at=utcnow(), counts=counts))
    for start in range(0, len(summary.issues), ISSUES_WRITTEN):  # a junk file's 300 000
        rows = [{"batch_id": summary.batch_id, "severity": i.severity, "file_name": i.file_name,
                 "line": i.line, "field": i.field, "value": i.value[:2000], "reason": i.reason,
                 "structure_name": i.structure_name[:250], "raw_cells": i.raw_cells}
                for i in summary.issues[start:start + ISSUES_WRITTEN]]
        connection.execute(ISSUE.insert(), rows)


def _refusal(request: ImportRequest, summary: ImportSummary) -> str:
    if request.dry_run:
        return "Simulation : rien n'a été enregistré."
    rejected = counted(summary.rejected, "ligne rejetée", "lignes rejetées")
    return f"{rejected} : avec l'option « tout ou rien », aucune ligne n'a été importée."


def sector_reference(engine: Engine) -> list[tuple[int, str, str, str]]:
    """Reference sectors as ``(id, slug, name, group name)``, to match the files' sector texts."""
    table = table_of(Sector)
    query = sa.select(table.c.id, table.c.slug, table.c.name, table.c.group_name)
    with engine.connect() as connection:
        return [tuple(row) for row in connection.execute(query)]
