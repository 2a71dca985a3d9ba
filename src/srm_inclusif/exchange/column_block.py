"""The mapped columns of a block of text rows, each cleaned once for the whole block.

``records_batch`` reads a block of rows column by column: a column whose values repeat (kinds,
post codes, sectors, cities...) is read once per distinct value.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from srm_inclusif.core.normalise import NO_VALUE_TOKENS
from srm_inclusif.exchange.cell_values import on_one_line
from srm_inclusif.exchange.columns import MULTI_COLUMN_FIELDS


class Columns:
    """The mapped columns of a block of rows; short rows are padded with empty cells."""

    def __init__(self, rows: Sequence[tuple[int, list[str]]], mapping: dict[int, str]) -> None:
        self.size = len(rows)
        width = max(mapping, default=-1) + 1
        padded = [cells if len(cells) >= width else cells + [""] * (width - len(cells))
                  for _line, cells in rows]
        transposed = list(zip(*padded, strict=False)) if padded else []
        self._raw: dict[str, Sequence[Any]] = {}
        for index, name in sorted(mapping.items()):
            if name in MULTI_COLUMN_FIELDS:  # the cells of its columns side by side, per row
                previous = self._raw.get(name)
                self._raw[name] = ([(cell,) for cell in transposed[index]] if previous is None
                                   else [(*cells, cell) for cells, cell
                                         in zip(previous, transposed[index], strict=True)])
            elif name:
                self._raw[name] = transposed[index]
        self._clean: dict[tuple[str, int | None], list[str | None]] = {}

    def get(self, name: str) -> Sequence[str] | None:
        """Raw cells of a field, or None when no column is mapped to it."""
        return self._raw.get(name)

    def raw(self, name: str, index: int) -> str | None:
        """The raw cell of a field on row ``index``; None when no column is mapped to it."""
        column = self._raw.get(name)
        return None if column is None else column[index]

    def clean(self, name: str, size: int | None = None) -> list[str | None]:
        """``clean_text`` of every cell of a field on one line, cut to ``size`` characters.

        All None when the field is not mapped. An address keeps its line breaks (its parts are
        joined by commas, see ``records_batch._addresses``).
        """
        if (name, size) not in self._clean:
            column = self._raw.get(name)
            one_line = name not in ("address", "address2")
            self._clean[name, size] = [None] * self.size if column is None else each_value(
                column, lambda cells: _clean_all(cells, size, one_line=one_line))
        return self._clean[name, size]


#: Cells looked at to guess whether the values of a column repeat.
_SAMPLE = 100


def each_value(
    column: Sequence[Any], read_all: Callable[[Sequence[Any]], list[Any]]
) -> list[Any]:
    """``read_all`` (cells → their values) of a column, once per distinct value if values repeat.

    The first cells tell whether values repeat: hashing a column of distinct cells is wasted work.
    """
    if len(set(column[:_SAMPLE])) > _SAMPLE // 2:
        return read_all(column)
    distinct = set(column)
    memo = dict(zip(distinct, read_all(list(distinct)), strict=True))
    return [memo[cell] for cell in column]


def _clean_all(column: Sequence[Any], size: int | None, *,
               one_line: bool) -> list[str | None]:
    """``clean_text`` of strings cut to ``size`` characters, inlined (it runs for every cell).

    ``one_line``: line breaks, tabs and runs of spaces read as one space first (checked once
    for the whole column: most have none).
    """
    tokens = NO_VALUE_TOKENS
    texts = [text if (len(text := cell.strip()) > 8 or text.lower() not in tokens) else None
             for cell in column]
    if one_line:
        joined = "\x1f".join(text for text in texts if text)
        if "\n" in joined or "\r" in joined or "\t" in joined or "  " in joined:
            texts = [on_one_line(text) if text else text for text in texts]
    return texts if size is None else [text[:size] if text else text for text in texts]
