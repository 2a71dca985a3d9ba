"""A form of a read-only workspace, frozen: every value can be read and copied, none changed.

Its text fields and spin boxes turn read-only (their text still selectable), its lists and
tables stop editing and ticking, its choices and buttons go off with a tooltip saying why, and
its own shortcuts (Ctrl+S, Suppr…) stop. The form's code turns a button on again when a row is
chosen: a frozen one stays off (``_KeptOff``), so that the form needs no read-only case of its
own.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTabBar,
    QTableWidget,
    QTextEdit,
    QTreeWidget,
    QTreeWidgetItemIterator,
    QWidget,
)

from srm_inclusif.ui.read_only_banner import refuse_button

TICKABLE = Qt.ItemFlag.ItemIsUserCheckable


def freeze(form: QWidget, why: str, *, keep: Iterable[QWidget] = ()) -> None:
    """Let ``form`` be read, not changed; its choices and buttons say ``why`` they are off.

    ``keep``: the widgets left as they are (« Fermer », a button opening a web page…).
    """
    kept = set(keep)
    kept_off = _KeptOff(form)
    for widget in form.findChildren(QWidget):
        if widget in kept or isinstance(widget.parentWidget(), QTabBar):  # its scroll arrows
            continue
        if isinstance(widget, (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox)):
            widget.setReadOnly(True)
        elif isinstance(widget, QAbstractItemView):
            _stop_editing(widget)
        elif isinstance(widget, (QComboBox, QAbstractButton)):
            refuse_button(widget, why)
            widget.installEventFilter(kept_off)
    for shortcut in form.findChildren(QShortcut):
        shortcut.setEnabled(False)


def _stop_editing(view: QAbstractItemView) -> None:
    """No cell edited, no box ticked; the rows can still be chosen and scrolled."""
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    if isinstance(view, QTreeWidget):
        found = QTreeWidgetItemIterator(view)
        while found.value():
            item = found.value()
            item.setFlags(item.flags() & ~TICKABLE)
            found += 1
    elif isinstance(view, QTableWidget):
        for row in range(view.rowCount()):
            for column in range(view.columnCount()):
                if (item := view.item(row, column)) is not None:
                    item.setFlags(item.flags() & ~TICKABLE)
    elif isinstance(view, QListWidget):
        for row in range(view.count()):
            item = view.item(row)
            item.setFlags(item.flags() & ~TICKABLE)


class _KeptOff(QObject):
    """Turns a frozen widget off again whenever the form's code turns it on."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Off again at once: the form's own state (a row chosen) does not make it writable."""
        if (event.type() == QEvent.Type.EnabledChange and isinstance(watched, QWidget)
                and watched.isEnabled()):
            watched.setEnabled(False)
        return False
