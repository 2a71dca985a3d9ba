"""Draws an achievement cell as a small progress bar with its percentage."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

#: Okabe-Ito colours: met, under way, under the trigger.
MET, UNDER_WAY, LOW = QColor("#009E73"), QColor("#E69F00"), QColor("#D55E00")
FULL_SCALE = Decimal("1.3")  # a full bar is 130 %, the usual cap


class ProgressDelegate(QStyledItemDelegate):
    """Reads the ratio from the sort role (``ratio_role``) and paints it behind the text."""

    def __init__(self, ratio_role: int, parent: Any = None) -> None:
        super().__init__(parent)
        self.ratio_role = ratio_role

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        """Bar first, then the usual text on top."""
        ratio = index.data(self.ratio_role)
        if isinstance(ratio, Decimal) and ratio.is_finite() and ratio >= 0:
            share = float(min(ratio, FULL_SCALE) / FULL_SCALE)
            rect: QRect = option.rect.adjusted(2, 4, -2, -4)  # type: ignore[attr-defined]
            colour = MET if ratio >= 1 else UNDER_WAY if ratio >= Decimal("0.6") else LOW
            colour = QColor(colour)
            colour.setAlpha(90)
            painter.save()
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRect(rect.adjusted(0, 0, int(rect.width() * share) - rect.width(), 0))
            painter.restore()
        super().paint(painter, option, index)
