"""Export the rejected, flagged and conflicting rows of an import to CSV (opens in French Excel)."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Protocol

from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP
from srm_inclusif.core.vocabulary import Profile, profile_in_use
from srm_inclusif.exchange.columns import field_title
from srm_inclusif.exchange.raw_lines import read_raw_line
from srm_inclusif.storage.services.import_records import REJECTED

SEVERITY_LABELS = {"rejected": "Rejetée", "flagged": "Signalée", "conflict": "Conflit",
                   "merged": "Fusionnée", "total": "Ligne de total"}
HEADERS = ("Gravité", "Fichier", "Ligne", "Structure", "Champ", "Valeur", "Motif")
#: The title of a rejected line's cell under a column its file leaves untitled (or beyond its
#: last title): its place in the line, as a spreadsheet numbers columns.
UNTITLED_COLUMN = QT_TRANSLATE_NOOP("ImportIssueTableModel", "Colonne {number}")


class IssueLike(Protocol):
    """Anything with the fields of a row issue (a live ``RowIssue`` or a stored one)."""

    severity: str
    file_name: str
    line: int | None
    structure_name: str
    field: str
    value: str
    reason: str


def write_issues_csv(path: Path, issues: Sequence[IssueLike],
                     profile: Profile | None = None) -> int:
    """Write the issues in French (UTF-8 with BOM, ``;``); return how many rows were written.

    In the words of ``profile`` (by default the profile in use): a structure inclusive's rows
    name her « Client » and her sales' fields (« Raison sociale du client », « Vente (€ HT) »).
    """
    seller = (profile or profile_in_use()).is_seller
    headers = ["Client" if seller and title == "Structure" else title for title in HEADERS]
    rows = ([SEVERITY_LABELS.get(issue.severity, issue.severity), issue.file_name,
             "" if issue.line is None else str(issue.line), issue.structure_name,
             field_text(issue, seller=seller), issue.value, issue.reason]
            for issue in issues)
    return write_table_csv(path, *with_raw_cells(headers, rows, issues))


def field_text(issue: IssueLike, *, seller: bool = False) -> str:
    """What a remark names its field by: the file's column title (« N° SIRET »), else its label.

    The label is the app's (« SIRET »), in ``seller``'s words for her sales.
    """
    return getattr(issue, "column", "") or field_title(issue.field, seller=seller)


def with_raw_cells(headers: list[str], rows: Iterable[list[str]], issues: Sequence[IssueLike],
                   untitled: str = UNTITLED_COLUMN) -> tuple[list[str], Iterator[list[str]]]:
    """The report's table with each rejected line's cells after its columns.

    One set of columns for every file: the titles of the files' columns, each once, in the order
    they first come (the n-th « Tél. » of a file goes under the n-th « Tél. » column). A line of
    one file leaves the columns of the others empty: filtered on « Fichier », its rows read as
    the file did, under its titles, to fix and import again. A column without a title is
    ``untitled`` by its place in its file (« Colonne 3 »). The other rows keep the report's
    columns alone, and so does the whole table when no line kept its cells (reported before).
    """
    # two readings of the cells rather than all of them held at once (a big junk file)
    columns: dict[tuple[str, int], int] = {}
    for issue in issues:
        for key, _cell in _placed_cells(issue, untitled):
            columns.setdefault(key, len(columns))
    titles = [title for title, _occurrence in columns]
    return [*headers, *titles], (
        row + _spread(line, columns) if (line := _placed_cells(issue, untitled)) else row
        for row, issue in zip(rows, issues, strict=True))


def _placed_cells(issue: IssueLike, untitled: str) -> list[tuple[tuple[str, int], str]]:
    """A rejected line's cells, each with its column: (title, occurrence of that title).

    Empty for any other row, and for one reported before the cells were kept.
    """
    if issue.severity != REJECTED:
        return []
    # ``raw_cells`` (see ``RowIssue``): an issue-like without it has no cells to give
    titles, cells = read_raw_line(getattr(issue, "raw_cells", None))
    seen: dict[str, int] = {}
    placed = []
    for number, cell in enumerate(cells, start=1):
        title = titles[number - 1].strip() if number <= len(titles) else ""
        title = title or untitled.format(number=number)
        seen[title] = seen.get(title, 0) + 1
        placed.append(((title, seen[title]), cell))
    return placed


def _spread(line: list[tuple[tuple[str, int], str]], columns: dict[tuple[str, int], int]
            ) -> list[str]:
    """A line's cells under their columns, up to its last one (the others empty)."""
    cells = [""] * (max(columns[key] for key, _cell in line) + 1)
    for key, cell in line:
        cells[columns[key]] = cell
    return cells


def write_table_csv(path: Path, headers: Sequence[str],
                    rows: Iterable[Sequence[str]]) -> int:
    """Write a table as French Excel opens it (UTF-8 with BOM, ``;``), every cell inert.

    Returns how many rows were written (the titles aside).
    """
    count = 0
    with Path(path).open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow([inert_cell(title) for title in headers])  # a file's titles too
        for row in rows:
            writer.writerow([inert_cell(cell) for cell in row])
            count += 1
    return count


#: How a cell starts when a spreadsheet would run it as a formula (``=1+2``, ``@SUM(…)``).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def inert_cell(text: str) -> str:
    """The text of a CSV cell, with an apostrophe before it if it starts like a formula.

    Imported values are whatever the source file held (``=HYPERLINK(…)``): opened in Excel or
    LibreOffice, the rejects file must show them, never run them (CSV injection).
    """
    return f"'{text}" if text.startswith(_FORMULA_STARTS) else text
