"""Find the label and network names in use on a worker thread (a scan of every counterparty)."""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QObject, Signal

from srm_inclusif.storage.services.counterparties import used_labels_and_networks


class UsedValuesScan(QObject):
    """Runs the scan off the GUI thread; ``scanned(labels, networks)`` arrives on the GUI thread."""

    scanned = Signal(list, list)

    def __init__(self, engine: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._engine = engine
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        """Start the scan (the worker only reads the database and emits a signal)."""
        self._thread = threading.Thread(target=self._run, name="facet-scan", daemon=True)
        self._thread.start()

    def wait(self, timeout: float = 10.0) -> None:
        """Block until the scan is over (tests and benchmarks)."""
        if self._thread is not None:
            self._thread.join(timeout)

    def _run(self) -> None:
        labels, networks = used_labels_and_networks(self._engine)
        self.scanned.emit(labels, networks)
