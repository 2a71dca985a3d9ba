"""Run Qt-free long work on a thread of its own, with a progress dialog and a working Cancel.

A job stays alive until its thread has ended, whatever its caller keeps: the objects its
signals come from belong to this (the UI) thread and must be freed here. Freed on the worker
thread (a thread pool deletes its runnables there), they crashed the application now and then.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressBar, QProgressDialog, QWidget

from srm_inclusif.core.errors import Cancelled
from srm_inclusif.core.numbers import as_percent, grouped

MIN_REPORT_INTERVAL = 0.05
# Milliseconds a job may stay at 100 % before its dialog says it is finishing.
FINISHING_DELAY = 400


class _Signals(QObject):
    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()


class _Work:
    """The job's call, run on the job's thread; it reports through the job's signals."""

    def __init__(
        self, call: Callable[..., Any], signals: _Signals, cancel: threading.Event
    ) -> None:
        self._call = call
        self._signals = signals
        self._cancel = cancel
        self._last = 0.0

    def _progress(self, done: int, total: int) -> None:
        now = time.monotonic()
        if now - self._last >= MIN_REPORT_INTERVAL or done >= total:
            self._last = now
            self._signals.progressed.emit(done, total)

    def run(self) -> None:
        try:
            result = self._call(progress=self._progress, cancel=self._cancel)
        except Cancelled:
            self._signals.cancelled.emit()
        except Exception as error:  # noqa: BLE001 — reported to the UI thread, never swallowed
            self._signals.failed.emit(error)
        else:
            self._signals.finished.emit(result)


class Job(QObject):
    """A running job; connect to ``finished``, ``failed`` and ``cancelled``."""

    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None, title: str, call: Callable[..., Any], *,
                 finishing: str | None = None, counted: str | None = None,
                 silent: bool = False) -> None:
        super().__init__(parent)
        self._title = title
        self._silent = silent  # no dialog: the window that runs it says it is busy
        self._finishing_text = finishing or self.tr("Finalisation…")
        self._counted = counted
        self.cancel_event = threading.Event()
        self._signals = _Signals()
        self.dialog = QProgressDialog(title, self.tr("Annuler"), 0, 0, parent)
        self.dialog.setObjectName("jobProgressDialog")
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setBar(_percent_bar())
        self.dialog.setMinimumDuration(300)
        # at 100 % the work may still be finishing (an import's commit): the job closes it
        self.dialog.setAutoReset(False)
        self.dialog.setAutoClose(False)
        self.dialog.canceled.connect(self.cancel_event.set)
        self._signals.progressed.connect(self._on_progressed)
        self._signals.finished.connect(self._on_finished)
        self._signals.failed.connect(self._on_failed)
        self._signals.cancelled.connect(self._on_cancelled)
        self._work = _Work(call, self._signals, self.cancel_event)
        self._thread: threading.Thread | None = None
        self._running = False
        # A child timer dies with the job; the dialog may die first with its parent window,
        # so every use of it checks that it still exists.
        self._show_timer = QTimer(self)
        self._show_timer.setSingleShot(True)
        self._show_timer.timeout.connect(self._show_if_running)
        # Work that lasts at 100 % (an import's index builds and commit) keeps its bar full under
        # a label saying the last step: a busy indicator there read as the bar emptying.
        self._finishing_timer = QTimer(self)
        self._finishing_timer.setSingleShot(True)
        self._finishing_timer.setInterval(FINISHING_DELAY)
        self._finishing_timer.timeout.connect(self._show_finishing)
        self.finishing = False

    def start(self) -> Job:
        """Start the work on its thread; the dialog shows if the work lasts over 0.3 s."""
        self._running = True
        _LIVE.add(self)  # until its thread has ended (see the module's note)
        self._show_timer.start(self.dialog.minimumDuration())
        self._thread = threading.Thread(target=self._work.run, name="srm-job", daemon=True)
        self._thread.start()
        return self

    @property
    def running(self) -> bool:
        """True from ``start`` until the job has finished, failed or been cancelled."""
        return self._running

    def _forget(self) -> None:
        """Let the job go once its thread has ended (at once: its last signal was its end)."""
        if self._thread is not None:
            self._thread.join()
        _LIVE.discard(self)

    def stop(self) -> None:
        """Cancel the work and wait for its thread to end (its window closing)."""
        self.cancel_event.set()
        if self._thread is not None:
            self._thread.join()

    def _show_if_running(self) -> None:
        if self._running and not self._silent and shiboken6.isValid(self.dialog):
            self.dialog.show()

    def _on_progressed(self, done: int, total: int) -> None:
        if self._silent or not shiboken6.isValid(self.dialog):
            return
        if total <= 0:  # size not known (a workbook being read): busy, under the job's title
            self._finishing_timer.stop()
            self.dialog.setRange(0, 0)
            return
        if done >= total:
            if self.finishing:
                return  # the full bar stays until the job ends
            if not self._finishing_timer.isActive():
                self._finishing_timer.start()
        else:
            self._finishing_timer.stop()
            self.finishing = False  # the work goes on (maybe with a new stage)
            self.dialog.setLabelText(self._progress_text(done, total))
        self.dialog.setMaximum(max(total, 1))
        self.dialog.setValue(min(done, max(total, 1)))

    def _progress_text(self, done: int, total: int) -> str:
        """The title, and the count done out of the total (« 5 700 / 30 000 lignes ») if told."""
        if self._counted is None:
            return self._title
        count = self._counted.format(done=grouped(done), total=grouped(total))
        return f"{self._title}\n{count}"

    def _show_finishing(self) -> None:
        """Say the last step under a full bar: it never goes backwards nor turns busy."""
        if self._running and shiboken6.isValid(self.dialog):
            self.finishing = True
            self.dialog.setLabelText(self._finishing_text)
            full = max(self.dialog.maximum(), 1)
            self.dialog.setRange(0, full)
            self.dialog.setValue(full)

    def _close(self) -> None:
        self._running = False
        QTimer.singleShot(0, self._forget)  # not inside the slot of its own last signal
        self._show_timer.stop()
        self._finishing_timer.stop()
        if shiboken6.isValid(self.dialog):
            self.dialog.canceled.disconnect(self.cancel_event.set)
            self.dialog.reset()
            self.dialog.hide()

    def _on_finished(self, result: object) -> None:
        self._close()
        self.finished.emit(result)

    def _on_failed(self, error: object) -> None:
        self._close()
        self.failed.emit(error)

    def _on_cancelled(self) -> None:
        self._close()
        self.cancelled.emit()


def _percent_bar() -> QProgressBar:
    """A bar writing its percentage as the UI language does (« 19 % », « 19% »)."""
    bar = QProgressBar()
    bar.setFormat(as_percent("%p"))
    return bar


#: The jobs whose thread may still be running, kept alive here.
_LIVE: set[Job] = set()


def run_job(parent: QWidget | None, title: str, fn: Callable[..., Any], /, *args: Any,
            finishing: str | None = None, counted: str | None = None, silent: bool = False,
            **kwargs: Any) -> Job:
    """Run ``fn(*args, progress=..., cancel=..., **kwargs)`` in the background; return the job.

    ``finishing`` is what the dialog says while the work stays at 100 % (default
    « Finalisation… »); ``counted`` writes what is done under the title, its ``{done}`` and
    ``{total}`` grouped as the UI language groups digits (« {done} / {total} lignes »).
    ``silent``: no dialog, for short work the window goes on with (it says it is busy).
    """
    def call(*, progress: Callable[[int, int], None], cancel: threading.Event) -> Any:
        return fn(*args, progress=progress, cancel=cancel, **kwargs)

    return Job(parent, title, call, finishing=finishing, counted=counted,
               silent=silent).start()


@dataclass(frozen=True)
class JobOutcome:
    """How a job ended: ``finished`` (value: its result), ``failed`` (the error), ``cancelled``."""

    status: str
    value: Any = None


def wait_for(job: Job) -> JobOutcome:
    """Wait for a background job in a local event loop (the windows stay painted and live)."""
    outcomes: list[JobOutcome] = []
    loop = QEventLoop()

    def end(status: str, value: object = None) -> None:
        outcomes.append(JobOutcome(status, value))
        loop.quit()

    job.finished.connect(lambda result: end("finished", result))
    job.failed.connect(lambda error: end("failed", error))
    job.cancelled.connect(lambda: end("cancelled"))
    loop.exec()
    if not outcomes:  # the application is quitting: stop the work too
        job.cancel_event.set()
        return JobOutcome("cancelled")
    return outcomes[0]
