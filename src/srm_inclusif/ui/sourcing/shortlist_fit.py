"""The shortlist's table kept readable on a small screen: « Raisons » gets the room.

At 1024 × 600 the fixed widths left « Raisons » some 70 px, its words cut mid-word, each row
some 230 px high (two of 25 rows in sight) while « Structure » kept 230 px; in English
« Score » and « Reasons » were past the right edge.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QHeaderView, QTableWidget

from srm_inclusif.ui.sizing import on_viewport_resized
from srm_inclusif.ui.table_view import fit_columns, title_width

#: Average characters « Structure » shows at most on a line (a longer name wraps, then is cut).
STRUCTURE_CHARS = 24
#: Average characters « Raisons » keeps at least: narrower, the table scrolls sideways.
REASONS_LEAST_CHARS = 26
#: Lines a row shows at most; the rest of its reasons is in the cell's tooltip.
ROW_LINES = 3


class ShortlistFit(QObject):
    """Sizes the shortlist's columns and rows whenever the table or its rows change."""

    def __init__(self, table: QTableWidget, *, structure: int, reasons: int) -> None:
        super().__init__(table)
        self._table = table
        self._structure = structure
        self._reasons = reasons
        self._busy = False
        table.setWordWrap(True)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Wrapped texts take more or fewer lines when the columns change width (a scroll bar
        # appearing, the splitter dragged, the dialog resized): the rows follow.
        # Once the header has laid out all its sections (a stretched one is resized last).
        self._rows_later = QTimer(self)
        self._rows_later.setSingleShot(True)
        self._rows_later.setInterval(0)
        self._rows_later.timeout.connect(self.fit_rows)
        table.horizontalHeader().sectionResized.connect(self._rows_later.start)
        on_viewport_resized(table, self.fit)

    def fit(self) -> None:
        """« Raisons » takes the room the others leave, at least its least width."""
        if self._busy:
            return
        self._busy = True
        try:
            table, reasons = self._table, self._reasons
            fit_columns(table, stretch=reasons, capped={self._structure: STRUCTURE_CHARS})
            header = table.horizontalHeader()
            others = sum(header.sectionSize(c) for c in range(header.count()) if c != reasons)
            least = max(REASONS_LEAST_CHARS * table.fontMetrics().averageCharWidth(),
                        title_width(table, reasons))
            if table.viewport().width() - others < least:
                header.setSectionResizeMode(reasons, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(reasons, least)
        finally:
            self._busy = False
        self.fit_rows()

    def most_row_height(self) -> int:
        """The height of a row of ``ROW_LINES`` lines, its cell margins included."""
        spacing = self._table.fontMetrics().lineSpacing()
        one_line = self._table.verticalHeader().defaultSectionSize()
        return ROW_LINES * spacing + max(0, one_line - spacing)

    def fit_rows(self) -> None:
        """Each row as high as its texts, at most ``ROW_LINES`` lines (the last one elided)."""
        if self._busy:
            return
        self._busy = True
        try:
            table, most = self._table, self.most_row_height()
            table.resizeRowsToContents()
            for row in range(table.rowCount()):
                if table.rowHeight(row) > most:
                    table.setRowHeight(row, most)
        finally:
            self._busy = False
