"""The progress chart of an objective sheet's PDF page, drawn as vectors by an inline text object.

``sheet_pdf`` writes ``CHART_MARK`` where the chart goes in the sheet's HTML, then
``insert_chart`` puts the chart object there: the bars go to the PDF or the printer as vectors.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication, QObject, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPen,
    QPyTextObject,
    QTextCharFormat,
    QTextDocument,
    QTextFormat,
)

from srm_inclusif.core.objective_sheet import ObjectiveSheetDocument, format_percent
from srm_inclusif.ui.lifecycle.card_text import wrapped

CHART_WIDTH, CHART_HEIGHT = 500, 130
CHART_MARK = "[[graphique]]"
CHART_OBJECT = QTextFormat.ObjectTypes.UserObject + 1


def tr(text: str) -> str:
    """Translate a sheet string (French source), in the empty context as ``sheet_pdf.tr``."""
    return QCoreApplication.translate("", text)


@cache
def sheet_font(pixel_size: int) -> QFont:
    """The sheet's font at a pixel size, made once (the caller must not modify it)."""
    font = QFont("DejaVu Sans")
    font.setPixelSize(pixel_size)
    return font


def insert_chart(text: QTextDocument, document: ObjectiveSheetDocument) -> None:
    """Replace the chart mark by the vector chart object."""
    handler = ProgressChart(document, text)
    text.documentLayout().registerHandler(int(CHART_OBJECT), handler)
    cursor = text.find(CHART_MARK)
    if cursor.isNull():
        return
    fmt = QTextCharFormat()
    fmt.setObjectType(int(CHART_OBJECT))
    cursor.insertText("\ufffc", fmt)


class ProgressChart(QPyTextObject):
    """The progress chart as an inline text object, drawn as vectors wherever the text goes."""

    def __init__(self, document: ObjectiveSheetDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document

    def intrinsicSize(self, doc: QTextDocument, pos: int, fmt: QTextFormat) -> QSizeF:  # noqa: N802
        """Fixed size in CSS pixels."""
        return QSizeF(CHART_WIDTH, CHART_HEIGHT)

    def drawObject(self, painter: QPainter, rect: QRectF, doc: QTextDocument,  # noqa: N802
                   pos: int, fmt: QTextFormat) -> None:
        """Paint the chart in ``rect``."""
        painter.save()
        painter.translate(rect.topLeft())
        draw_progress_chart(painter, self.document)
        painter.restore()


def draw_progress_chart(painter: QPainter, document: ObjectiveSheetDocument) -> None:
    """Horizontal bars: achievement of each objective against the 100 % target line."""
    painter.setFont(sheet_font(11))
    painter.setPen(QColor("#1a1a1a"))
    label_w, top, scale_max = 165, 18, 1.5
    bar_area = CHART_WIDTH - label_w - 45
    step = (CHART_HEIGHT - top - 5) / max(len(document.rows), 1)
    painter.drawText(QRectF(0, 0, CHART_WIDTH, top), Qt.AlignmentFlag.AlignLeft,
                     tr("Atteinte par objectif (trait : cible 100 % ; orange : rien n'est versé)"))
    target_x = label_w + bar_area / scale_max
    values: list[tuple[QRectF, str]] = []
    for index, row in enumerate(document.rows):
        y = top + index * step
        label = bar_label(painter.fontMetrics(), row.objective.label, label_w - 5, step)
        painter.drawText(QRectF(0, y, label_w - 4, step), Qt.AlignmentFlag.AlignRight
                         | Qt.AlignmentFlag.AlignVCenter, label)
        ratio = min(float(row.achievement or 0), scale_max)
        colour = "#0072b2" if row.payout_rate else "#d55e00"  # colour-blind-safe pair
        painter.fillRect(QRectF(label_w, y + step * 0.2, bar_area * ratio / scale_max,
                                step * 0.6), QColor(colour))
        values.append((QRectF(label_w + bar_area * ratio / scale_max + 3, y, 45, step),
                       format_percent(row.achievement, 0)))
    painter.setPen(QPen(QColor("#222222"), 1, Qt.PenStyle.DashLine))
    painter.drawLine(QPointF(target_x, top), QPointF(target_x, CHART_HEIGHT - 3))
    painter.setPen(QColor("#1a1a1a"))
    for rect, text in filter(lambda value: value[1], values):
        # over the target line, on white: « 90 % » stays readable
        shown = painter.boundingRect(rect, Qt.AlignmentFlag.AlignVCenter, text)
        painter.fillRect(shown.adjusted(-1, 0, 1, 0), QColor("white"))
        painter.drawText(rect, Qt.AlignmentFlag.AlignVCenter, text)


def bar_label(metrics: QFontMetrics, text: str, width: float, height: float) -> str:
    """An objective's name beside its bar, on two lines when it needs them and has the room.

    Two lines fit the bar's row on a sheet of up to about eight objectives; what is still too
    long ends with « … ». « Nouveaux fournisseurs inclusifs testés » read « … incl… ».
    """
    if metrics.horizontalAdvance(text) <= width or height < 2 * metrics.lineSpacing():
        return metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(width))
    return wrapped(text, metrics, int(width), max_lines=2)
