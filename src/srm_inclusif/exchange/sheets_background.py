"""Write the sheets workbook in a separate process while the caller writes the PDFs.

The XLSX is pure Python (openpyxl) and the PDFs are drawn by Qt in the calling process: on two
cores the two run side by side (see ``helper_process`` for when a helper may be used).
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from srm_inclusif.core.errors import Cancelled
from srm_inclusif.core.objective_sheet import ObjectiveSheetDocument
from srm_inclusif.exchange.helper_process import helpers_available, spawn_context
from srm_inclusif.exchange.sheets_xlsx import write_sheets_xlsx

if TYPE_CHECKING:
    from multiprocessing.pool import AsyncResult, Pool

#: Below this many sheets, starting a process costs more than the workbook it would write.
MIN_SHEETS = 20
#: How often (seconds) ``wait`` looks at the cancel flag.
_POLL = 0.05


def worth_a_process(sheets: int) -> bool:
    """True when a batch of ``sheets`` is big enough and a helper process may be used."""
    return sheets >= MIN_SHEETS and helpers_available()


class BackgroundWorkbook:
    """The workbook being written by a helper process; use it as a context manager.

    The helper writes a ``.part`` file that ``wait`` renames to ``path``: leaving the ``with``
    block before (cancel, an error while writing the PDFs) stops the helper and removes the
    partial file, and a file already at ``path`` is only replaced by a complete workbook.
    """

    def __init__(self, documents: Sequence[ObjectiveSheetDocument], path: Path) -> None:
        """Start the helper process and hand it the documents."""
        self.path, self._part = path, path.with_name(f"{path.name}.part")
        self._pool: Pool = spawn_context().Pool(1)
        self._result: AsyncResult[Path] = self._pool.apply_async(
            write_sheets_xlsx, (list(documents), self._part))

    def wait(self, cancel: threading.Event | None = None) -> Path:
        """The path written, once the helper has finished.

        Raises:
            Cancelled: ``cancel`` was set while waiting.
            Exception: whatever the helper raised while writing (re-raised here).
        """
        while not self._result.ready():
            if cancel is not None and cancel.is_set():
                raise Cancelled()
            self._result.wait(_POLL)
        return self._result.get().replace(self.path)

    def __enter__(self) -> BackgroundWorkbook:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self._pool.terminate()  # stops the helper if it is still writing
        self._pool.join()
        if self._part.is_file():
            self._part.unlink()
