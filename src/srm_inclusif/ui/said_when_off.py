"""Keys that speak while their action is off: they say in the status bar why nothing happens."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QStatusBar, QWidget

#: How long the status bar shows what the keys said (ms).
MESSAGE_MS = 4000


class SaidWhenOff(QAction):
    """The keys of an action while it is off: they say in the status bar what ``message`` says.

    Add it to the widget the keys are pressed in (a page, the main window). Only one of the
    two actions is on at a time, so that no key has two actions at once. ``message`` is read
    when the keys are pressed: in the UI language and the state of that moment.
    """

    def __init__(self, action: QAction, message: Callable[[], str]) -> None:
        super().__init__(action)  # goes with its action
        self._message = message
        self.setShortcuts(action.shortcuts())
        self.setShortcutContext(action.shortcutContext())
        self._follow(action.isEnabled())
        action.enabledChanged.connect(self._follow)
        self.triggered.connect(self._say)

    def _follow(self, action_enabled: bool) -> None:
        self.setEnabled(not action_enabled)

    def _say(self) -> None:
        bar = status_bar_of(self._widget())
        if bar is not None:
            bar.showMessage(self._message(), MESSAGE_MS)

    def _widget(self) -> QWidget | None:
        """The widget the keys are pressed in."""
        widgets = [w for w in self.associatedObjects() if isinstance(w, QWidget)]
        return widgets[0] if widgets else None


def status_bar_of(widget: QWidget | None) -> QStatusBar | None:
    """The status bar of the main window ``widget`` is or is over (a dialog's), if any."""
    while widget is not None:
        if isinstance(widget, QMainWindow):
            return widget.statusBar()
        widget = widget.parentWidget()
    return None
