"""What a view paints, read back as text: an SVG records each text drawn."""

from __future__ import annotations

import re

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPoint, QRect
from PySide6.QtGui import QRegion
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QAbstractItemView


def painted_texts(view: QAbstractItemView, area: QRect | None = None) -> list[str]:
    """The texts ``view`` paints (in ``area`` of its viewport when given), line by line."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    svg = QSvgGenerator()
    svg.setOutputDevice(buffer)
    svg.setSize(view.viewport().size())
    if area is None:
        view.viewport().render(svg)
    else:
        view.viewport().render(svg, QPoint(), QRegion(area))
    buffer.close()
    return re.findall(r">([^<>]+)</text>", bytes(data).decode("utf-8"))
