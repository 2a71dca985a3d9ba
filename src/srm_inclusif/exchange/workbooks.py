"""Read the sheets of a workbook (XLSX, XLS, ODS) as rows of cells, merged cells filled."""

from __future__ import annotations

import contextlib
import itertools
import os
import re
import zipfile
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any, Protocol

from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP
from srm_inclusif.exchange.sniff import ImportFormatError
from srm_inclusif.exchange.tabular import Row

#: A sheet of a workbook: its name and its first rows.
SheetHead = tuple[str, list[Row]]
UNREADABLE_WORKBOOK = QT_TRANSLATE_NOOP(
    "Errors", "Le classeur « {name} » est illisible : fichier endommagé ou d'un format non pris "
    "en charge.")
NO_SHEET = QT_TRANSLATE_NOOP("Errors", "Le classeur ne contient aucune feuille.")


def workbook_heads(path: Path, container: str, count: int) -> list[SheetHead]:
    """The name and first ``count`` rows of every sheet of a workbook, in the workbook's order."""
    with _open_workbook(path, container) as book:
        return [(name, list(itertools.islice(book.rows(name), count))) for name in book.names]


def iter_workbook(path: Path, container: str, sheet: str = "") -> Iterator[Row]:
    """Rows of the sheet ``sheet`` of a workbook (the first when empty).

    Each merged range reads as its first cell's value in all its cells: a ``Type`` typed once
    over three rows is the type of the three.
    """
    with _open_workbook(path, container) as book:
        yield from book.rows(sheet or book.names[0])


class _Workbook(Protocol):
    """An open workbook: its sheets' names, and the rows of each (merged cells filled)."""

    names: list[str]

    def rows(self, name: str) -> Iterator[Row]: ...

    def close(self) -> None: ...


@contextlib.contextmanager
def _open_workbook(path: Path, container: str) -> Iterator[_Workbook]:
    book: _Workbook = (_XlsxBook(path) if container == "xlsx" else
                       _XlsBook(path) if container == "xls" else _OdsBook(path))
    try:
        if not book.names:
            raise ImportFormatError.of(NO_SHEET)
        yield book
    finally:
        book.close()


class _XlsxBook:
    """An XLSX workbook read row by row (openpyxl's read-only mode: a big file is never whole).

    Read-only sheets do not give their merged ranges: ``_xlsx_merges`` reads them from the sheet's
    XML.
    """

    def __init__(self, path: Path) -> None:
        import openpyxl

        try:
            self._book = openpyxl.load_workbook(path, read_only=True, data_only=True)
        except Exception as error:  # openpyxl raises many kinds on damaged files
            raise ImportFormatError.of(UNREADABLE_WORKBOOK, name=path.name) from error
        self._path = path
        self.names = [sheet.title for sheet in self._book.worksheets]  # no chart sheets

    def rows(self, name: str) -> Iterator[Row]:
        sheet = self._book[name]
        # where the sheet's XML is in the archive: openpyxl keeps it, but only privately
        merges = _MergedRanges(_xlsx_merges(self._path, sheet._worksheet_path))
        rows = _read_or_refuse(sheet.iter_rows(values_only=True), self._path.name)
        for number, values in enumerate(rows, start=1):
            yield number, merges.fill(number, [cell_value(v) for v in values])

    def close(self) -> None:
        self._book.close()


def _read_or_refuse(rows: Iterable[Any], name: str) -> Iterator[Any]:
    """``rows``, a sheet damaged past its start (cut short...) refused as an unreadable workbook.

    Only the reading is watched (zipfile, zlib and XML raise many kinds): the caller's work on
    each row runs outside this generator.
    """
    try:
        yield from rows
    except Exception as error:  # noqa: BLE001 - openpyxl lets each layer's error through
        raise ImportFormatError.of(UNREADABLE_WORKBOOK, name=name) from error


#: Bytes of a sheet's XML read at a time while looking for its merged ranges.
_XML_BLOCK = 1 << 20
_MERGE_REF = re.compile(rb"""<(?:[\w.-]+:)?mergeCell\b[^>]*?\bref\s*=\s*["']([^"']+)["']""")


def _xlsx_merges(path: Path, part: str) -> list[tuple[int, int, int, int]]:
    """The merged ranges of a sheet (``part``: its XML in the archive) as openpyxl bounds.

    They follow the cells in the XML: the cells are read a block at a time and let go, only
    what follows the first ``mergeCell`` is kept. A damaged sheet gives none here: reading its
    rows refuses it, as far as they are read (a preview reads the first ones only).
    """
    from openpyxl.utils.cell import range_boundaries

    try:
        with zipfile.ZipFile(path) as archive, archive.open(part.lstrip("/")) as source:
            section = _merge_section(source)
    except Exception:  # noqa: BLE001 - zipfile and zlib raise many kinds
        return []
    bounds = (range_boundaries(ref.decode("ascii", "replace"))
              for ref in _MERGE_REF.findall(section))
    return [bound for bound in bounds if None not in bound]


def _merge_section(source: IO[bytes]) -> bytes:
    """The sheet's XML from its first ``mergeCell`` on; empty without any.

    That first one is the ``<mergeCells>`` list: each range's tag comes whole after it. The end
    of each block is kept with the next, so that the word cut between two is found.
    """
    word = b"mergeCell"
    kept = b""
    while chunk := source.read(_XML_BLOCK):
        block = kept + chunk
        if (start := block.find(word)) >= 0:
            return block[start:] + source.read()
        kept = block[-len(word):]
    return b""


class _MergedRanges:
    """Fills the cells of merged ranges with the value of each range's first cell, row by row.

    ``bounds``: (first column, first row, last column, last row) of each range, from 1. Rows
    come in order from the first.
    """

    def __init__(self, bounds: Iterable[tuple[int, int, int, int]]) -> None:
        self._by_top: dict[int, list[tuple[int, int, int]]] = {}
        for left, top, right, bottom in bounds:
            self._by_top.setdefault(top, []).append((left, right, bottom))
        self._open: list[tuple[int, int, int, Any]] = []

    def fill(self, number: int, cells: list[Any]) -> list[Any]:
        """``cells`` of row ``number``, those under a merged range given its value."""
        if not self._by_top and not self._open:
            return cells
        for left, right, bottom in self._by_top.pop(number, ()):
            value = cells[left - 1] if left <= len(cells) else ""
            self._open.append((left, right, bottom, value))
        for left, right, _bottom, value in self._open:
            cells.extend([""] * (right - len(cells)))
            cells[left - 1:right] = [value] * (right - left + 1)
        self._open = [merged for merged in self._open if merged[2] > number]
        return cells


class _XlsBook:
    """A legacy Excel workbook; xlrd's warnings (English, on the output) are silenced."""

    def __init__(self, path: Path) -> None:
        import xlrd

        self._path = path
        # xlrd writes its warnings on a damaged file to standard output: the CLI's JSON too
        self._log = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - closed by close
        try:
            self._book = xlrd.open_workbook(str(path), on_demand=True, formatting_info=True,
                                            logfile=self._log)
        except Exception as error:  # xlrd raises XLRDError, CompDocError...
            self._log.close()
            raise ImportFormatError.of(UNREADABLE_WORKBOOK, name=path.name) from error
        self.names = self._book.sheet_names()

    def rows(self, name: str) -> Iterator[Row]:
        try:
            sheet = self._book.sheet_by_name(name)
        except Exception as error:  # noqa: BLE001 - a sheet cut short: xlrd raises many kinds
            raise ImportFormatError.of(UNREADABLE_WORKBOOK, name=self._path.name) from error
        # xlrd's ranges are from 0, their ends excluded
        merges = _MergedRanges((first_column + 1, first_row + 1, end_column, end_row)
                               for first_row, end_row, first_column, end_column
                               in sheet.merged_cells)
        for index in range(sheet.nrows):
            yield index + 1, merges.fill(index + 1, [_xls_value(cell, self._book.datemode)
                                                     for cell in sheet.row(index)])

    def close(self) -> None:
        self._book.release_resources()
        self._log.close()


def _xls_value(cell: Any, datemode: int) -> Any:
    import xlrd

    if cell.ctype == xlrd.XL_CELL_DATE:
        return xlrd.xldate.xldate_as_datetime(cell.value, datemode)
    return cell_value(cell.value)


class _OdsBook:
    """An OpenDocument workbook, read whole by pandas (merged cells are not filled)."""

    def __init__(self, path: Path) -> None:
        import pandas as pd

        try:
            self._frames = pd.read_excel(path, engine="odf", header=None, dtype=object,
                                         sheet_name=None)
        except Exception as error:  # odfpy / pandas raise many kinds on damaged files
            raise ImportFormatError.of(UNREADABLE_WORKBOOK, name=path.name) from error
        self.names = list(self._frames)

    def rows(self, name: str) -> Iterator[Row]:
        import pandas as pd

        for index, values in enumerate(self._frames[name].itertuples(index=False), start=1):
            yield index, [None if pd.isna(v) else cell_value(v) for v in values]

    def close(self) -> None:
        self._frames = {}


def cell_value(value: Any) -> Any:
    """A workbook cell as text, except dates; ``75001.0`` → ``75001``."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Oui" if value else "Non"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime | date):
        return value
    return str(value)
