"""The mapping page's preview table: its cells, raw ones in italics, the remark column wrapped."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QSplitter, QTableWidget, QTableWidgetItem

from srm_inclusif.exchange.preview import PreviewRow
from srm_inclusif.ui.models.import_issue_table import reason_text
from srm_inclusif.ui.table_view import (
    FullTextDelegate,
    cell_margin,
    narrowest_wrap,
    wrap_titles,
)

#: The widest a value's column gets when the remarks would have less than ``ROOMY_CHARS``.
CAPPED_CHARS = 20
#: The narrowest a value's column gets (average characters; its whole title, if wider) when
#: capped at ``CAPPED_CHARS`` they still leave the remarks less than ``ROOMY_CHARS``.
LEAST_CHARS = 8
#: The width (in average characters) the remarks are given when the values can spare it.
ROOMY_CHARS = 24
#: The least width of the remarks (in average characters), wrapped on a row's lines.
REMARK_CHARS = 12
#: The preview rows in sight when the page opens, the mapping above given the rest.
ROWS_IN_SIGHT = 4
#: The lines of the preview's column titles (« N° de facture ou / de commande »).
TITLE_LINES = 2
#: The most text lines a preview row shows; the rest of a long remark is in its tooltip.
ROW_LINES = 2


def raw_legend_text() -> str:
    """What the italic cells are, said under the table when it shows some."""
    return QCoreApplication.translate(
        "MappingPage", "En italique : les valeurs telles que le fichier les donne, qui ne seront "
        "pas importées (ligne rejetée, personne absente de l'espace).")


def fill_preview(table: QTableWidget, headers: list[str], rows: list[PreviewRow]) -> bool:
    """Show ``rows`` under ``headers``, line first and remark last; True when a cell is raw."""
    table.clear()
    table.setColumnCount(len(headers) + 2)
    table.setHorizontalHeaderLabels([QCoreApplication.translate("MappingPage", "Ligne"), *headers,
                                     QCoreApplication.translate("MappingPage", "Remarque")])
    table.setRowCount(len(rows))
    for r, preview in enumerate(rows):
        problem = " ".join(reason_text(reason) for reason in preview.problems)  # sentences
        cells = preview.cells or ("",) * len(headers)
        for c, text in enumerate((str(preview.line), *cells, problem)):
            item = QTableWidgetItem(text)
            if len(text) > CAPPED_CHARS:  # whole in its tooltip when its column is capped
                item.setToolTip(text)
            table.setItem(r, c, item)
        table.item(r, len(cells) + 1).setToolTip(problem)
        for index in preview.raw:
            _mark_raw(table, table.item(r, index + 1))
    table.verticalHeader().hide()
    if not isinstance(table.itemDelegate(), FullTextDelegate):
        table.setItemDelegate(FullTextDelegate(table))  # a value cut short: whole in its tooltip
    # « N° de facture ou de commande » on two lines, not pushing the remarks
    wrap_titles(table, TITLE_LINES)
    return any(preview.raw for preview in rows)


def _mark_raw(table: QTableWidget, item: QTableWidgetItem) -> None:
    """A value as the file has it: italic, greyed, its tooltip saying it is not imported."""
    font = item.font()
    font.setItalic(True)
    item.setFont(font)
    item.setForeground(table.palette().color(QPalette.ColorRole.PlaceholderText))
    item.setToolTip(QCoreApplication.translate(
        "MappingPage", "« {value} » : valeur telle que le fichier la donne ; elle ne sera pas "
        "importée.").format(value=item.text()) if item.text() else "")


def fit_remarks(table: QTableWidget) -> None:
    """Wrap the last column (why a row is flagged) within the table rather than scroll."""
    _fit_contents(table)
    room = table.maximumViewportSize()  # without scroll bars: they show up later, if at all
    _cap_values(table, room.width())
    _wrap_remarks(table, room.width())
    if table.verticalHeader().length() > room.height():  # the rows scroll: a bar takes room
        width = room.width() - table.verticalScrollBar().sizeHint().width()
        _cap_values(table, width)
        _wrap_remarks(table, width)


def _fit_contents(table: QTableWidget) -> None:
    """Each column as wide as its texts and its title wrapped on the header's two lines.

    ``resizeColumnsToContents`` counts a title on one line: the empty « Références clients » of
    a SIRENE preview took 117 px for 86, and the remarks were pushed past the edge. The preview
    is never sorted: no room is kept for a sort arrow (``title_width`` keeps some).
    """
    header = table.horizontalHeader()
    for column in range(table.columnCount()):
        header.resizeSection(column, max(table.sizeHintForColumn(column),
                                         _title_room(table, column)))


def _title_room(table: QTableWidget, column: int) -> int:
    """The width of a column's title wrapped on the header's lines, its margins included."""
    header, metrics = table.horizontalHeader(), table.horizontalHeader().fontMetrics()
    title = table.horizontalHeaderItem(column).text()
    return (header.sectionSizeHint(column) - metrics.horizontalAdvance(title)
            + narrowest_wrap(metrics, title, TITLE_LINES))


def _cap_values(table: QTableWidget, width: int) -> None:
    """Narrow the widest values' columns when the remarks would be left a narrow strip.

    A long supplier's name pushed the remarks past the edge, seen only by scrolling sideways,
    or squeezed them to a word a line. The widest columns are capped at one width, as wide as
    leaves the remarks their room, at least ``CAPPED_CHARS`` while that is enough; their texts
    wrap on the rows. The eleven columns of a SIRENE preview, at the wizard's least width, are
    narrowed further (to ``LEAST_CHARS``, or their title): their texts cut short, whole in
    their tooltips (``FullTextDelegate``), rather than the remarks past the edge.
    """
    header, char = table.horizontalHeader(), table.fontMetrics().averageCharWidth()
    note = table.columnCount() - 1
    values = {c: header.sectionSize(c) for c in range(1, note)}
    room = width - header.sectionSize(0) - min(header.sectionSize(note), ROOMY_CHARS * char)
    if sum(values.values()) <= room:
        return
    cap = _cap(values, room, {c: CAPPED_CHARS * char for c in values})
    if sum(min(size, cap) for size in values.values()) > room:
        least = {c: min(size, max(LEAST_CHARS * char, _title_room(table, c)))
                 for c, size in values.items()}
        cap = _cap(values, room, least)
    for column, size in values.items():
        if size > cap:
            header.resizeSection(column, max(cap, min(size, _title_room(table, column))))


def _cap(values: dict[int, int], room: int, least: dict[int, int]) -> int:
    """The widest width the columns (``values``: their widths) can keep to fit ``room``.

    Each column is kept at its ``least`` width at the narrowest; the cap stops there, the
    columns then wider than ``room``.
    """
    def total(cap: int) -> int:
        return sum(max(min(size, cap), least[c]) for c, size in values.items())

    cap = max(values.values())
    while cap > min(least.values()) and total(cap) > room:
        cap -= 1
    return cap


def _wrap_remarks(table: QTableWidget, width: int) -> None:
    """The remark column narrowed for the columns to fit ``width``, its rows made as tall."""
    header = table.horizontalHeader()
    note = table.columnCount() - 1
    room = width - sum(header.sectionSize(c) for c in range(note))
    if header.sectionSize(note) > room >= REMARK_CHARS * table.fontMetrics().averageCharWidth():
        header.resizeSection(note, room)
    table.resizeRowsToContents()
    # four rows of four wrapped lines left the mapping two rows on a laptop screen
    metrics = table.fontMetrics()
    lines = metrics.height() + (ROW_LINES - 1) * metrics.lineSpacing() + cell_margin(table)
    most = max(table.verticalHeader().defaultSectionSize(), lines)
    for row in range(table.rowCount()):
        if table.rowHeight(row) > most:
            table.setRowHeight(row, most)


def rows_height(table: QTableWidget, rows: int = ROWS_IN_SIGHT) -> int:
    """The height that shows the table's first ``rows`` rows whole, header and frame included."""
    shown = range(min(table.rowCount(), rows))
    # shown when the values spill sideways (its range is set later, after the columns' widths)
    spills = table.horizontalHeader().length() > table.viewport().width()
    spill = table.horizontalScrollBar().sizeHint().height() if spills else 0
    return (table.horizontalHeader().height() + sum(table.rowHeight(row) for row in shown)
            + spill + 2 * table.frameWidth())


def show_first_rows(splitter: QSplitter, table: QTableWidget) -> None:
    """Move the divider above the preview's pane to show its first rows (once laid out).

    The mapping above gets the rest of the height.
    """
    lower, total = splitter.widget(1), sum(splitter.sizes())
    if lower.height() <= 0 or not table.rowCount():
        return
    need = lower.height() - table.height() + rows_height(table)
    splitter.setSizes([total - need, need])
