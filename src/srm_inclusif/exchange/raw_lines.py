"""A rejected line's cells under its file's titles, kept to fix and import it again.

The cells of an import's first ``KEPT_LINES`` rejected lines are kept (as JSON text, stored in
``import_issue.raw_cells``); the lines rejected past them are marked ``LEFT_OUT``: a big file
of junk must not fill the memory of its import. The reader keeps the cells of the lines it
rejects; the lines the merge rejects (spend homonyms) are read again from their files after it
(``fill_merge_rejects``), only those.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP, translate
from srm_inclusif.core.numbers import grouped
from srm_inclusif.exchange.cell_values import cell_text
from srm_inclusif.exchange.tabular import MalformedLine
from srm_inclusif.storage.services.import_records import REJECTED, RowIssue

if TYPE_CHECKING:
    from srm_inclusif.exchange.table_plan import FilePlan

#: Most cells of a rejected line kept, and most characters of each (a junk file of long lines
#: must not fill the memory of its import).
RAW_CELLS = 50
RAW_CELL_CHARS = 500
#: Rejected lines of one import that keep their cells. Measured on a file of 100 000 junk lines
#: of 15 cells, all rejected, imported with ``--rejects``: 354 MB at peak keeping them all,
#: 180 MB keeping none, 206 MB keeping 10 000 (a line kept costs about 2 KB until stored and
#: exported). Far more than anyone fixes by hand: past them, the mapping is what is wrong.
KEPT_LINES = 10_000
#: The ``raw_cells`` of a line rejected past the first ``KEPT_LINES``: listed without its cells.
LEFT_OUT = '{"left_out": true}'
#: The ``raw_cells`` the reader gives a rejected line that has no cells to give (a line read as
#: none, a further refusal of a line), until ``fill_merge_rejects`` tells it from a line the
#: merge rejected (which has None). Never stored: put back to None.
READ = '{"read": true}'
#: Said with the import's summary, and when its lines to check are exported.
CELLS_LEFT_OUT = QT_TRANSLATE_NOOP(
    "ImportPlan", "Cellules d'origine gardées pour les {kept} premières lignes rejetées "
    "seulement : les {left} autres figurent dans les lignes à vérifier sans leurs cellules.")


def raw_line(titles: Sequence[str], cells: Sequence[object]) -> str:
    """A rejected line's cells under its file's column titles, as JSON text (stored so).

    ``{"titles": [...], "cells": [...]}``: the titles of its file up to its last cell, the
    cells as texts (``cell_text``). Capped at ``RAW_CELLS`` cells of ``RAW_CELL_CHARS``
    characters (a cut cell ends with « … »). One string per line: far lighter than a list of
    strings in memory.
    """
    texts = [_cut(cell_text(cell)) for cell in cells[:RAW_CELLS]]
    while texts and not texts[-1]:  # separators at the end of the line: no cell
        texts.pop()
    return json.dumps({"titles": [str(title) for title in titles[:len(texts)]],
                       "cells": texts}, ensure_ascii=False)


def read_raw_line(text: str | None) -> tuple[list[str], list[str]]:
    """The titles and cells ``raw_line`` stored; none for an issue without them."""
    if not text or text in (LEFT_OUT, READ):
        return [], []
    data = json.loads(text)
    return [str(title) for title in data["titles"]], [str(cell) for cell in data["cells"]]


def _cut(text: str) -> str:
    return text if len(text) <= RAW_CELL_CHARS else text[:RAW_CELL_CHARS - 1] + "…"


class KeptLines:
    """The cells of an import's first ``limit`` rejected lines; ``LEFT_OUT`` past them."""

    def __init__(self, limit: int = KEPT_LINES) -> None:
        self.left = limit

    def cells(self, titles: Sequence[str], cells: Sequence[object]) -> str:
        """The JSON text of a rejected line's cells, or ``LEFT_OUT`` once the limit is reached."""
        if self.left <= 0:
            return LEFT_OUT
        self.left -= 1
        return raw_line(titles, cells)


def cells_kept(issues: Iterable[Any]) -> tuple[int, int]:
    """(rejected lines given their cells, rejected lines left out past the limit)."""
    kept = left = 0
    for issue in issues:
        text = getattr(issue, "raw_cells", None)  # an issue-like without it has none
        if text == LEFT_OUT:
            left += 1
        elif text and text != READ:
            kept += 1
    return kept, left


def cells_left_out_note(issues: Iterable[Any],
                        number: Callable[[int], str] = grouped) -> str | None:
    """The sentence saying some rejected lines come without their cells; None if none does.

    ``number`` writes its counts (the UI writes them as its other counts).
    """
    kept, left = cells_kept(issues)
    if not left:
        return None
    return translate("ImportPlan", CELLS_LEFT_OUT).format(kept=number(kept), left=number(left))


def mark_read(issue: RowIssue) -> None:
    """Tell a rejection made by the reader without cells from those the merge makes (None)."""
    if issue.severity == REJECTED and issue.raw_cells is None:
        issue.raw_cells = READ


def fill_merge_rejects(plans: Sequence[FilePlan], issues: Sequence[RowIssue],
                       limit: int = KEPT_LINES) -> None:
    """Give the lines the merge rejected their cells, read again from their files.

    The merge sees records, not cells: its refusals (a spend line naming homonyms) come with
    none. Only their lines are read again, up to the last of them in each file, and only while
    the import keeps fewer than ``limit`` lines' cells. Run before the issues are stored.
    """
    wanted = _merge_rejected_lines(issues, limit - cells_kept(issues)[0])
    for plan in plans:
        lines = wanted.get(plan.path.name)
        if lines and plan.container != "json" and not plan.is_legal_units:
            _read_again(plan, lines)
    for issue in issues:
        if issue.raw_cells == READ:
            issue.raw_cells = None


def _merge_rejected_lines(issues: Sequence[RowIssue], room: int
                          ) -> dict[str, dict[int, RowIssue]]:
    """File → line → first refusal of each line the merge rejected, while there is room.

    Past the room, such a line is marked ``LEFT_OUT`` as the reader marks its own.
    """
    wanted: dict[str, dict[int, RowIssue]] = {}
    seen: set[tuple[str, int]] = set()
    for issue in issues:
        if issue.severity != REJECTED or issue.raw_cells is not None or issue.line is None:
            continue
        if (issue.file_name, issue.line) in seen:
            continue  # a further refusal of the line: its first one gets the cells
        seen.add((issue.file_name, issue.line))
        if room <= 0:
            issue.raw_cells = LEFT_OUT
            continue
        wanted.setdefault(issue.file_name, {})[issue.line] = issue
        room -= 1
    return wanted


def _read_again(plan: FilePlan, lines: dict[int, RowIssue]) -> None:
    """Put each wanted line's cells on its refusal, reading the file up to the last one.

    A line found is no longer wanted: two files of one name give each line once.
    """
    last = max(lines)
    for line, cells in plan.rows():
        if line in lines and not isinstance(cells, MalformedLine):
            lines.pop(line).raw_cells = raw_line(plan.headers, cells)
        if line >= last or not lines:
            return
