"""The import history's counts: a column each when they fit, else one « Résultat » column.

At 1024 × 600 the eight count columns (about 560 px of titles) pushed « Conflits » out of sight,
behind a sideways scroll bar. When the window is too narrow for them beside the date, content,
format and a readable file name, the history shows the lines read and one column saying the
other counts, the zero ones left out (« Ajoutées : 3, Rejetées : 1 »).
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QTableView

from srm_inclusif.ui.models.import_batch_table import COL_FILES, COL_RESULT, COUNT_COLUMNS
from srm_inclusif.ui.sizing import on_viewport_resized
from srm_inclusif.ui.table_view import WholeTextFit, row_lines, text_width, title_width

#: Average characters of the folded counts on a line (two lines a row; whole in the tooltip).
RESULT_CHARS = 30


class FoldedCounts(QObject):
    """Shows each count in its own column, or all of them in ``COL_RESULT``; owned by the view.

    ``capped``: the columns the history's ``WholeTextFit`` keeps within that many average
    characters (``beside``), counted so here too.
    """

    def __init__(self, view: QTableView, fit: WholeTextFit, capped: Mapping[int, int]) -> None:
        super().__init__(view)
        self._view = view
        self._fit = fit
        self._capped = dict(capped)
        self._widths: dict[int, int] = {}
        view.model().modelReset.connect(self._reload)
        on_viewport_resized(view, self.update)
        self._show(folded=False)

    @property
    def folded(self) -> bool:
        """Whether the counts are said in one column (the window too narrow for theirs)."""
        return not self._view.isColumnHidden(COL_RESULT)

    def update(self) -> None:
        """Fold the counts, or unfold them, as the table's width allows."""
        folded = self._view.viewport().width() < self.unfolded_width()
        if folded != self.folded:
            self._show(folded=folded)
            self._fit.fit()

    def unfolded_width(self) -> int:
        """The width the history needs with a column per count, its file names readable."""
        return self._fit.least_width() + sum(
            self._width(column) for column in range(self._view.model().columnCount())
            if column not in (COL_FILES, COL_RESULT))

    def _width(self, column: int) -> int:
        """A column's width at its texts on a row's lines (capped) and its whole title."""
        if column not in self._widths:
            view = self._view
            width = text_width(view, column, row_lines(view))
            if column in self._capped:
                width = min(width, self._capped[column] * view.fontMetrics().averageCharWidth())
            self._widths[column] = max(width, title_width(view, column))
        return self._widths[column]

    def _reload(self) -> None:
        self._widths.clear()
        self.update()

    def _show(self, *, folded: bool) -> None:
        for column in COUNT_COLUMNS:
            self._view.setColumnHidden(column, folded)
        self._view.setColumnHidden(COL_RESULT, not folded)
