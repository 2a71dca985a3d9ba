"""Export the rejected, flagged and conflicting rows of an import to CSV (opens in French Excel)."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Protocol

from srm_inclusif.core.vocabulary import Profile, profile_in_use
from srm_inclusif.exchange.columns import field_title

SEVERITY_LABELS = {"rejected": "Rejetée", "flagged": "Signalée", "conflict": "Conflit",
                   "merged": "Fusionnée", "total": "Ligne de total"}
HEADERS = ("Gravité", "Fichier", "Ligne", "Structure", "Champ", "Valeur", "Motif")


class IssueLike(Protocol):
    """Anything with the fields of a row issue (a live ``RowIssue`` or a stored one)."""

    severity: str
    file_name: str
    line: int | None
    structure_name: str
    field: str
    value: str
    reason: str


def write_issues_csv(path: Path, issues: Iterable[IssueLike],
                     profile: Profile | None = None) -> int:
    """Write the issues in French (UTF-8 with BOM, ``;``); return how many rows were written.

    In the words of ``profile`` (by default the profile in use): a structure inclusive's rows
    name her « Client » and her sales' fields (« Raison sociale du client », « Vente (€ HT) »).
    """
    seller = (profile or profile_in_use()).is_seller
    headers = tuple("Client" if seller and title == "Structure" else title for title in HEADERS)
    return write_table_csv(path, headers, (
        (SEVERITY_LABELS.get(issue.severity, issue.severity), issue.file_name,
         "" if issue.line is None else str(issue.line), issue.structure_name,
         field_title(issue.field, seller=seller), issue.value, issue.reason)
        for issue in issues))


def write_table_csv(path: Path, headers: Sequence[str],
                    rows: Iterable[Sequence[str]]) -> int:
    """Write a table as French Excel opens it (UTF-8 with BOM, ``;``), every cell inert.

    Returns how many rows were written (the titles aside).
    """
    count = 0
    with Path(path).open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(headers)
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
