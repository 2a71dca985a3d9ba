"""The open workspace as the UI sees it: engine, undo stack, clock, change and day signals."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from srm_inclusif.core.clock import system_today
from srm_inclusif.core.vocabulary import use_profile_words
from srm_inclusif.storage.changes import Changes
from srm_inclusif.storage.services.settings import SettingsView, get_settings
from srm_inclusif.storage.workspace import Workspace
from srm_inclusif.ui.day_watch import DayWatch


class WorkspaceContext(QObject):
    """Shared by every page: one workspace, one undo stack, one change signal."""

    data_changed = Signal(object)
    #: The new date, when the day changes while the workspace is open (``DayWatch``).
    day_changed = Signal(object)
    #: A backup copy (Path) the user chose to put back in place of the workspace.
    restore_requested = Signal(object)

    def __init__(self, workspace: Workspace, *, today: Callable[[], date] = system_today,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.engine = workspace.engine
        self.today = today
        self.undo_stack = QUndoStack(self)
        self._settings: SettingsView | None = None
        self.day_watch = DayWatch(lambda: self.today(), self)
        self.day_watch.day_changed.connect(self._on_day_changed)

    @property
    def settings(self) -> SettingsView:
        """Workspace settings, cached until a change touches them.

        Read, they also name stages and indicators in the words of the workspace's profile.
        """
        if self._settings is None:
            self._settings = get_settings(self.engine)
            use_profile_words(self._settings.profile)
        return self._settings

    def notify(self, changes: Changes) -> None:
        """Tell every view what a write changed."""
        if changes.touches("settings"):
            self._settings = None
            self.settings  # noqa: B018 — read again now: the views name stages in its words
        self.data_changed.emit(changes)

    def _on_day_changed(self, day: date) -> None:
        """A new day: say it, then redraw what counts days (reminders, « en retard »)."""
        self.day_changed.emit(day)
        self.notify(Changes(reminders=True))

    def run_command(self, command: QUndoCommand) -> None:
        """Do a user action as one named undo step."""
        self.undo_stack.push(command)
