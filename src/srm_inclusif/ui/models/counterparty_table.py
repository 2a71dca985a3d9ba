"""Table model of the counterparty list: every match a row, pages read from SQL on demand."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer

from srm_inclusif.core.kinds import Kind, kind_code_label
from srm_inclusif.core.numbers import day_text
from srm_inclusif.core.search_query import CounterpartyFilter, search_terms
from srm_inclusif.core.vocabulary import Nature, Stage
from srm_inclusif.storage.services.counterparties import (
    CounterpartyRow,
    search_counterparties,
    search_ids,
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
#: Rows read at a time: a bit more than a full-screen list shows.
PAGE_SIZE = 60
#: Pages kept in memory (the first one always): beyond, the least recently shown is dropped.
MAX_PAGES = 100
#: Up to this many pages not in memory, the ids of chosen rows are read page by page.
FEW_PAGES = 3
#: What marks a favourite, in its cells and as its column's title.
FAVOURITE_MARK = "★"
#: The roles a column title answers with its name in words (hovered, or read aloud).
_TITLE_NAME_ROLES = frozenset(int(role.value) for role in (Qt.ItemDataRole.ToolTipRole,
                                                       Qt.ItemDataRole.AccessibleTextRole))


def _searched(flt: CounterpartyFilter) -> tuple[list[str], CounterpartyFilter]:
    """What a filter actually searches: the words of its text and its facets."""
    return search_terms(flt.text), replace(flt, text="")


@dataclass(frozen=True)
class _Query:
    """What the shown rows answer: a filter in an order."""

    flt: CounterpartyFilter
    sort: str
    descending: bool


@dataclass(frozen=True)
class _Page:
    """Rows read together and the texts of their cells, made once."""

    rows: list[CounterpartyRow]
    cells: list[tuple[str, ...]]


class CounterpartyTableModel(QAbstractTableModel):
    """Every row of the current filter, each page read from SQL when the view first shows it.

    The row count is the filter's total from the start, so the scroll bar and Ctrl+End reach
    the last row at once on 100 000 counterparties.
    """

    def __init__(self, engine: Any, today: Callable[[], date], parent: Any = None) -> None:
        super().__init__(parent)
        self._engine = engine
        self._today = today
        self._filter = CounterpartyFilter()
        self._sort = "rank"
        self._descending = False
        # what the pages answer: the filter and order change only when the model is reset
        self._shown = _Query(self._filter, self._sort, self._descending)
        self._pages: OrderedDict[int, _Page] = OrderedDict()  # least recently shown first
        self._row_by_id: dict[int, int] = {}
        self._total = 0
        self._reload_due = False  # a reload is scheduled (a page came back short)
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
        """Number of counterparties matching the filter (every one is a row)."""
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
        """Re-run the query, keeping the filter and the order; read the first page."""
        query = _Query(self._filter, self._sort, self._descending)
        page = search_page(self._engine, flt=query.flt, today=self._today(), sort=query.sort,
                           descending=query.descending, limit=PAGE_SIZE)
        self.beginResetModel()  # the rows still answer the former query until here
        self._shown, self._total = query, page.total or 0
        self._pages.clear()
        self._row_by_id.clear()
        self._keep(0, page.rows)
        self.endResetModel()
        self._reload_due = False  # not before: the reset itself may read pages of the former count

    def row_at(self, row: int) -> CounterpartyRow | None:
        """The counterparty shown on a row (its page is read if it is not in memory).

        None when the row is empty: records removed elsewhere since the count was taken (the
        list is then read again).
        """
        if row < 0:
            return None
        rows = self._page_at(row).rows
        return rows[row % PAGE_SIZE] if row % PAGE_SIZE < len(rows) else None

    def row_of(self, counterparty_id: int) -> int | None:
        """The row showing a counterparty, if its page is in memory."""
        return self._row_by_id.get(counterparty_id)

    def ids_at(self, rows: Sequence[int]) -> list[int]:
        """The ids shown on rows, in the given order.

        Rows on more than a few pages not in memory (a whole list selected) are read in one
        query rather than page by page.
        """
        if len({row // PAGE_SIZE for row in rows} - self._pages.keys()) <= FEW_PAGES:
            return [shown.id for shown in map(self.row_at, rows) if shown is not None]
        first, last = min(rows), max(rows)
        query = self._shown
        ids = search_ids(self._engine, flt=query.flt, today=self._today(), sort=query.sort,
                         descending=query.descending, offset=first, limit=last - first + 1)
        if len(ids) < min(last, self._total - 1) - first + 1:
            self._reload_soon()
        return [ids[row - first] for row in rows if row - first < len(ids)]

    def _page_at(self, row: int) -> _Page:
        number = row // PAGE_SIZE
        page = self._pages.get(number)
        if page is None:
            return self._keep(number, self._read(number))
        self._pages.move_to_end(number)
        return page

    def _read(self, number: int) -> list[CounterpartyRow]:
        query = self._shown
        rows = search_counterparties(self._engine, flt=query.flt, today=self._today(),
                                     sort=query.sort, descending=query.descending,
                                     offset=number * PAGE_SIZE, limit=PAGE_SIZE)
        if len(rows) < min(PAGE_SIZE, self._total - number * PAGE_SIZE):
            self._reload_soon()  # records were removed since the count: it is wrong now
        return rows

    def _reload_soon(self) -> None:
        """Read the list again once the view is done asking (not while it paints)."""
        if not self._reload_due:
            self._reload_due = True
            QTimer.singleShot(0, self, self.reload)

    def _keep(self, number: int, rows: list[CounterpartyRow]) -> _Page:
        """Keep a page read, dropping the least recently shown one beyond ``MAX_PAGES``."""
        page = _Page(rows, [self._display_row(row) for row in rows])
        self._pages[number] = page
        first = number * PAGE_SIZE
        self._row_by_id.update((row.id, first + i) for i, row in enumerate(rows))
        if len(self._pages) > MAX_PAGES:
            self._drop(next(n for n in self._pages if n != 0))
        return page

    def _drop(self, number: int) -> None:
        for row in self._pages.pop(number).rows:
            if self._row_by_id.get(row.id, -1) // PAGE_SIZE == number:
                del self._row_by_id[row.id]

    # -- Qt model API -------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._headers)

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
            if row < 0:
                return None
            cells = self._page_at(row).cells
            # a page read after a write elsewhere may be short: its missing rows show nothing
            return cells[row % PAGE_SIZE][index.column()] if row % PAGE_SIZE < len(cells) else None
        if role not in _ANSWERED or not index.isValid():
            return None
        page = self._page_at(index.row())
        if index.row() % PAGE_SIZE >= len(page.rows):
            return None
        row = page.rows[index.row() % PAGE_SIZE]
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
