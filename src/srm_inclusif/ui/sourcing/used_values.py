"""Find the label and network names in use by scanning the counterparties in short steps."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from srm_inclusif.storage.services.counterparties import networks_after, used_labels

#: Rows read per step: a few milliseconds each, so typing never waits for the scan.
STEP_ROWS = 5000


class UsedValuesScan(QObject):
    """Scans step by step from the event loop; ``scanned(labels, networks)`` at the end."""

    scanned = Signal(object)  # (labels, networks); ``object`` passes the Python tuple as is

    def __init__(self, engine: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._engine = engine
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._step)
        self._after = 0
        self._networks: set[str] = set()
        self.done = False

    def start(self) -> None:
        """Start (or restart) the scan."""
        self._after, self._networks, self.done = 0, set(), False
        self._timer.start()

    def wait(self) -> None:
        """Finish the scan now (tests and benchmarks)."""
        while not self.done:
            self._step()

    def _step(self) -> None:
        if self.done:
            return
        found, last = networks_after(self._engine, after_id=self._after, limit=STEP_ROWS)
        self._networks |= found
        if last is not None:
            self._after = last
            return
        self._timer.stop()
        self.done = True
        self.scanned.emit((used_labels(self._engine), sorted(self._networks)))
