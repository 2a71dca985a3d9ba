"""Tell a header repeated among the data rows, and the title line above it, from the data.

Files glued together, or an export with its header on every page, repeat it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP
from srm_inclusif.core.kinds import fold
from srm_inclusif.exchange.columns import header_key
from srm_inclusif.exchange.tabular import LineRead, MalformedLine, excerpt
from srm_inclusif.storage.services.import_records import TOTAL

# Why such a line is left aside (counted with the total and page lines, context "ImportReasons").
REPEATED_HEADER = QT_TRANSLATE_NOOP(
    "ImportReasons", "En-tête répété (fichiers mis bout à bout ?) : ligne ignorée.")
TITLE_ABOVE_HEADER = QT_TRANSLATE_NOOP(
    "ImportReasons", "Titre au-dessus d'un en-tête répété : ligne ignorée.")


def _text(cell: Any) -> str:
    return "" if cell is None else str(cell).strip()


class RepeatedHeaders:
    """The titles of a file's mapped columns, to find the lines repeating them.

    A line repeats the header when the non-empty cells of its mapped columns all read as titles
    of those columns (case, accents and order aside), and either two of them do or they are all
    it holds there. A line whose only text is one cell (a title, « Liste des structures - page
    2 ») just above such a line is its title. Both come as a ``MalformedLine`` of severity
    ``total``: listed on their line and counted apart, never imported, never rejections.
    """

    def __init__(self, headers: list[str], mapping: dict[int, str], delimiter: str) -> None:
        self._columns = sorted(i for i, name in mapping.items() if name and i < len(headers)
                               and header_key(headers[i]))
        self._keys = frozenset(header_key(headers[i]) for i in self._columns)
        # a cheap first look, run for every line: the cell as it is, lower-cased, or folded
        self._quick = frozenset(k for i in self._columns
                                for k in (_text(headers[i]).lower(), fold(headers[i])))
        self._delimiter = delimiter or ";"

    def repeats(self, cells: list[Any]) -> bool:
        """Whether a row's mapped cells repeat the header's titles."""
        lead = self._columns[0]
        cell = cells[lead] if lead < len(cells) else None
        if cell:  # most rows: their first mapped cell is no title (this runs for every row)
            first: str | None = str(cell).strip()
        else:
            first = next((text for i in self._columns
                          if i < len(cells) and (text := _text(cells[i]))), None)
        if first is None or first.lower() not in self._quick:
            return False
        found = [header_key(text) for i in self._columns
                 if i < len(cells) and (text := _text(cells[i]))]
        titles = sum(key in self._keys for key in found)
        return titles == len(found) or titles >= 2

    def marked(self, rows: Iterable[LineRead]) -> Iterator[LineRead]:
        """``rows`` (blank ones left out), each repeated header and its title line marked."""
        held: tuple[int, list[Any]] | None = None  # a one-text line, until the next one tells
        for line, cells in rows:
            if isinstance(cells, MalformedLine):
                yield line, cells
                continue
            if self._columns and self.repeats(cells):
                if held is not None:
                    yield held[0], self._left_aside(TITLE_ABOVE_HEADER, held[1])
                    held = None
                yield line, self._left_aside(REPEATED_HEADER, cells)
                continue
            if held is not None:
                if not any(map(_text, cells)):  # a blank row (a preview's): the title may follow
                    yield line, cells
                    continue
                yield held
                held = None
            if self._columns and _one_text(cells):
                held = (line, cells)
            else:
                yield line, cells
        if held is not None:
            yield held

    def _left_aside(self, reason: str, cells: list[Any]) -> MalformedLine:
        texts = [_text(cell) for cell in cells]
        while texts and not texts[-1]:
            texts.pop()
        shown = texts[0] if _one_text(cells) else self._delimiter.join(texts)
        return MalformedLine(reason, excerpt(shown), TOTAL)


def _one_text(cells: list[Any]) -> bool:
    """A row whose only text is its first cell's (repeated over merged cells): a title."""
    first = _text(cells[0]) if cells else ""
    if not first:
        return False
    # most rows: the second cell has another text
    return not any(cell and (text := _text(cell)) and text != first for cell in cells[1:])
