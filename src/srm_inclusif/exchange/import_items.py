"""The items of an import, in file order: normalised records and row issues of planned files.

Free of Qt and SQLAlchemy, so that a helper process can read a big file (see ``import_worker``).
"""

from __future__ import annotations

import itertools
from collections.abc import Generator, Iterable, Iterator
from functools import partial
from typing import Any, Literal, overload

from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP
from srm_inclusif.core.normalise import clean_text
from srm_inclusif.core.sectors import SectorIndex
from srm_inclusif.exchange.adapters import LegalUnits, adapter_for
from srm_inclusif.exchange.formats import FORMATS
from srm_inclusif.exchange.marche_api import iter_structures
from srm_inclusif.exchange.raw_lines import KeptLines
from srm_inclusif.exchange.records import ReadOptions, RecordBuilder
from srm_inclusif.exchange.records_batch import (
    batch_supported,
    build_suppliers,
    supplier_rows,
)
from srm_inclusif.exchange.spend_records import spend_record
from srm_inclusif.exchange.table_plan import FilePlan
from srm_inclusif.exchange.tabular import FlaggedCells, LineRead, MalformedLine, Row, excerpt
from srm_inclusif.exchange.text_limits import SHORTEST, cut_remarks
from srm_inclusif.storage.services.import_records import (
    FLAGGED,
    REJECTED,
    SKIPPED,
    ImportItem,
    RowIssue,
    SpendRecord,
    SupplierRecord,
    supplier_record,
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
# A purchase line with more values than its header: a separator inside a value has moved the
# values past it, an amount's decimal comma in a comma-separated file (« 1 200,50 » read as
# « 1 200 » and « 50 »). Imported, its amount would be wrong: it is rejected.
SPLIT_PURCHASE = QT_TRANSLATE_NOOP(
    "ImportReasons", "{count} valeurs pour {columns} colonnes : un séparateur dans une valeur "
    "(la virgule d'un montant ?) décale les colonnes ; ligne rejetée pour ne pas enregistrer un "
    "montant faux. Dans le tableur d'origine, enregistrez le fichier avec le point-virgule comme "
    "séparateur, ou les montants entre guillemets.")
RECODED_LINE = QT_TRANSLATE_NOOP(
    "ImportReasons", "Ligne en Windows-1252 dans un fichier UTF-8 : vérifiez ses accents.")
UTF8_LINE = QT_TRANSLATE_NOOP(
    "ImportReasons", "Ligne en UTF-8 dans un fichier Windows-1252 : vérifiez ses accents.")
CONTROLS_SPACED = QT_TRANSLATE_NOOP(
    "ImportReasons", "Caractères de contrôle (saut de ligne dans une cellule ?) remplacés par des "
    "espaces : vérifiez la ligne.")
#: The reasons above, read back by the UI (they have parts filled in).
SHIFTED_LINE_REASONS = (FEW_VALUES, ONE_VALUE, EXTRA_VALUES, ONE_EXTRA_VALUE,
                        SPLIT_PURCHASE)
#: The field a malformed line is reported under (the whole line).
LINE_FIELD = "line"
#: The field a line read in another encoding than its file is reported under.
ENCODING_FIELD = "encoding"
#: Rows normalised together on the column path (a few milliseconds of work per block).
BATCH_ROWS = 1000


@overload
def positioned_items(
    plans: list[FilePlan], sectors: SectorIndex, read: ReadOptions, *,
    as_values: Literal[False] = False,
) -> Generator[tuple[int, ImportItem], None, None]: ...


@overload
def positioned_items(
    plans: list[FilePlan], sectors: SectorIndex, read: ReadOptions, *, as_values: Literal[True]
) -> Generator[tuple[int, ImportItem | tuple[Any, ...]], None, None]: ...


def positioned_items(
    plans: list[FilePlan], sectors: SectorIndex, read: ReadOptions, *, as_values: bool = False
) -> Generator[tuple[int, ImportItem | tuple[Any, ...]], None, None]:
    """(position, item) of every data row; the position counts the data lines read so far.

    SIRENE legal-unit files are read first (they only give names to the establishments).
    ``as_values``: the supplier records read column by column come as the tuples of their
    values (``supplier_record`` makes them records), as a helper process sends them. The
    import's first rejected lines keep their cells (``raw_lines``).
    """
    units = LegalUnits()
    kept = KeptLines()
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
        # positions count data lines: the header line and the lines above it are left out
        yield from _plan_items(plan, builder, units, offset - plan.header_line, as_values,
                               kept)
        offset += data_lines(plan)


def data_lines(plan: FilePlan) -> int:
    """The lines of a file below its header (its data, as an import's progress counts them)."""
    return max(plan.line_count - plan.header_line, 0)


def _plan_items(
    plan: FilePlan, builder: RecordBuilder, units: LegalUnits, offset: int, as_values: bool,
    kept: KeptLines,
) -> Iterator[tuple[int, ImportItem | tuple[Any, ...]]]:
    """(offset + line in the file, item) of the rows of one file."""
    if plan.container == "json":
        for position, values, active in iter_structures(plan.path, plan.encoding):
            if not active:
                yield offset + position, RowIssue(plan.path.name, position, "is_active",
                                                  "false", INACTIVE, SKIPPED,
                                                  clean_text(values.get("name")) or "")
            else:
                yield offset + position, with_cut_texts(
                    plan, position, values, builder.supplier(position, values))
        return
    adapter = adapter_for(plan.format, units)
    if (adapter is None and plan.target == "suppliers" and plan.container == "text"
            and batch_supported(plan.mapping)):
        yield from _batched_suppliers(plan, builder, offset, as_values, kept)
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
                yield offset + line, with_rejected_cells(plan, cells, adapted, kept)
                continue
            values = adapted
        built = with_cut_texts(plan, line, values, build(line, values))
        if adapter is None and (remark := shifted_line(plan, line, cells)):
            built = with_remark(built, remark)
        if type(cells) is FlaggedCells:
            built = flagged_line(plan, line, cells, built)
        built = with_rejected_cells(plan, cells, built, kept)
        if isinstance(built, list):  # every refusal of a rejected line, each its own issue
            yield from ((offset + line, refusal) for refusal in built)
        else:
            yield offset + line, built


def _batched_suppliers(
    plan: FilePlan, builder: RecordBuilder, offset: int, as_values: bool, kept: KeptLines
) -> Iterator[tuple[int, ImportItem | tuple[Any, ...]]]:
    """Delimited text rows normalised a block at a time, column by column (big files)."""
    rows = plan.rows()
    while block := list(itertools.islice(rows, BATCH_ROWS)):
        rejected: list[RowIssue] = []
        well_formed = list(_well_formed(plan, block, rejected))
        items: list[Any] = (supplier_rows if as_values else build_suppliers)(
            builder, well_formed, plan.mapping)
        if any(len(cells) != len(plan.headers) for _line, cells in well_formed):  # rare
            items = [with_remark(_record(item), remark)
                     if (remark := shifted_line(plan, line, cells)) else item
                     for (line, cells), item in zip(well_formed, items, strict=True)]
        for index in [i for i, (_line, cells) in enumerate(well_formed)
                      if max(map(len, cells), default=0) > SHORTEST[plan.target]]:  # rare
            line, cells = well_formed[index]
            items[index] = with_cut_texts(plan, line, plan.mapped_values(cells),
                                          _record(items[index]))
        if ((plan.recoded_lines or plan.stray_lines)
                and any(type(cells) is FlaggedCells for _l, cells in well_formed)):
            items = [flagged_line(plan, line, cells, _record(item))
                     if type(cells) is FlaggedCells else item
                     for (line, cells), item in zip(well_formed, items, strict=True)]
        if rejected:  # rare: each back at its place in the file
            built, issues = iter(items), iter(rejected)
            items = [next(issues) if isinstance(cells, MalformedLine) else next(built)
                     for _line, cells in block]
        for (line, read), item in zip(block, items, strict=True):
            if isinstance(item, list | RowIssue) and not isinstance(read, MalformedLine):
                with_rejected_cells(plan, read, item, kept)  # rare: a rejected line's cells
            if isinstance(item, list):
                yield from ((offset + line, issue) for issue in item)
            else:
                yield offset + line, item


def with_rejected_cells(plan: FilePlan, cells: list[Any], built: Any, kept: KeptLines) -> Any:
    """``built``, its line's cells kept on its first refusal when the line is rejected.

    Only a rejected line keeps them (the user fixes and imports it again), and only the first
    ones of the import (``kept``): a record or a flagged line keeps none, so that a big file's
    import stays light.
    """
    first = built[0] if isinstance(built, list) and built else built
    if isinstance(first, RowIssue) and first.severity == REJECTED:
        first.raw_cells = kept.cells(plan.headers, cells)
    return built


def with_cut_texts(plan: FilePlan, line: int, values: dict[str, Any], built: Any) -> Any:
    """``built`` with a remark per value cut to its field's length (on a record only).

    A rejected line keeps its refusals alone: nothing of it is stored.
    """
    if isinstance(built, SupplierRecord | SpendRecord):
        name = built.name if isinstance(built, SupplierRecord) else built.supplier_name or ""
        built.flags.extend(cut_remarks(plan.path.name, line, values, plan.target, name))
    return built


def _record(item: ImportItem | tuple[Any, ...]) -> ImportItem:
    """The record of a record's values; any other item as it is."""
    return supplier_record(item) if type(item) is tuple else item  # type: ignore[return-value]


def _well_formed(plan: FilePlan, rows: Iterable[LineRead], rejected: list[RowIssue]
                 ) -> Iterator[Row]:
    """The rows that have cells; each malformed line goes to ``rejected``."""
    for line, cells in rows:
        if isinstance(cells, MalformedLine):
            rejected.append(rejected_line(plan.path.name, line, cells))
        else:
            yield line, cells


def rejected_line(file_name: str, line: int, malformed: MalformedLine) -> RowIssue:
    """The report's entry for a line read as no cells (no name read): rejected, or left aside."""
    return RowIssue(file_name, line, LINE_FIELD, malformed.text, malformed.reason,
                    malformed.severity)


def shifted_line(plan: FilePlan, line: int, cells: list[Any]) -> RowIssue | None:
    """The remark on a text line with fewer or more values than its header has columns.

    Its values may sit under the wrong columns. Empty cells after the last column (a separator
    at the end of the line) are no value; neither are columns without a header at the end. A
    purchase line with more values is rejected (``SPLIT_PURCHASE``): its amount may be cut.
    """
    if plan.container != "text" or len(cells) == len(plan.headers):
        return None
    columns = _named_columns(plan.headers)
    count = len(cells)
    while count > columns and not str(cells[count - 1]).strip():
        count -= 1
    if count == columns:
        return None
    severity = FLAGGED
    if count < columns:
        reason = (ONE_VALUE if count == 1 else FEW_VALUES).format(count=count, columns=columns)
    elif plan.target == "spend":
        reason, severity = SPLIT_PURCHASE.format(count=count, columns=columns), REJECTED
    else:
        reason = (ONE_EXTRA_VALUE if count == columns + 1 else EXTRA_VALUES).format(
            count=count, columns=columns, extra=count - columns)
    text = excerpt(plan.delimiter.join(str(cell) for cell in cells))
    return RowIssue(plan.path.name, line, LINE_FIELD, text, reason, severity)


def flagged_line(plan: FilePlan, line: int, cells: FlaggedCells,
                 built: SupplierRecord | SpendRecord | RowIssue | list[RowIssue],
                 ) -> SupplierRecord | SpendRecord | RowIssue | list[RowIssue]:
    """``built`` with the remarks on its line: read in another encoding, control characters spaced.

    A line read in another encoding than its file's may have wrong accents; a line whose control
    characters read as spaces may have lost a line break inside a cell.
    """
    text = excerpt(plan.delimiter.join(str(cell) for cell in cells))
    if cells.controls:
        built = with_remark(built, RowIssue(plan.path.name, line, LINE_FIELD, text,
                                            CONTROLS_SPACED, FLAGGED), may_explain=False)
    if cells.recoded:
        built = with_remark(built, RowIssue(plan.path.name, line, ENCODING_FIELD, text,
                                            RECODED_LINE if plan.encoding.startswith("utf")
                                            else UTF8_LINE, FLAGGED), may_explain=False)
    return built


def _named_columns(headers: list[str]) -> int:
    """The columns of a header up to its last named one."""
    count = len(headers)
    while count and not headers[count - 1]:
        count -= 1
    return count


def with_remark(built: SupplierRecord | SpendRecord | RowIssue | list[RowIssue],
                remark: RowIssue, *, may_explain: bool = True,
                ) -> SupplierRecord | SpendRecord | list[RowIssue]:
    """A record with ``remark`` first among its flags; a rejected line with it too.

    A remark that rejects (``SPLIT_PURCHASE``) makes a record a line rejected for it alone.

    On a rejected line the remark says the line is rejected too (a line is counted once). It
    comes first when it ``may_explain`` the refusal (values under the wrong columns), after the
    refusals otherwise: « vérifiez ses accents » first read as the reason of the rejection.
    """
    if isinstance(built, SupplierRecord | SpendRecord):
        remark.structure_name = built.name if isinstance(built, SupplierRecord) else (
            built.supplier_name or "")
        if remark.severity == REJECTED:  # the line's values cannot be trusted
            return [remark]
        built.flags.insert(0, remark)
        return built
    refusals = built if isinstance(built, list) else [built]
    remark.severity = REJECTED
    remark.structure_name = refusals[0].structure_name if refusals else ""
    return [remark, *refusals] if may_explain else [*refusals, remark]
