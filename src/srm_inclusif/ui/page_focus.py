"""Which widget a page of the main window is entered by, and giving it the focus."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QWidget


def give_focus(page: QWidget) -> None:
    """Give the focus to the widget ``page`` is entered by, if it has one."""
    target = focus_target(page)
    if target is not None:
        target.setFocus(Qt.FocusReason.OtherFocusReason)


def focus_target(page: QWidget) -> QWidget | None:
    """The widget a page is entered by: its own choice (``focus_target()``), else its largest list.

    The largest visible list or table is what the page is about (the register, the contracts);
    a page without one (or whose choice is None) gets its first widget that takes the focus.
    """
    chosen = getattr(page, "focus_target", None)
    if callable(chosen) and (target := chosen()) is not None:
        return target  # type: ignore[no-any-return]
    if page.layout() is not None:
        page.layout().activate()  # a page just built has not its children's sizes yet
    widgets = [w for w in page.findChildren(QWidget)
               if w.isVisibleTo(page) and w.focusPolicy() & Qt.FocusPolicy.TabFocus]
    views = [w for w in widgets if isinstance(w, QAbstractItemView)]
    if views:
        return max(views, key=lambda v: v.width() * v.height())
    return widgets[0] if widgets else None
