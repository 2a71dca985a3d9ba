"""Inspect a file before importing it: plan each of its tables (one, or a workbook's sheets).

Container, encoding, delimiter, header row, format, mapping and a preview (``table_plan``);
every unreadable case raises ``ImportFormatError`` with a French message.
"""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any

from srm_inclusif.core.kinds import fold
from srm_inclusif.exchange.formats import FINESS_COLUMNS, is_finess_first_line
from srm_inclusif.exchange.marche_api import load_results
from srm_inclusif.exchange.sheet_plans import plan_sheets
from srm_inclusif.exchange.sniff import (
    ImportFormatError,
    detect_delimiter,
    doubtful_lines,
    read_text_sample,
    sniff_file,
)
from srm_inclusif.exchange.table_plan import (
    HEAD_ROWS,
    NO_DATA,
    FilePlan,
    HeaderRow,
    filled_rows,
    finish_plan,
    header_of,
    lenient_header,
    no_header,
    set_header,
)
from srm_inclusif.exchange.tabular import LineRead

#: The first cell of a FINESS establishment's row (a file may lack its ``finess;etalab`` line).
FINESS_ROW = "structureet"


def plan_file(
    path: Path, *, target: str = "suppliers", format_key: str = "auto",
    profile: dict[str, str] | None = None, lenient: bool = False,
    encoding: str = "", delimiter: str = "",
) -> FilePlan:
    """Look at a file and decide how to read it: its first table (see ``plan_tables``)."""
    return plan_tables(path, target=target, format_key=format_key, profile=profile,
                       lenient=lenient, encoding=encoding, delimiter=delimiter)[0]


def plan_tables(
    path: Path, *, target: str = "suppliers", format_key: str = "auto",
    profile: dict[str, str] | None = None, lenient: bool = False,
    encoding: str = "", delimiter: str = "",
) -> list[FilePlan]:
    """Look at a file and decide how to read each of its tables: one, or a workbook's sheets.

    ``lenient``: when no header names a known field, take the first row of several cells as the
    header and let the user map the columns by hand (the wizard asks first). ``encoding`` and
    ``delimiter``: a text file's, as the user chose them when detection was wrong (else detected).
    """
    sniff = sniff_file(path, target=target)
    if sniff.container == "json":
        # read now: an invalid page is refused before the import starts (and copies anything)
        structures = len(load_results(path, sniff.encoding))
        return [FilePlan(path, target, "json", "marche-api", sniff.encoding,
                         line_count=structures)]
    if sniff.container == "zip":
        return [FilePlan(path, target, "zip", format_key)]
    plan = FilePlan(path, target, sniff.container, "generic", encoding or sniff.encoding,
                    line_count=sniff.line_count, recoded_lines=sniff.recoded_lines,
                    control_lines=sniff.control_lines, stray_lines=sniff.stray_lines)
    if sniff.container != "text":
        return plan_sheets(plan, profile, lenient=lenient, format_key=format_key)
    if plan.encoding.startswith("utf") != sniff.encoding.startswith("utf"):
        # UTF-8 chosen for a file read as Windows-1252: its Windows-1252 lines are reported;
        # Windows-1252 chosen for a UTF-8 file: every line is read so, none reported
        plan.recoded_lines = doubtful_lines(path).recoded if plan.encoding.startswith("utf") else ()
    plan.delimiter = delimiter or detect_delimiter(read_text_sample(path, plan.encoding))
    finish_plan(plan, _text_head(plan, profile, lenient=lenient, format_key=format_key),
                format_key, profile)
    return [plan]


def _head(plan: FilePlan) -> list[LineRead]:
    """The first lines of a text file: where its header is looked for, then its preview."""
    return list(itertools.islice(plan._all_rows(), HEAD_ROWS))


def _text_head(plan: FilePlan, profile: dict[str, str] | None, *, lenient: bool,
               format_key: str) -> list[LineRead]:
    """The first lines of a text file, its header found; a FINESS file's read without quotes."""
    head = _head(plan)
    _find_header(plan, head, profile, lenient=lenient, format_key=format_key)
    if plan.format != "finess":
        return head
    plan.quoted = False
    return _head(plan)


def likely_target(path: Path) -> str | None:
    """``spend`` when a file reads as purchase spend (an amount and a supplier), else ``suppliers``.

    For a file dropped on the window: the wizard starts on what the file looks like. None for a
    file that cannot be read: it is left to the wizard, which says why.
    """
    try:
        plan = plan_file(path, target="spend")
    except Exception:  # noqa: BLE001 — any file the wizard will refuse with its own message
        return None
    fields = set(plan.mapping.values())
    return "spend" if "amount" in fields and fields & {"siret", "supplier_name"} else "suppliers"


def _find_header(
    plan: FilePlan, head: list[LineRead], profile: dict[str, str] | None, *,
    lenient: bool = False, format_key: str = "auto",
) -> None:
    """The header of a text file: named columns, or FINESS's positional ones; else refused.

    A FINESS file is told by its ``finess;etalab;…`` first line or its ``structureet`` rows;
    chosen by the user, a file without a known header is read so too.
    """
    filled = filled_rows(head)
    if not filled:
        raise ImportFormatError.of(NO_DATA, name=plan.path.name)
    first_line, first = filled[0]
    finess = plan.delimiter == ";" and _is_finess(first)
    header = None if finess else header_of(plan.target, filled, profile)
    if header is None and (finess or format_key == "finess"):
        # the ``finess;etalab;…`` line is skipped as a header would be; there may be none
        header = HeaderRow(first_line if is_finess_first_line(first) else 0, list(FINESS_COLUMNS))
        plan.format = "finess"
    header = header or (lenient_header(filled) if lenient else None)
    if header is None:
        raise no_header(plan, first)
    set_header(plan, header)


def _is_finess(cells: list[Any]) -> bool:
    """A FINESS file's first line, or an establishment's row of its positional columns."""
    return is_finess_first_line(cells) or (
        len(cells) >= len(FINESS_COLUMNS) and fold(str(cells[0])) == FINESS_ROW)
