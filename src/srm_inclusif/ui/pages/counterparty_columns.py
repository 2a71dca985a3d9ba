"""Widths of the Fournisseurs / Clients list's columns: the name first, read before the rest."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionViewItem, QTableView

from srm_inclusif.core.kinds import Kind, kind_code_label
from srm_inclusif.core.numbers import day_text
from srm_inclusif.core.vocabulary import Nature, Stage
from srm_inclusif.ui.models.counterparty_table import (
    COL_CITY,
    COL_DEPARTMENT,
    COL_FAVOURITE,
    COL_KIND,
    COL_LABELS,
    COL_NAME,
    COL_NATURE,
    COL_NEXT_END,
    COL_SECTORS,
    COL_STAGE,
)
from srm_inclusif.ui.table_view import FullTextDelegate, title_width, wrap_titles

#: Average characters of a name the list shows whole before the other columns give room to it.
NAME_CHARS = 44
#: Average characters of a name the list keeps even in a narrow window, the other columns
#: scrolling sideways: « Artisans de Conditionnement Bellerive », not « Artisans …brise 120 ».
NAME_LEAST_CHARS = 34
#: Columns elided (their whole text as a tooltip) to give the name its room, and how narrow
#: they get: their title, or this many average characters.
SHRINKING = (COL_CITY, COL_SECTORS, COL_LABELS, COL_STAGE)
SHRINKING_CHARS = 7
#: The long texts' columns, capped at that many average characters (elided beyond).
CAPPED = {COL_CITY: 12, COL_SECTORS: 16, COL_LABELS: 11}


class NameFirstWidths:
    """Sizes a counterparty list's columns from the font, and again when its width changes.

    The short columns fit their widest value or their title, the long texts (city, sectors,
    labels) are capped. The name takes the room left; when that is less than ``NAME_CHARS``,
    the columns of ``SHRINKING`` give some of theirs, down to their floor; in a window too
    narrow even then, the name keeps ``NAME_LEAST_CHARS`` and the list scrolls sideways. Measured
    from samples, not from the rows: the list fetches its rows as it scrolls.
    """

    def __init__(self, table: QTableView) -> None:
        self.table = table
        self._natural: dict[int, int] = {}
        self._floor: dict[int, int] = {}
        self._name_wanted = 0
        self._name_least = 0

    def measure(self) -> None:
        """Measure every column (once the model is set, or its titles changed) and fit them."""
        table, header = self.table, self.table.horizontalHeader()
        header.setStretchLastSection(False)
        wrap_titles(table)
        fm = table.fontMetrics()
        char = fm.averageCharWidth()
        cell = 2 * table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + char
        samples = _samples()
        for column in range(header.count()):
            if column == COL_NAME:
                continue
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            title = title_width(table, column)  # « Prochaine échéance » on two lines
            if column in samples:
                content = max(fm.horizontalAdvance(text) for text in samples[column]) + cell
                self._natural[column] = max(content, title)
            else:
                self._natural[column] = max(title, CAPPED[column] * char)
            self._floor[column] = self._natural[column]
            if column in SHRINKING:
                self._floor[column] = min(self._natural[column],
                                          max(title, SHRINKING_CHARS * char + cell))
        self._name_wanted = NAME_CHARS * char + cell
        self._name_least = NAME_LEAST_CHARS * char + cell
        self.fit()

    def fit(self) -> None:
        """Shrink the elided columns as far as the name needs (each to its floor), or widen them."""
        natural = self._natural
        if not natural:
            return  # not measured yet: the model is not set
        header = self.table.horizontalHeader()
        shown = [c for c in natural if not header.isSectionHidden(c)]
        room = self.table.viewport().width()
        lacking = self._name_wanted + sum(natural[c] for c in shown) - room
        give = {c: natural[c] - self._floor[c] for c in shown}
        spare = sum(give.values())
        widths = {}
        for column in natural:
            cut = 0
            if lacking > 0 and spare:
                cut = min(give.get(column, 0), -(-lacking * give.get(column, 0) // spare))
            widths[column] = natural[column] - cut
            header.resizeSection(column, widths[column])
        self._fit_name(room - sum(widths[c] for c in shown))

    def _fit_name(self, left: int) -> None:
        """The name takes what is left; too little, ``NAME_LEAST_CHARS`` and the list scrolls."""
        header = self.table.horizontalHeader()
        squeezed = left < self._name_least
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Interactive if squeezed
                                    else QHeaderView.ResizeMode.Stretch)
        if squeezed:
            header.resizeSection(COL_NAME, self._name_least)

def _samples() -> dict[int, list[str]]:
    """The texts the short columns are measured on."""
    return {
        COL_KIND: [kind_code_label(k.value) for k in Kind],
        COL_NATURE: [nature.label for nature in Nature],
        COL_DEPARTMENT: ["2A", "974"],
        COL_FAVOURITE: ["★"],
        COL_STAGE: [stage.label for stage in Stage],
        COL_NEXT_END: [day_text(date(2028, month, 28)) for month in range(1, 13)],
    }


class NameDelegate(FullTextDelegate):
    """Names too long for the list lose their middle: the end telling two sites apart stays."""

    def initStyleOption(self, option: QStyleOptionViewItem,  # noqa: N802
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideMiddle
