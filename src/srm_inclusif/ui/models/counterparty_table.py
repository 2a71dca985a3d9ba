"""Table model of the counterparty list: SQL paging with lazy fetching, sorted by the query."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from srm_inclusif.core.kinds import Kind, kind_code_label
from srm_inclusif.core.numbers import day_text
from srm_inclusif.core.search_query import CounterpartyFilter, search_terms
from srm_inclusif.core.vocabulary import Nature, Stage
from srm_inclusif.storage.services.counterparties import (
    CounterpartyRow,
    search_counterparties,
    search_page,
)

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
# Plain ints: a painted cell asks ``data`` for seven roles, compared here as cheaply as possible.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_ANSWERED = frozenset({_TOOLTIP, SORT_ROLE, ID_ROLE})
Index = QModelIndex | QPersistentModelIndex

COL_NAME, COL_KIND, COL_NATURE, COL_CITY, COL_DEPARTMENT, COL_SECTORS, COL_LABELS, \
    COL_FAVOURITE, COL_STAGE, COL_NEXT_END = range(10)
#: Sort key of the query for each column.
SORT_KEYS = ("name", "kind", "nature", "city", "department", "sectors", "labels", "favourite",
             "stage", "next_end")
#: Rows fetched at a time: a bit more than a full-screen list shows.
PAGE_SIZE = 60
#: What marks a favourite, in its cells and as its column's title.
FAVOURITE_MARK = "★"
#: The roles a column title answers with its name in words (hovered, or read aloud).
_TITLE_NAME_ROLES = frozenset(int(role.value) for role in (Qt.ItemDataRole.ToolTipRole,
                                                       Qt.ItemDataRole.AccessibleTextRole))


def _searched(flt: CounterpartyFilter) -> tuple[list[str], CounterpartyFilter]:
    """What a filter actually searches: the words of its text and its facets."""
    return search_terms(flt.text), replace(flt, text="")


class CounterpartyTableModel(QAbstractTableModel):
    """Rows of the current filter, fetched from SQL one page at a time as the view scrolls."""

    def __init__(self, engine: Any, today: Callable[[], date], parent: Any = None) -> None:
        super().__init__(parent)
        self._engine = engine
        self._today = today
        self._filter = CounterpartyFilter()
        self._sort = "rank"
        self._descending = False
        self._rows: list[CounterpartyRow] = []
        self._cells: list[tuple[str, ...]] = []  # the displayed texts, made once per fetched row
        self._total = 0
        self._stages = {stage.value: stage.label for stage in Stage}
        # a head office and its antennas share a name: the nature tells their rows apart
        self._natures = {nature.value: nature.label for nature in Nature}
        # the favourite column is titled by its star, as its cells are: the word made it as
        # wide as « Favourite » and squeezed the names; the word is its tooltip and its name
        # (« Dépt » is named in full the same way)
        self._headers = (
            self.tr("Nom"), self.tr("Type"), self.tr("Siège ou antenne"), self.tr("Ville"),
            self.tr("Dépt"), self.tr("Secteurs"), self.tr("Labels valides"), FAVOURITE_MARK,
            self.tr("Étape"), self.tr("Prochaine échéance"),
        )
        self._header_names = {COL_DEPARTMENT: self.tr("Département"),
                              COL_FAVOURITE: self.tr("Favori")}

    @property
    def total(self) -> int:
        """Number of counterparties matching the filter (not only the fetched ones)."""
        return self._total

    @property
    def current_filter(self) -> CounterpartyFilter:
        """The filter the rows answer."""
        return self._filter

    def set_filter(self, flt: CounterpartyFilter) -> None:
        """Show the counterparties matching a filter (relevance order when there is a text).

        A text that searches the same words ("nettoyage " then "nettoyage l": a lone letter
        next to a word is not searched yet) keeps the rows shown, without a query.
        """
        same = _searched(flt) == _searched(self._filter)
        self._filter = flt
        if not same:
            self.reload()

    def reload(self) -> None:
        """Re-run the query, keeping the filter and the order; fetch the first page."""
        page = search_page(self._engine, flt=self._filter, today=self._today(), sort=self._sort,
                           descending=self._descending, limit=PAGE_SIZE)
        self.beginResetModel()
        self._rows, self._total = page.rows, page.total or 0
        self._cells = [self._display_row(row) for row in page.rows]
        self.endResetModel()

    def row_at(self, row: int) -> CounterpartyRow:
        """The counterparty shown on a row."""
        return self._rows[row]

    def row_of(self, counterparty_id: int) -> int | None:
        """The row showing a counterparty, if fetched."""
        return next((i for i, r in enumerate(self._rows) if r.id == counterparty_id), None)

    def _page(self, offset: int, today: date) -> list[CounterpartyRow]:
        return search_counterparties(self._engine, flt=self._filter, today=today,
                                     sort=self._sort, descending=self._descending,
                                     offset=offset, limit=PAGE_SIZE)

    # -- Qt model API -------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._headers)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802, B008
        if parent.isValid():
            return
        more = self._page(len(self._rows), self._today())
        if not more:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self._cells.extend(self._display_row(row) for row in more)
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order by a column in SQL (column -1 restores relevance order)."""
        self._sort = SORT_KEYS[column] if 0 <= column < len(SORT_KEYS) else "rank"
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role in _TITLE_NAME_ROLES:
            return self._header_names.get(section)
        return None

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        # Called ~2000 times per repaint of the list: the displayed text is ready-made, and the
        # roles nobody answers (font, colours, alignment...) return at once.
        if role == _DISPLAY:
            row = index.row()
            return self._cells[row][index.column()] if row >= 0 else None
        if role not in _ANSWERED or not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == SORT_ROLE:
            return self._raw(row, index.column())
        if role == ID_ROLE:
            return row.id
        return Kind(row.kind).label if index.column() == COL_KIND else None

    def _raw(self, row: CounterpartyRow, column: int) -> Any:
        return (row.name, row.kind, row.nature or "", row.city or "", row.department_code or "",
                row.sectors, row.labels, row.favourite, row.stage or "", row.next_end)[column]

    def _display_row(self, row: CounterpartyRow) -> tuple[str, ...]:
        """The texts of a row's cells, in column order."""
        return (
            row.name,
            kind_code_label(row.kind),
            self._natures.get(row.nature or "", ""),  # an unknown nature shows nothing
            row.city or "",
            row.department_code or "",
            row.sectors,
            row.labels,
            FAVOURITE_MARK if row.favourite else "",
            self._stages.get(row.stage, row.stage) if row.stage else "",
            day_text(row.next_end) if row.next_end else "",
        )
