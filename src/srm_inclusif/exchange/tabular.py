"""Stream the rows of a CSV, XLSX, XLS or ODS file as ``(line number in the file, cells)``."""

from __future__ import annotations

import csv
import sys
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP
from srm_inclusif.exchange.sniff import ImportFormatError

Row = tuple[int, list[Any]]
GIANT_CELL = QT_TRANSLATE_NOOP(
    "Errors", "« {name} », ligne {line} : cellule démesurée, le fichier ne semble pas être un "
    "tableau.")
OPEN_QUOTE = QT_TRANSLATE_NOOP(
    "Errors", "« {name} », ligne {line} : guillemet ouvert jamais refermé (le fichier se termine "
    "avant le guillemet fermant). Ajoutez le guillemet fermant ou retirez l'ouvrant, puis "
    "recommencez.")
TEXT_AFTER_QUOTE = QT_TRANSLATE_NOOP(
    "Errors", "« {name} », ligne {line} : une cellule commence par un guillemet, mais du texte "
    "suit le guillemet qui la ferme. Mettez toute la cellule entre guillemets ou retirez-les, "
    "puis recommencez.")
MALFORMED_LINE = QT_TRANSLATE_NOOP(
    "Errors", "« {name} », ligne {line} : ligne mal formée, illisible comme une ligne de "
    "tableau. Corrigez-la puis recommencez.")
UNREADABLE_WORKBOOK = QT_TRANSLATE_NOOP(
    "Errors", "Le classeur « {name} » est illisible : fichier endommagé ou d'un format non pris "
    "en charge.")
NO_SHEET = QT_TRANSLATE_NOOP("Errors", "Le classeur ne contient aucune feuille.")
#: Longest cell accepted (a longer one means a runaway quote or junk).
MAX_FIELD = 1_000_000

csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


def iter_csv(path: Path, encoding: str, delimiter: str) -> Iterator[Row]:
    """Rows of a delimited text file; a quote left open or a giant cell stops with a clear error."""
    errors = "strict" if encoding.startswith("utf") else "replace"
    with path.open("r", encoding=encoding, errors=errors, newline="") as handle:
        reader = csv.reader(handle, delimiter=delimiter, strict=True)
        start = 1
        try:
            for cells in reader:
                if len(cells) == 1 and len(cells[0]) > MAX_FIELD:
                    raise ImportFormatError.of(GIANT_CELL, name=path.name, line=start)
                yield start, cells
                start = reader.line_num + 1
        except csv.Error as error:
            raise _malformed(path, error, start, reader.line_num) from error


def _malformed(path: Path, error: csv.Error, start: int, line: int) -> ImportFormatError:
    """The French message of a line the csv module cannot split (its own text is English).

    ``start`` is the line the record began on, ``line`` the one being read when it failed.
    """
    reason = str(error)
    if "unexpected end of data" in reason:  # the end of the file inside quotes
        return ImportFormatError.of(OPEN_QUOTE, name=path.name, line=start)
    if "expected after" in reason:  # ``"ESAT" du Lac;...``
        return ImportFormatError.of(TEXT_AFTER_QUOTE, name=path.name, line=line)
    return ImportFormatError.of(MALFORMED_LINE, name=path.name, line=line)


def iter_workbook(path: Path, container: str) -> Iterator[Row]:
    """Rows of the data sheet of a workbook (``Structures`` when present, else the first)."""
    if container == "xlsx":
        yield from _iter_xlsx(path)
    elif container == "xls":
        yield from _iter_xls(path)
    else:
        yield from _iter_ods(path)


def _iter_xlsx(path: Path) -> Iterator[Row]:
    import openpyxl

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds on damaged files
        raise ImportFormatError.of(UNREADABLE_WORKBOOK, name=path.name) from error
    try:
        sheet = _pick_sheet(book.sheetnames, lambda name: book[name].max_row or 0)
        for number, values in enumerate(book[sheet].iter_rows(values_only=True), start=1):
            yield number, [cell_value(v) for v in values]
    finally:
        book.close()


def _iter_xls(path: Path) -> Iterator[Row]:
    import xlrd

    try:
        book = xlrd.open_workbook(str(path), on_demand=True)
    except Exception as error:  # xlrd raises XLRDError, CompDocError...
        raise ImportFormatError.of(UNREADABLE_WORKBOOK, name=path.name) from error
    try:
        sheet = book.sheet_by_name(_pick_sheet(book.sheet_names(),
                                               lambda n: book.sheet_by_name(n).nrows))
        for index in range(sheet.nrows):
            yield index + 1, [_xls_value(cell, book.datemode) for cell in sheet.row(index)]
    finally:
        book.release_resources()


def _xls_value(cell: Any, datemode: int) -> Any:
    import xlrd

    if cell.ctype == xlrd.XL_CELL_DATE:
        return xlrd.xldate.xldate_as_datetime(cell.value, datemode)
    return cell_value(cell.value)


def _iter_ods(path: Path) -> Iterator[Row]:
    import pandas as pd

    try:
        frames = pd.read_excel(path, engine="odf", header=None, dtype=object, sheet_name=None)
    except Exception as error:  # odfpy / pandas raise many kinds on damaged files
        raise ImportFormatError.of(UNREADABLE_WORKBOOK, name=path.name) from error
    sheet = _pick_sheet(list(frames), lambda name: len(frames[name]))
    for index, values in enumerate(frames[sheet].itertuples(index=False), start=1):
        yield index, [None if pd.isna(v) else cell_value(v) for v in values]


def _pick_sheet(names: list[str], size: Any) -> str:
    if not names:
        raise ImportFormatError.of(NO_SHEET)
    for name in names:
        if name.strip().lower() == "structures":
            return name
    return next((name for name in names if size(name)), names[0])


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
