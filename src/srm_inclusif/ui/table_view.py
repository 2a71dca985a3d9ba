"""The app's standard table: a sort proxy on the model's raw values, whole-row single selection.

Also the helpers that make tables fit a laptop screen: cells cut short by their column show
their whole text as a tooltip, and a table can keep every column inside its viewport (one
column stretching, the short ones sized to their contents, the long ones capped).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFontMetrics, QHelpEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOption,
    QStyleOptionHeader,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
    QWidget,
)

from srm_inclusif.ui.models.record_table import SORT_ROLE
from srm_inclusif.ui.sizing import on_viewport_resized


class FullTextDelegate(QStyledItemDelegate):
    """The standard delegate, plus a tooltip with the whole text of a cell shown elided."""

    def helpEvent(self, event: QHelpEvent, view: QAbstractItemView,  # noqa: N802
                  option: QStyleOptionViewItem,
                  index: QModelIndex | QPersistentModelIndex) -> bool:
        if (event is not None and event.type() == QEvent.Type.ToolTip and index.isValid()
                and index.data(Qt.ItemDataRole.ToolTipRole) is None):
            text = elided_text(self, option, index)
            if text:
                QToolTip.showText(event.globalPos(), text, view)
                return True
        return super().helpEvent(event, view, option, index)


def elided_text(delegate: QStyledItemDelegate, option: QStyleOptionViewItem,
                index: QModelIndex | QPersistentModelIndex) -> str:
    """The text of a cell when its column is too narrow to show it whole, else ''."""
    text = index.data(Qt.ItemDataRole.DisplayRole)
    if not isinstance(text, str) or not text:
        return ""
    opt = QStyleOptionViewItem(option)
    delegate.initStyleOption(opt, index)
    margin = cell_margin(opt.widget, opt) if opt.widget is not None else 0
    needed = max(opt.fontMetrics.horizontalAdvance(line) for line in text.split("\n"))
    return text if needed + margin > opt.rect.width() else ""


def cell_margin(view: QWidget, option: QStyleOption | None = None) -> int:
    """The room beside a cell's text, both sides together, as the standard delegate leaves it."""
    return 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, option,
                                         view) + 1)


def row_lines(view: QTableView) -> int:
    """How many lines of text a row of ``view`` shows."""
    return max(1, view.verticalHeader().defaultSectionSize() // view.fontMetrics().lineSpacing())


def text_width(view: QTableView, column: int, lines: int) -> int:
    """Width that shows each text of ``column`` whole on ``lines`` lines, wrapped at spaces.

    Its cells' margins and grid line are counted as Qt counts them, plus a pixel for the
    fractions of pixel that the whole-pixel widths of QFontMetrics round away.
    """
    metrics, model = view.fontMetrics(), view.model()
    texts = {str(model.index(row, column).data() or "") for row in range(model.rowCount())}
    needed = max((narrowest_wrap(metrics, text, lines) for text in texts), default=0)
    return needed + cell_margin(view) + int(view.showGrid()) + 1


#: Rows a column's width is measured on (the visible ones first): Qt's default, 1 000, made a
#: report of 40 000 rows take more than a second to show.
CONTENTS_PRECISION = 200


def fit_columns(view: QTableView, *, stretch: int, capped: dict[int, int] | None = None,
                fixed: Iterable[int] = ()) -> None:
    """Keep the columns inside the viewport: ``stretch`` takes the room left.

    The other columns are sized to their contents and to their whole title on the header's
    lines, sort arrow included (titles wrap, see ``wrap_titles``); the contents of ``capped``
    ones get at most that many average characters (their cells are elided, with a tooltip);
    ``fixed`` columns keep the width they were given. Call it again after a reload.
    """
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    header.setResizeContentsPrecision(CONTENTS_PRECISION)
    if not header.defaultAlignment() & Qt.TextFlag.TextWordWrap:
        wrap_titles(view)
    capped = capped or {}
    keep = set(fixed)
    char = view.fontMetrics().averageCharWidth()
    for column in range(header.count()):
        if column == stretch:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            continue
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        if column in keep or header.isSectionHidden(column):
            continue
        content = view.sizeHintForColumn(column)
        if column in capped:
            content = min(content, capped[column] * char)
        header.resizeSection(column, max(content, title_width(view, column)))


#: Average characters the main column of a ``WholeTextFit`` keeps at least (fewer if its texts
#: are shorter): narrower, the table scrolls sideways instead.
MAIN_LEAST_CHARS = 20


class WholeTextFit(QObject):
    """Keeps a table's columns inside it, its main column showing its texts whole.

    ``stretch`` takes the room left, and keeps enough of it to show its texts on the lines of a
    row. The ``beside`` columns fit their texts and titles, at most ``beside[column]`` average
    characters (a longer text is cut, whole in its tooltip): on one line when that leaves
    ``stretch`` its room, else on a row's lines. A column capped at None instead shares the
    row's lines with ``stretch`` and keeps within the room that ``stretch`` spares.
    ``fit_columns`` sizes the others, the ``capped`` ones at most that many average characters.
    When the others leave ``stretch`` less than its least width (``least_width``), it keeps
    that width and the table scrolls sideways. The table is fitted again when its rows are
    reloaded (its texts measured once then) and when it is resized. Owned by the table.
    """

    def __init__(self, view: QTableView, *, stretch: int,
                 beside: Mapping[int, int | None],
                 capped: Mapping[int, int] | None = None) -> None:
        super().__init__(view)
        self._view = view
        self._stretch = stretch
        self._beside = dict(beside)
        self._capped = dict(capped or {})
        self._measured: dict[tuple[int, int], int] = {}
        view.model().modelReset.connect(self.reload)
        on_viewport_resized(view, self.fit)

    def reload(self) -> None:
        """Measure the new rows' texts and fit the columns to them."""
        self._measured.clear()
        self.fit()

    def fit(self) -> None:
        """Fit the columns to the table's width."""
        view, stretch = self._view, self._stretch
        fit_columns(view, stretch=stretch, capped=self._capped,
                    fixed=self._beside)  # sizes the others
        header, lines = view.horizontalHeader(), row_lines(view)
        others = sum(header.sectionSize(c) for c in range(header.count())
                     if c != stretch and c not in self._beside and not header.isSectionHidden(c))
        room = view.viewport().width() - others - self._text_width(stretch, lines)
        widths = self._widths(1, room)
        if sum(widths.values()) > room:
            widths = self._widths(lines, room)
        for column, width in widths.items():
            header.resizeSection(column, width)
        self._keep_main_readable(others + sum(widths.values()))

    def _keep_main_readable(self, others: int) -> None:
        """Stretch the main column, or give it its least width and let the table scroll sideways.

        Squeezed by the others on a small screen, a stretched column fell to a few pixels
        (« Intitulé » 25 px wide at 1024 px, its titles shown as « Coll… »).
        """
        view, stretch = self._view, self._stretch
        header = view.horizontalHeader()
        least = self.least_width()
        if view.viewport().width() - others >= least:
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        else:
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(stretch, least)

    def least_width(self) -> int:
        """The main column's least width: its title, and its texts up to ``MAIN_LEAST_CHARS``."""
        view, stretch = self._view, self._stretch
        chars = MAIN_LEAST_CHARS * view.fontMetrics().averageCharWidth()
        texts = min(self._text_width(stretch, 1), chars)
        return max(texts, title_width(view, stretch))

    def _widths(self, lines: int, room: int) -> dict[int, int]:
        """The widths of the ``beside`` columns with their texts on ``lines`` lines."""
        char = self._view.fontMetrics().averageCharWidth()
        widths = {}
        for column, chars in self._beside.items():
            if chars is None:
                width = min(self._text_width(column, row_lines(self._view)), room)
            else:
                width = min(self._text_width(column, lines), chars * char)
            widths[column] = max(width, title_width(self._view, column))
        return widths

    def _text_width(self, column: int, lines: int) -> int:
        """``text_width``, measured once per reload (a resize only compares)."""
        if (column, lines) not in self._measured:
            self._measured[column, lines] = text_width(self._view, column, lines)
        return self._measured[column, lines]


#: The header property holding how many lines its titles may take (``wrap_titles``).
TITLE_LINES = "titleLines"


def wrap_titles(view: QTableView, lines: int = 2) -> None:
    """Let the column titles wrap at their spaces, on up to ``lines`` lines."""
    header = view.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
    header.setProperty(TITLE_LINES, lines)
    fm = header.fontMetrics()
    one_line = header.sizeHint().height()
    header.setMinimumHeight(one_line + (lines - 1) * fm.lineSpacing())


def title_width(view: QTableView, column: int) -> int:
    """Width a column needs to show its whole title, on the header's lines (``wrap_titles``).

    The room of the sort arrow is counted: sorting by a column puts the arrow beside its
    title, which the style then lays out in what is left (« Amount excl. VAT » went onto a
    third line, cut, when the list was sorted by amount).
    """
    header = view.horizontalHeader()
    title = str(view.model().headerData(column, Qt.Orientation.Horizontal) or "")
    fm = header.fontMetrics()
    lines = 1
    if header.defaultAlignment() & Qt.TextFlag.TextWordWrap:
        lines = int(header.property(TITLE_LINES) or 2)
    return narrowest_wrap(fm, title, lines) + label_room(header) + fm.averageCharWidth()


def narrowest_wrap(fm: QFontMetrics, text: str, lines: int) -> int:
    """The narrowest width that holds ``text`` on ``lines`` lines, wrapped at its spaces."""
    words = text.split()
    if not words:
        return 0
    runs = sorted({fm.horizontalAdvance(" ".join(words[i:j]))
                   for i in range(len(words)) for j in range(i + 1, len(words) + 1)})
    longest = max(fm.horizontalAdvance(w) for w in words)
    return next((w for w in runs if w >= longest and _lines(fm, words, w) <= lines), runs[-1])


def _lines(fm: QFontMetrics, words: list[str], width: int) -> int:
    """How many lines ``words`` take when wrapped greedily at ``width``."""
    count, line = 1, words[0]
    for word in words[1:]:
        if fm.horizontalAdvance(f"{line} {word}") <= width:
            line = f"{line} {word}"
        else:
            count, line = count + 1, word
    return count


def label_room(header: QHeaderView) -> int:
    """How much narrower than its section a title is laid out when the sort arrow shows."""
    option = QStyleOptionHeader()
    option.initFrom(header)
    option.orientation = Qt.Orientation.Horizontal
    option.state |= QStyle.StateFlag.State_Horizontal
    option.sortIndicator = QStyleOptionHeader.SortIndicator.SortDown
    height = max(header.height(), header.minimumHeight(), header.sizeHint().height())
    option.rect = QRect(0, 0, 400, height)
    label = header.style().subElementRect(QStyle.SubElement.SE_HeaderLabel, option, header)
    return 400 - label.width()


def columns_outside(view: QTableView) -> list[int]:
    """The visible columns that do not end inside the viewport (laid out, not scrolled)."""
    header = view.horizontalHeader()
    width = view.viewport().width()
    return [c for c in range(header.count()) if not header.isSectionHidden(c)
            and header.sectionPosition(c) + header.sectionSize(c) > width]


class RowTableView(QTableView):
    """A list of whole rows: Home and End, with or without Ctrl, go to its first or last row.

    A plain table sends them to the first or last column: Ctrl+End scrolled a wide list
    sideways, its names out of sight, and did not select the last row.
    """

    _ENDS = (QAbstractItemView.CursorAction.MoveHome, QAbstractItemView.CursorAction.MoveEnd)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabKeyNavigation(False)  # a list: Tab leaves it (see ``show_sorted``)

    def moveCursor(self, action: QAbstractItemView.CursorAction,  # noqa: N802
                   modifiers: Qt.KeyboardModifier) -> QModelIndex:
        model = self.model()
        if action not in self._ENDS or model is None or model.rowCount() == 0:
            return super().moveCursor(action, modifiers)
        row = 0 if action == QAbstractItemView.CursorAction.MoveHome else model.rowCount() - 1
        current = self.currentIndex()
        first_shown = self.horizontalHeader().logicalIndexAt(0)
        return model.index(row, max(current.column() if current.isValid() else first_shown, 0))

    def selectionCommand(self, index: QModelIndex | QPersistentModelIndex,  # noqa: N802
                         event: QEvent | None = None) -> QItemSelectionModel.SelectionFlag:
        if (isinstance(event, QKeyEvent) and event.key() in (Qt.Key.Key_Home, Qt.Key.Key_End)
                and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier):
            return (QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
        return super().selectionCommand(index, event)


def sorted_table_view(model: QAbstractItemModel, *, object_name: str,
                      parent: QWidget | None = None) -> tuple[QTableView, QSortFilterProxyModel]:
    """A table over ``model`` sorted by its ``SORT_ROLE``; returns the view and its proxy."""
    view = QTableView(parent)
    view.setObjectName(object_name)
    return view, show_sorted(view, model)


def show_sorted(view: QTableView, model: QAbstractItemModel) -> QSortFilterProxyModel:
    """Show ``model`` in ``view`` through a proxy sorted by ``SORT_ROLE``; return the proxy.

    Rows keep the model's order until a header is clicked; whole rows are selected, one at a time.
    Tab leaves the table for the next control, as it leaves a list: it walked cell by cell and
    never reached the buttons (the arrows move in the table).
    """
    proxy = QSortFilterProxyModel(view)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    view.setModel(proxy)
    view.setItemDelegate(FullTextDelegate(view))
    view.setSortingEnabled(True)
    view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    view.setTabKeyNavigation(False)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    return proxy
