"""The open workspace as the UI sees it: engine, undo stack, clock, change and day signals."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QObject, Signal

from srm_inclusif.core.clock import system_today
from srm_inclusif.core.vocabulary import use_profile_words
from srm_inclusif.storage.changes import Changes
from srm_inclusif.storage.services import contract_starts
from srm_inclusif.storage.services.settings import SettingsView, get_settings
from srm_inclusif.storage.unfinished_import import take_unfinished_imports
from srm_inclusif.storage.workspace import Workspace
from srm_inclusif.ui.day_watch import DayWatch
from srm_inclusif.ui.errors import error_text
from srm_inclusif.ui.undo import refusal
from srm_inclusif.ui.undo_stack import UndoStack, UndoStep


class WorkspaceContext(QObject):
    """Shared by every page: one workspace, one undo stack, one change signal."""

    data_changed = Signal(object)
    #: The new date, when the day changes while the workspace is open (``DayWatch``).
    day_changed = Signal(object)
    #: A backup copy (Path) the user chose to put back in place of the workspace.
    restore_requested = Signal(object)
    #: What the app's own write (not a user's step) could not do, in the user's words: the
    #: window says it without a message box, and opens all the same.
    background_failed = Signal(str)

    def __init__(self, workspace: Workspace, *, today: Callable[[], date] = system_today,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.engine = workspace.engine
        self.today = today
        self.undo_stack = UndoStack(self)
        self._settings: SettingsView | None = None
        self._busy = False
        self._day_missed = False
        self._watching = False
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

    @property
    def busy(self) -> bool:
        """The workspace is closed for a while (a restore puts a copy back): nothing reads it."""
        return self._busy

    def set_busy(self, busy: bool) -> None:
        """Stop (or start again) what the context does on its own: the day watch and its move.

        A day that changed meanwhile is taken up once the workspace is back.
        """
        self._busy = busy
        if busy:
            self.day_watch.timer.stop()
            return
        missed, self._day_missed = self._day_missed, False
        if self._watching:
            self.day_watch.start()
        if missed:
            self._on_day_changed(self.today())
        self.day_watch.check()

    def watch_days(self) -> None:
        """Notice a new day from now on (the workspace's window is shown): see ``DayWatch``."""
        self._watching = True
        if not self._busy:
            self.day_watch.start()

    def move_started_contracts(self) -> None:
        """Move on the relationships whose contract has begun since it was created.

        Run once the window of the workspace is shown, then at each new day: the app's own move
        on a contract's first day, dated that day, not a user's step to undo. A read-only or
        busy workspace is left as it is. A refusal of the file (locked by another program, the
        disk full) is said by ``background_failed``: the move is tried again at the next day
        or opening.
        """
        if self.workspace.read_only or self._busy:
            return
        try:
            changes = contract_starts.move_started_contracts(self.engine, today=self.today())
        except Exception as error:
            failure = refusal(self, error)
            if failure is None:
                raise
            self.background_failed.emit(QCoreApplication.translate(
                "WorkspaceContext", "Les relations dont le contrat commence n'ont pas pu passer "
                "à « Contrat en cours » : {reason}").format(reason=error_text(failure)))
            return
        if changes:
            self._took_own_write(changes)
            self.notify(changes)

    def unfinished_import_notice(self) -> str | None:
        """Once, which imports stopped before their end (killed, power cut); else None.

        Nothing is said of a read-only workspace: the notice could not be taken away once said.
        """
        if self.workspace.read_only:
            return None
        unfinished = take_unfinished_imports(self.workspace.path)
        if not unfinished:
            return None
        seller = self.settings.profile.is_seller
        if len(unfinished) == 1:
            return " ".join((unfinished[0].text(seller=seller), QCoreApplication.translate(
                "WorkspaceContext", "Relancez-le depuis Imports / exports.")))
        return "\n\n".join([*(stopped.text(seller=seller) for stopped in unfinished),
                             QCoreApplication.translate(  # two windows' imports, both stopped
                                 "WorkspaceContext", "Relancez-les depuis Imports / exports.")])

    def _took_own_write(self, changes: Changes) -> None:
        """The latest undo step on the records the app just wrote takes the write as its own.

        Else its undo would find them changed since and refuse (``ui.commands.DoneStep``).
        """
        for index in reversed(range(self.undo_stack.index())):
            took = getattr(self.undo_stack.command(index), "took_own_write", None)
            if took is not None and took(changes):
                return

    def _on_day_changed(self, day: date) -> None:
        """A new day: say it, move on the contracts begun, redraw what counts days.

        While the workspace is busy its file is closed or being replaced: nothing is read,
        the day is taken up when it is back (``set_busy``).
        """
        if self._busy:
            self._day_missed = True
            return
        self.day_changed.emit(day)
        self.move_started_contracts()
        self.notify(Changes(reminders=True))

    def run_command(self, command: UndoStep) -> None:
        """Do a user action as one named undo step."""
        self.undo_stack.push(command)
