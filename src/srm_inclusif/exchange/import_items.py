"""The items of an import, in file order: normalised records and row issues of planned files.

Free of Qt and SQLAlchemy, so that a helper process can read a big file (see ``import_worker``).
"""

from __future__ import annotations

import itertools
from collections.abc import Generator, Iterable, Iterator
from functools import partial
from typing import Any

from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP
from srm_inclusif.core.normalise import clean_text
from srm_inclusif.exchange.adapters import LegalUnits, adapter_for
from srm_inclusif.exchange.formats import FORMATS
from srm_inclusif.exchange.marche_api import iter_structures
from srm_inclusif.exchange.plan import FilePlan
from srm_inclusif.exchange.records import ReadOptions, RecordBuilder, SectorIndex
from srm_inclusif.exchange.records_batch import batch_supported, build_suppliers
from srm_inclusif.exchange.spend_records import spend_record
from srm_inclusif.exchange.tabular import LineRead, MalformedLine, Row, excerpt
from srm_inclusif.storage.services.import_records import (
    FLAGGED,
    REJECTED,
    SKIPPED,
    ImportItem,
    RowIssue,
    SpendRecord,
    SupplierRecord,
)

INACTIVE = QT_TRANSLATE_NOOP("ImportReasons", "Structure inactive : ignorée.")
# Why a text line with fewer or more cells than the header is flagged: its values may have
# moved to the next columns (a separator added or lost in a cell).
FEW_VALUES = QT_TRANSLATE_NOOP(
    "ImportReasons", "{count} valeurs pour {columns} colonnes : valeurs peut-être décalées, à "
    "vérifier.")
ONE_VALUE = QT_TRANSLATE_NOOP(
    "ImportReasons", "1 seule valeur pour {columns} colonnes : valeur peut-être mal placée, à "
    "vérifier.")
EXTRA_VALUES = QT_TRANSLATE_NOOP(
    "ImportReasons", "{count} valeurs pour {columns} colonnes : les {extra} dernières sont "
    "ignorées.")
ONE_EXTRA_VALUE = QT_TRANSLATE_NOOP(
    "ImportReasons", "{count} valeurs pour {columns} colonnes : la dernière est ignorée.")
#: The reasons above, read back by the UI (they have parts filled in).
SHIFTED_LINE_REASONS = (FEW_VALUES, ONE_VALUE, EXTRA_VALUES, ONE_EXTRA_VALUE)
#: The field a malformed line is reported under (the whole line).
LINE_FIELD = "line"
#: Rows normalised together on the column path (a few milliseconds of work per block).
BATCH_ROWS = 1000


def positioned_items(
    plans: list[FilePlan], sectors: SectorIndex, read: ReadOptions
) -> Generator[tuple[int, ImportItem], None, None]:
    """(position, item) of every data row; the position counts the lines read so far.

    SIRENE legal-unit files are read first (they only give names to the establishments).
    """
    units = LegalUnits()
    for plan in plans:
        if plan.is_legal_units:
            rejected: list[RowIssue] = []
            units.add_rows(plan.headers, _well_formed(plan, plan.rows(), rejected))
            yield from ((0, issue) for issue in rejected)
    offset = 0
    for plan in plans:
        if plan.is_legal_units:
            continue
        builder = RecordBuilder(plan.path.name, sectors, read, FORMATS.get(plan.format))
        yield from _plan_items(plan, builder, units, offset)
        offset += plan.line_count


def _plan_items(
    plan: FilePlan, builder: RecordBuilder, units: LegalUnits, offset: int
) -> Iterator[tuple[int, ImportItem]]:
    """(offset + line in the file, item) of the rows of one file."""
    if plan.container == "json":
        for position, values, active in iter_structures(plan.path, plan.encoding):
            if not active:
                yield offset + position, RowIssue(plan.path.name, position, "is_active",
                                                  "false", INACTIVE, SKIPPED,
                                                  clean_text(values.get("name")) or "")
            else:
                yield offset + position, builder.supplier(position, values)
        return
    adapter = adapter_for(plan.format, units)
    if (adapter is None and plan.target == "suppliers" and plan.container == "text"
            and batch_supported(plan.mapping)):
        yield from _batched_suppliers(plan, builder, offset)
        return
    build = partial(spend_record, builder) if plan.target == "spend" else builder.supplier
    for line, cells in plan.rows():
        if isinstance(cells, MalformedLine):
            yield offset + line, rejected_line(plan.path.name, line, cells)
            continue
        values = plan.mapped_values(cells)
        if adapter is not None:
            adapted = adapter(plan.path.name, line, values)
            if adapted is None:
                continue
            if isinstance(adapted, RowIssue):
                yield offset + line, adapted
                continue
            values = adapted
        built = build(line, values)
        if adapter is None and (remark := shifted_line(plan, line, cells)):
            built = with_remark(built, remark)
        if isinstance(built, list):  # every refusal of a rejected line, each its own issue
            yield from ((offset + line, refusal) for refusal in built)
        else:
            yield offset + line, built


def _batched_suppliers(
    plan: FilePlan, builder: RecordBuilder, offset: int
) -> Iterator[tuple[int, ImportItem]]:
    """Delimited text rows normalised a block at a time, column by column (big files)."""
    rows = plan.rows()
    while block := list(itertools.islice(rows, BATCH_ROWS)):
        rejected: list[RowIssue] = []
        well_formed = list(_well_formed(plan, block, rejected))
        items: list[ImportItem | list[RowIssue]] = [
            *build_suppliers(builder, well_formed, plan.mapping)]
        if any(len(cells) != len(plan.headers) for _line, cells in well_formed):  # rare
            items = [with_remark(item, remark) if (remark := shifted_line(plan, line, cells))
                     else item for (line, cells), item in zip(well_formed, items, strict=True)]
        if rejected:  # rare: each back at its place in the file
            built, issues = iter(items), iter(rejected)
            items = [next(issues) if isinstance(cells, MalformedLine) else next(built)
                     for _line, cells in block]
        for line, item in zip([offset + line for line, _cells in block], items, strict=True):
            if isinstance(item, list):
                yield from ((line, issue) for issue in item)
            else:
                yield line, item


def _well_formed(plan: FilePlan, rows: Iterable[LineRead], rejected: list[RowIssue]
                 ) -> Iterator[Row]:
    """The rows that have cells; each malformed line goes to ``rejected``."""
    for line, cells in rows:
        if isinstance(cells, MalformedLine):
            rejected.append(rejected_line(plan.path.name, line, cells))
        else:
            yield line, cells


def rejected_line(file_name: str, line: int, malformed: MalformedLine) -> RowIssue:
    """The report's entry for a text line that cannot be split into cells (no name read)."""
    return RowIssue(file_name, line, LINE_FIELD, malformed.text, malformed.reason, REJECTED)


def shifted_line(plan: FilePlan, line: int, cells: list[Any]) -> RowIssue | None:
    """The remark on a text line with fewer or more values than its header has columns.

    Its values may sit under the wrong columns. Empty cells after the last column (a separator
    at the end of the line) are no value; neither are columns without a header at the end.
    """
    if plan.container != "text" or len(cells) == len(plan.headers):
        return None
    columns = _named_columns(plan.headers)
    count = len(cells)
    while count > columns and not str(cells[count - 1]).strip():
        count -= 1
    if count == columns:
        return None
    if count < columns:
        reason = (ONE_VALUE if count == 1 else FEW_VALUES).format(count=count, columns=columns)
    else:
        reason = (ONE_EXTRA_VALUE if count == columns + 1 else EXTRA_VALUES).format(
            count=count, columns=columns, extra=count - columns)
    text = excerpt(plan.delimiter.join(str(cell) for cell in cells))
    return RowIssue(plan.path.name, line, LINE_FIELD, text, reason, FLAGGED)


def _named_columns(headers: list[str]) -> int:
    """The columns of a header up to its last named one."""
    count = len(headers)
    while count and not headers[count - 1]:
        count -= 1
    return count


def with_remark(built: SupplierRecord | SpendRecord | RowIssue | list[RowIssue],
                remark: RowIssue) -> SupplierRecord | SpendRecord | list[RowIssue]:
    """A record with ``remark`` first among its flags; a rejected line with it first.

    On a rejected line the remark says the line is rejected too (a line is counted once).
    """
    if isinstance(built, SupplierRecord | SpendRecord):
        remark.structure_name = built.name if isinstance(built, SupplierRecord) else (
            built.supplier_name or "")
        built.flags.insert(0, remark)
        return built
    refusals = built if isinstance(built, list) else [built]
    remark.severity = REJECTED
    remark.structure_name = refusals[0].structure_name if refusals else ""
    return [remark, *refusals]
