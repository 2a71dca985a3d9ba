"""The SIRENE preview's legal-unit names, read off the UI thread; a note says while they are."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QLabel

from srm_inclusif.core.i18n import quoted
from srm_inclusif.exchange.adapters import LegalUnits
from srm_inclusif.exchange.sirene_preview import (
    PendingUnits,
    WantedUnits,
    kept_units,
    read_units,
    reads_at_once,
    unread_units,
    wanted_units,
)
from srm_inclusif.exchange.table_plan import FilePlan
from srm_inclusif.ui.errors import error_text
from srm_inclusif.ui.jobs import Job, run_job


class LegalUnitNames(QObject):
    """The legal units a SIRENE preview names its establishments from, read one file set at a time.

    The preview asks ``units`` at each redraw: those kept from an earlier read (at once), else
    pending ones while the files are read in the background, ``label`` saying so on the page;
    ``ended`` tells when a read ended, for the preview to be drawn again. A read for other
    SIRENs (the mapping changed) waits for the running one to stop: one read at a time.
    """

    ended = Signal()

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.label.setObjectName("legalUnitsNote")
        self.label.setWordWrap(True)
        self.label.hide()
        self.job: Job | None = None
        self._reading: WantedUnits | None = None
        self._failed: dict[tuple[Any, ...], BaseException] = {}
        self._stopped = False

    def units(self, plan: FilePlan, listed: Sequence[FilePlan]) -> LegalUnits | None:
        """The units to preview ``plan`` with; None when it needs none (not SIRENE, no file)."""
        wanted = wanted_units(plan, listed)
        if wanted is None:
            return self._said(None, "")
        kept = kept_units(wanted)
        if kept is None and (error := self._failed.get(wanted.key)) is not None:
            return self._said(unread_units(), QCoreApplication.translate(
                "MappingPage", "Lecture des raisons sociales impossible dans {files} : {error}"
            ).format(files=_files(wanted), error=error_text(error)))
        if kept is None and reads_at_once(wanted):
            kept = read_units(wanted)
        if kept is not None:
            return self._said(kept, "")
        self._read(wanted)
        return self._said(PendingUnits(), QCoreApplication.translate(
            "MappingPage", "Lecture des raisons sociales dans {files}… L'aperçu les montrera "
            "dès la fin de la lecture.").format(files=_files(wanted)))

    def stop(self) -> None:
        """Stop the read running, its thread ended on return (the wizard closing)."""
        self._stopped = True
        if self.job is not None:
            self.job.stop()

    def _said(self, units: LegalUnits | None, note: str) -> LegalUnits | None:
        self.label.setText(note)
        self.label.setVisible(bool(note))
        return units

    def _read(self, wanted: WantedUnits) -> None:
        """Read ``wanted`` in the background, once the read of other SIRENs running has stopped."""
        if self.job is not None:
            if self._reading is not None and self._reading.key != wanted.key:
                self.job.cancel_event.set()  # its end draws the preview again, which reads these
            return
        self._reading = wanted
        self.job = run_job(None, QCoreApplication.translate(
            "MappingPage", "Lecture des raisons sociales…"), read_units, wanted, silent=True)
        self.job.finished.connect(self._on_ended)
        self.job.cancelled.connect(self._on_ended)
        self.job.failed.connect(self._on_failed)

    def _on_failed(self, error: BaseException) -> None:
        if self._reading is not None:
            self._failed[self._reading.key] = error  # said, not read again for each redraw
        self._on_ended()

    def _on_ended(self, _units: object = None) -> None:
        self.job, self._reading = None, None
        if not self._stopped:
            self.ended.emit()


def _files(wanted: WantedUnits) -> str:
    """The legal-unit files' names, each quoted: « StockUniteLegale_utf8.csv »."""
    return ", ".join(quoted(plan.path.name) for plan in wanted.plans)
