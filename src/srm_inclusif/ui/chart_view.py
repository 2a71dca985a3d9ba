"""One embedded chart: a matplotlib Figure on a Qt canvas, with save and copy actions."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import matplotlib as mpl
import shiboken6
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCursor, QKeySequence, QPaintEvent, QWheelEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QMenu,
    QMessageBox,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from srm_inclusif.charts import save_figure
from srm_inclusif.charts.artists import hover_text
from srm_inclusif.charts.style import RC, is_empty, refit
from srm_inclusif.core.errors import SrmError
from srm_inclusif.core.file_names import slug
from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP
from srm_inclusif.ui import file_dialogs
from srm_inclusif.ui.errors import error_text

#: File dialog filter → suffix.
FILTERS = {
    QT_TRANSLATE_NOOP("ChartView", "Image PNG (*.png)"): ".png",
    QT_TRANSLATE_NOOP("ChartView", "Image vectorielle SVG (*.svg)"): ".svg",
    QT_TRANSLATE_NOOP("ChartView", "Document PDF (*.pdf)"): ".pdf",
}


class _Canvas(FigureCanvasQTAgg):
    """The Qt canvas, rendering with the charts' settings (unhinted text, faster)."""

    def draw(self) -> None:
        """Render the figure; nothing once the canvas is gone.

        A chart dropped (the charts of the profile left, a closed window) may still have
        matplotlib's idle draw to come: it finds nothing to draw on.
        """
        if not shiboken6.isValid(self):
            return
        with mpl.rc_context(RC):
            try:
                super().draw()
            except RuntimeError:  # deleted while drawing: nothing left to show it on
                if shiboken6.isValid(self):
                    raise

    def draw_idle(self) -> None:
        """Render at the next turn of the event loop, if the canvas is still there and shown.

        matplotlib's own timer was bound to nothing: it rendered the charts of a closed window
        or of the profile left, for no one, and Python's collector could delete them meanwhile.
        A hidden canvas keeps its drawing pending: its next paint renders it.
        """
        if self._draw_pending or self._is_drawing:
            return
        self._draw_pending = True
        QTimer.singleShot(0, self, self._draw_if_shown)

    def _draw_if_shown(self) -> None:
        if self.isVisible():
            self._draw_idle()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        """Leave the wheel to the page: the charts are not zoomed, the panel scrolls."""
        event.ignore()


class ChartView(QWidget):
    """A chart drawn by ``draw(ax)``; can be saved as PNG, SVG or PDF and copied."""

    saved = Signal(Path)
    copied = Signal()

    def __init__(self, key: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.title = title
        self.setObjectName(f"chart_{key}")
        self.setAccessibleName(title)
        self._last: tuple[Any, ...] | None = None
        self._pending = False
        self.figure = Figure(figsize=(5.6, 3.3), dpi=100)
        self.canvas = _Canvas(self.figure)
        self.canvas.setMinimumHeight(280)
        self.canvas.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self._build_actions()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.canvas, 1)
        layout.addLayout(self._buttons())
        self.canvas.customContextMenuRequested.connect(self._on_context_menu)
        self.canvas.mpl_connect("resize_event", lambda _event: refit(self.figure))
        self.canvas.mpl_connect("motion_notify_event", self._on_hover)

    def _build_actions(self) -> None:
        self.save_action = QAction(self.tr("Enregistrer l'image…"), self)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_action.triggered.connect(self._on_save)
        self.copy_action = QAction(self.tr("Copier l'image"), self)
        self.copy_action.setShortcut(QKeySequence.StandardKey.Copy)
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.copy_action.triggered.connect(self.copy_to_clipboard)
        self.addActions([self.save_action, self.copy_action])

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addStretch(1)
        for action, name in ((self.save_action, "save"), (self.copy_action, "copy")):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setObjectName(f"{name}_{self.key}")
            button.setAutoRaise(True)
            row.addWidget(button)
        return row

    def draw(self, painter: Callable[..., Any], *args: Any) -> bool:
        """Draw the chart with ``painter(ax, *args)`` unless its data did not change.

        A chart scrolled out of sight is drawn when it next comes into view (``paintEvent``).
        """
        if self._last == (painter, args):
            return False
        self._last = (painter, args)
        self._pending = True
        if not self.visibleRegion().isEmpty():
            self.flush()
        return True

    @property
    def pending(self) -> bool:
        """True while new data waits to be drawn (the chart is out of sight)."""
        return self._pending

    def flush(self) -> None:
        """Build the figure of the latest data now (even out of sight)."""
        if not self._pending or self._last is None:
            return
        self._pending = False
        painter, args = self._last
        # The same Axes every time: the painters update the artists already drawn on it.
        ax = self.figure.axes[0] if self.figure.axes else self.figure.add_subplot()
        painter(ax, *args)
        # an empty chart is only its message: nothing worth saving or copying
        for action in (self.save_action, self.copy_action):
            action.setEnabled(not is_empty(ax))
        self.canvas.draw_idle()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        """Draw pending data once the chart is in sight."""
        super().paintEvent(event)
        if self._pending:
            self.flush()

    @property
    def axes(self) -> Any:
        """The chart's Axes (for tests and exports), drawn with the latest data."""
        self.flush()
        return self.figure.axes[0]

    def save_to(self, path: Path) -> Path:
        """Save the chart to a PNG, SVG or PDF file."""
        self.flush()
        saved = save_figure(self.figure, path)
        self.saved.emit(saved)
        return saved

    def copy_to_clipboard(self) -> None:
        """Put the chart's image on the clipboard."""
        self.flush()
        self.canvas.draw()
        QApplication.clipboard().setPixmap(self.canvas.grab())
        self.copied.emit()

    def _on_save(self) -> None:
        # the dialog answers with the filter as shown, i.e. translated
        filters = {QCoreApplication.translate("ChartView", f): suffix
                   for f, suffix in FILTERS.items()}
        path, chosen = file_dialogs.get_save_file_name(
            self, self.tr("Enregistrer le graphique"), f"{slug(self.title)}.png",
            ";;".join(filters))
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() not in FILTERS.values():
            target = target.with_suffix(filters.get(chosen, ".png"))
        try:
            self.save_to(target)
        except (SrmError, OSError) as error:
            QMessageBox.warning(self, self.tr("Enregistrement impossible"), error_text(error))

    def _on_hover(self, event: Any) -> None:
        """Show what the chart says of the category under the mouse (a whole name, its values)."""
        text = hover_text(self.figure.axes[0], event.x, event.y) if self.figure.axes else None
        if text:
            QToolTip.showText(QCursor.pos(), text, self.canvas)
        else:
            QToolTip.hideText()

    def _on_context_menu(self, position: Any) -> None:
        menu = QMenu(self)
        menu.addActions([self.save_action, self.copy_action])
        menu.exec(self.canvas.mapToGlobal(position))
