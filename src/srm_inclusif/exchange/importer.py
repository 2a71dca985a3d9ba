"""Import supplier directories and spend files.

Plan every file, stream normalised records into the storage merge (one transaction), report progress
at least every 0.2 s and honour Cancel.
"""

from __future__ import annotations

import contextlib
import gc
import threading
import time
from collections.abc import Generator, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.engine import Engine

from srm_inclusif.core.errors import Cancelled
from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP, quoted, translate
from srm_inclusif.core.numbers import grouped
from srm_inclusif.core.progress import Progress
from srm_inclusif.core.sectors import SectorIndex
from srm_inclusif.exchange.archives import left_aside_notes, zip_members
from srm_inclusif.exchange.formats import FORMATS
from srm_inclusif.exchange.import_items import data_lines, positioned_items
from srm_inclusif.exchange.import_worker import HelperItems, items_from_helper, worth_a_helper
from srm_inclusif.exchange.plan import plan_tables
from srm_inclusif.exchange.raw_lines import cells_left_out_note, fill_merge_rejects, mark_read
from srm_inclusif.exchange.reading_labels import ENCODING_LABELS
from srm_inclusif.exchange.records import ReadOptions
from srm_inclusif.exchange.sheet_plans import sheet_notes
from srm_inclusif.exchange.sniff import ImportFormatError
from srm_inclusif.exchange.table_plan import FilePlan, check_mapping
from srm_inclusif.exchange.workdir import import_workdir
from srm_inclusif.storage.services.import_records import (
    REJECTED,
    FileRead,
    ImportItem,
    ImportSummary,
    RowIssue,
)
from srm_inclusif.storage.services.importing import (
    ImportRequest,
    merge_import,
    sector_reference,
)

PROGRESS_INTERVAL = 0.1
NO_FILE = QT_TRANSLATE_NOOP("Errors", "Aucun fichier à importer.")
EMPTY_ARCHIVE = QT_TRANSLATE_NOOP("Errors", "L'archive « {name} » ne contient aucun tableau.")
LEGAL_UNITS_ONLY = QT_TRANSLATE_NOOP(
    "Errors", "{names} : unités légales SIRENE seulement, qui donnent les noms des "
    "établissements et aucun établissement. Ajoutez le fichier des établissements "
    "(StockEtablissement) au même import.")
NOTHING_IMPORTABLE = QT_TRANSLATE_NOOP(
    "Errors", "Aucune ligne importable dans {names} : {rejected}.")
ONE_REJECTED = QT_TRANSLATE_NOOP("Errors", "la seule ligne est rejetée")
ALL_REJECTED = QT_TRANSLATE_NOOP("Errors", "les {count} lignes sont rejetées")


@dataclass
class ImportSettings:
    """What the user chose: target, format, mapping profile, dry run, all or nothing..."""

    target: str = "suppliers"
    format_key: str = "auto"
    profile: dict[str, str] | None = None
    dry_run: bool = False
    all_or_nothing: bool = False
    basis: str = "invoiced"
    read: ReadOptions = field(default_factory=ReadOptions)
    lenient_header: bool = False
    #: Who gets the spend lines without a buyer (None: the workspace's only person, if one).
    default_buyer_id: int | None = None
    #: The role of the people added for the buyers a spend file names that the workspace
    #: lacks; None: nobody added.
    new_buyer_role: str | None = None
    #: Refuse an import whose every line is rejected: nothing written, not even its history
    #: entry (``summary.applied`` False, ``summary.message`` says why). The wizard shows the
    #: simulation first and leaves it off; the command line sets it.
    refuse_nothing_importable: bool = False


def plan_files(paths: Sequence[Path], settings: ImportSettings, workdir: Path) -> list[FilePlan]:
    """Plan every table of the files; raise on unreadable ones.

    A ZIP archive's tables are extracted into ``workdir``; a workbook gives a plan per sheet
    read. SIRENE legal units only name the establishments of another file: they are refused
    when the import has nothing else, whichever files (archives or not) hold them.
    """
    if not paths:
        raise ImportFormatError.of(NO_FILE)
    plans = table_plans(paths, settings, workdir)
    refuse_legal_units_only(plans, paths)
    return plans


def refuse_legal_units_only(plans: Sequence[FilePlan], paths: Sequence[Path]) -> None:
    """Raise when every table of the import is SIRENE legal units (names of no establishment)."""
    if all(plan.is_legal_units for plan in plans):
        raise ImportFormatError.of(LEGAL_UNITS_ONLY, names=", ".join(
            quoted(Path(path).name) for path in paths))


def table_plans(paths: Sequence[Path], settings: ImportSettings, workdir: Path,
                ) -> list[FilePlan]:
    """The plans of the tables of ``paths``, the tables of each archive in its place."""
    plans: list[FilePlan] = []
    for path in paths:
        tables = plan_tables(Path(path), target=settings.target, format_key=settings.format_key,
                             profile=settings.profile, lenient=settings.lenient_header)
        if tables[0].container != "zip":
            plans += tables
            continue
        members = zip_members(Path(path), workdir)
        if not members:
            raise ImportFormatError.of(EMPTY_ARCHIVE, name=Path(path).name)
        archive_plans = table_plans(members, settings, workdir)
        notes = tuple(left_aside_notes([Path(path)]))
        for plan in archive_plans:
            plan.notes = notes + plan.notes
        plans += archive_plans
    return plans


def import_files(
    engine: Engine, paths: Sequence[Path], settings: ImportSettings, *,
    progress: Progress | None = None, cancel: threading.Event | None = None,
) -> ImportSummary:
    """Plan then import files in one go (the command line's path; the wizard plans first)."""
    with import_workdir() as workdir:  # stale folders of killed imports removed first
        plans = plan_files(paths, settings, Path(workdir))
        return run_import(engine, plans, settings, progress=progress, cancel=cancel)


def run_import(
    engine: Engine, plans: list[FilePlan], settings: ImportSettings, *,
    progress: Progress | None = None, cancel: threading.Event | None = None,
) -> ImportSummary:
    """Import planned files (mappings as the user left them) in one transaction."""
    for plan in plans:
        if plan.container != "json":
            check_mapping(plan)
    data = [plan for plan in plans if not plan.is_legal_units]
    lines = sum(data_lines(plan) for plan in data)  # the headers left out
    # each directory record carries its own file's source; the request's is the spend files'
    files, first = [file_read(plan) for plan in plans], file_read(data[0])
    request = ImportRequest(
        target=settings.target, format=first.format,
        file_names=[read.name for read in files], encoding=first.encoding,
        source=FORMATS[first.format].source_name, dry_run=settings.dry_run,
        all_or_nothing=settings.all_or_nothing, basis=settings.basis, expected_rows=lines,
        files=files, default_buyer_id=settings.default_buyer_id,
        new_buyer_role=settings.new_buyer_role,
    )
    kept = _KeptLines()

    def complete_issues(issues: list[RowIssue]) -> None:
        # before the lines the merge rejected get their cells, which hides them
        if kept.none_in(issues) and settings.refuse_nothing_importable:
            request.all_or_nothing = True  # rolled back, its batch and copy with it
        fill_merge_rejects(plans, issues)

    request.complete_issues = complete_issues
    ticker = _Ticker(progress, cancel, lines)
    ticker.beat()  # the bar shows at once
    # a helper starts reading now, while the workspace is backed up
    sectors = SectorIndex(sector_reference(engine))
    positioned: HelperItems | Generator[tuple[int, ImportItem], None, None] = (
        items_from_helper(plans, sectors, settings.read, cancel, waiting=ticker.beat)
        if worth_a_helper(plans) else positioned_items(plans, sectors, settings.read))
    with _collector_paused(), contextlib.closing(positioned):
        summary = merge_import(engine, request, _ticked(positioned, ticker, kept),
                               cancel=cancel, heartbeat=ticker.beat)
    summary.files = files
    name_columns(summary.issues, files)
    # said once each: every table of an archive carries its archive's notes
    summary.notes = [*dict.fromkeys(note for plan in plans for note in plan.notes),
                     *sheet_notes(plans)]
    if left_out := cells_left_out_note(summary.issues):
        summary.notes.append(left_out)
    if summary.rows == 0:
        summary.message = summary.message or "Aucune ligne de données n'a été lue."
    elif kept.none and settings.refuse_nothing_importable:
        summary.message = " ".join(filter(None, (
            nothing_importable_text(files, summary.rejected),
            summary.message if settings.dry_run else "")))
    return summary


def nothing_importable_text(files: Sequence[FileRead], rejected: int) -> str:
    """Why an import keeps no line: « Aucune ligne importable dans « a.csv » : les 30… »."""
    lines = (translate("Errors", ONE_REJECTED) if rejected == 1 else
             translate("Errors", ALL_REJECTED).format(count=grouped(rejected)))
    names = ", ".join(quoted(read.name) for read in files)
    return translate("Errors", NOTHING_IMPORTABLE).format(names=names, rejected=lines)


class _KeptLines:
    """Whether an import keeps any line: the records read, against the lines rejected."""

    def __init__(self) -> None:
        self.records = 0
        self.none = False

    def none_in(self, issues: Sequence[RowIssue]) -> bool:
        """True (and kept in ``none``) when every line is rejected: by the reader or the merge.

        Run before ``fill_merge_rejects``: a refusal of the merge is one without cells (those
        of the reader are marked read, ``mark_read``).
        """
        rejected = [issue for issue in issues if issue.severity == REJECTED]
        by_merge = {(issue.file_name, issue.line) for issue in rejected if issue.raw_cells is None}
        self.none = bool(rejected) and self.records <= len(by_merge)
        return self.none


def file_read(plan: FilePlan) -> FileRead:
    """How a planned file is read: its name, format, encoding and titles as the user knows them."""
    return FileRead(plan.path.name, plan.format,
                    ENCODING_LABELS.get(plan.encoding, plan.encoding), plan.container,
                    column_titles(plan))


def column_titles(plan: FilePlan) -> tuple[tuple[str, str], ...]:
    """Each field the mapping reads from one titled column, and its title: « N° SIRET ».

    A field read from several columns (« Référence client 1 » to « 3 ») has none: its value
    came from them all, the app's label names it. A FINESS file has no header (its column
    names are ours), an API page no columns: none either.
    """
    if plan.format == "finess" or plan.container == "json":
        return ()
    titles: dict[str, list[str]] = {}
    for index, key in sorted(plan.mapping.items()):
        titles.setdefault(key, []).append(
            plan.headers[index].strip() if index < len(plan.headers) else "")
    return tuple((key, names[0]) for key, names in titles.items()
                 if len(names) == 1 and names[0])


def name_columns(issues: Iterable[RowIssue], files: Sequence[FileRead]) -> None:
    """Give each remark the title of its file's column its field was read from, if any."""
    columns = {read.name: dict(read.columns) for read in files}
    for issue in issues:
        issue.column = columns.get(issue.file_name, {}).get(issue.field, "")


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cycle collector for the import (restored after, whatever happens).

    A big file allocates hundreds of thousands of small records and dicts that stay alive until
    their chunk is written; the collector would rescan that growing heap again and again (10 to
    20 % of the import's CPU) to find no cycles: reference counting frees them all anyway.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


class _Ticker:
    """Reports progress at most every 0.1 s and raises ``Cancelled`` when asked to stop.

    Between items (while a long statement runs, or the helper starts) ``beat`` reports the
    position reached again, so that the reports keep coming. ``beat`` is also called from the
    import's pulse thread: one report at a time, the other caller skips it.
    """

    #: Items between two looks at the clock and at Cancel (a fraction of a millisecond).
    EVERY = 128

    def __init__(self, progress: Progress | None, cancel: threading.Event | None,
                 total: int) -> None:
        self.progress, self.cancel, self.total = progress, cancel, total
        self.last = 0.0
        self.done = 0
        self.reporting = threading.Lock()

    def tick(self, done: int) -> None:
        if self.cancel is not None and self.cancel.is_set():
            raise Cancelled()
        self.done = done
        self.beat()

    def beat(self) -> bool:
        """Report the position reached if it is time to; True when Cancel was pressed."""
        now = time.monotonic()
        if (self.progress is not None and now - self.last >= PROGRESS_INTERVAL
                and self.reporting.acquire(blocking=False)):
            try:
                self.last = now
                self.progress(min(self.done, self.total), self.total)
            finally:
                self.reporting.release()
        return self.cancel is not None and self.cancel.is_set()

    def finish(self) -> None:
        if self.cancel is not None and self.cancel.is_set():
            raise Cancelled()
        with self.reporting:  # after any report the pulse thread is making
            self.done = self.total
            if self.progress is not None:
                self.progress(self.total, self.total)


def _ticked(positioned: Iterable[tuple[int, ImportItem]], ticker: _Ticker, kept: _KeptLines,
            ) -> Iterator[ImportItem]:
    """The items, progress told on the way; each refusal read marked so (``mark_read``).

    The records are counted in ``kept``.
    """
    for count, (position, item) in enumerate(positioned, start=1):
        if not count % ticker.EVERY:
            ticker.tick(position)
        if type(item) is RowIssue:
            mark_read(item)
        else:
            kept.records += 1
        yield item
    ticker.finish()
