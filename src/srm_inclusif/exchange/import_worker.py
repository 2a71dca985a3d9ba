"""Read and normalise a big import in a helper process while this one merges and writes.

On two cores the reading (CSV parsing, normalisation of every cell) and the writing (matching,
SQL, search index) run side by side instead of one after the other. The helper sends blocks of
items through a pipe as it reads them: it waits while this process is busy, so it is never
more than a block ahead (memory stays flat). No multiprocessing.Queue: its feeder thread would
fight the reading for the GIL at every write. Supplier records travel as the tuples of their
values, read that way column by column (no record object is built in the helper): a tuple
pickles in half the time of an attribute dict, and unpickles in a third.
"""

from __future__ import annotations

import contextlib
import gc
import pickle
import signal
import threading
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from srm_inclusif.core.errors import Cancelled, SrmError
from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP
from srm_inclusif.core.sectors import SectorIndex
from srm_inclusif.exchange.helper_process import helpers_available, spawn_context
from srm_inclusif.exchange.import_items import positioned_items
from srm_inclusif.exchange.records import ReadOptions
from srm_inclusif.exchange.table_plan import FilePlan
from srm_inclusif.storage.services.import_records import (
    ImportItem,
    SupplierRecord,
    supplier_record,
    supplier_values,
)

HELPER_STOPPED = QT_TRANSLATE_NOOP(
    "Errors", "La lecture du fichier s'est arrêtée de façon inattendue (code {code}) : rien n'a "
    "été importé.")

#: Below this many lines, starting a process costs more than the reading it would take over.
MIN_LINES = 20_000
#: Items per message.
BLOCK_ITEMS = 2000
#: How often (seconds) the reader looks at Cancel and at the helper while it waits for a block.
_POLL = 0.05


def worth_a_helper(plans: list[FilePlan]) -> bool:
    """True when the files are big enough and a helper process may be used."""
    lines = sum(plan.line_count for plan in plans if not plan.is_legal_units)
    return lines >= MIN_LINES and helpers_available()


def items_from_helper(
    plans: list[FilePlan], sectors: SectorIndex, read: ReadOptions,
    cancel: threading.Event | None = None, *, waiting: Callable[[], object] | None = None,
) -> HelperItems:
    """What ``positioned_items`` yields, read by a helper process started at once.

    ``cancel`` is also watched while waiting for the helper (a slow start, a huge first block);
    ``waiting`` is called meanwhile (every 0.05 s), to keep reporting progress.
    """
    return HelperItems(plans, sectors, read, cancel, waiting=waiting)


class HelperItems(Iterable[tuple[int, ImportItem]]):
    """The items a helper process reads; ``close`` (or the end of the files) stops it.

    Iterating raises what the helper raised (an unreadable file...), or ``Cancelled``.
    """

    def __init__(self, plans: list[FilePlan], sectors: SectorIndex, read: ReadOptions,
                 cancel: threading.Event | None = None, *,
                 waiting: Callable[[], object] | None = None) -> None:
        self._cancel = cancel
        self._waiting = waiting
        context = spawn_context()
        self._channel, sender = context.Pipe(duplex=False)
        self._helper: Any = context.Process(target=_run_helper, name="srm-import-reader",
                                            daemon=True, args=(plans, sectors, read, sender))
        with _ctrl_c_ignored():  # the helper is born ignoring it: this process handles it
            self._helper.start()
        sender.close()  # the helper holds its own end: its exit is seen as the end of the pipe

    def __iter__(self) -> Iterator[tuple[int, ImportItem]]:
        while self._helper and (message := self._receive()) is not None:
            positions, items = message
            yield from zip(positions, map(_decoded, items), strict=True)
        self.close()

    def _receive(self) -> tuple[list[int], list[Any]] | None:
        """The next block, or None at the end; re-raises the helper's error."""
        while not self._channel.poll(_POLL):
            if self._waiting is not None:
                self._waiting()
            if self._cancel is not None and self._cancel.is_set():
                raise Cancelled()
            if not self._helper.is_alive():
                break
        try:
            kind, payload = self._channel.recv()
        except (EOFError, OSError):  # OSError: it died in the middle of sending a block
            self._helper.join()
            raise SrmError.of(HELPER_STOPPED, code=self._helper.exitcode) from None
        if kind == "error":
            raise payload
        return payload if kind == "items" else None

    def close(self) -> None:
        """Stop the helper (if still reading) and free the channel; safe to call twice."""
        if self._helper is None:
            return
        if self._helper.is_alive():
            self._helper.terminate()
        self._helper.join()
        self._channel.close()
        self._helper = None


@contextlib.contextmanager
def _ctrl_c_ignored() -> Iterator[None]:
    """Ctrl+C ignored while a process starts (it inherits that); only from the main thread."""
    if threading.current_thread() is not threading.main_thread():
        yield  # Ctrl+C reaches the main thread only (a window's import runs in a worker)
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def _run_helper(plans: list[FilePlan], sectors: SectorIndex, read: ReadOptions,
                channel: Any) -> None:
    """The helper process: Ctrl+C is for the importing process, which stops the helper."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _produce(plans, sectors, read, channel)


def _produce(plans: list[FilePlan], sectors: SectorIndex, read: ReadOptions,
             channel: Any) -> None:
    """The helper's work: read every file and send the items a block at a time.

    It ends quietly when the reader is gone (killed, or stopped by Cancel): nobody is left to
    tell, and the import it read for is undone. Only a failed send means that: an EOFError
    raised while reading (a damaged workbook) is the file's failure and reaches the reader.
    """
    gc.disable()  # the same reason as the import itself: many small objects, no cycles
    with contextlib.suppress(_ReaderGoneError):
        try:
            positions: list[int] = []
            items: list[Any] = []
            for position, item in positioned_items(plans, sectors, read, as_values=True):
                positions.append(position)
                items.append(_encoded(item))
                if len(items) >= BLOCK_ITEMS:
                    _send(channel, ("items", (positions, items)))
                    positions, items = [], []
            if items:
                _send(channel, ("items", (positions, items)))
            _send(channel, ("end", None))
        except _ReaderGoneError:
            raise
        except BaseException as error:  # noqa: BLE001 - every failure must reach the reader
            _send(channel, ("error", _sendable(error)))


class _ReaderGoneError(Exception):
    """Sending failed: the reader's end of the pipe is closed."""


def _send(channel: Any, message: tuple[str, Any]) -> None:
    """Send one message; ``_ReaderGoneError`` when nobody reads any more."""
    try:
        channel.send(message)
    except (BrokenPipeError, ConnectionResetError, EOFError) as gone:
        raise _ReaderGoneError() from gone


def _sendable(error: BaseException) -> BaseException:
    """The error itself when it survives pickling, else a RuntimeError with its text."""
    try:
        pickle.dumps(error)
    except Exception:  # noqa: BLE001 - whatever stops pickling, the text still goes through
        return RuntimeError(f"{type(error).__name__}: {error}")
    return error


def _encoded(item: ImportItem | tuple[Any, ...]) -> Any:
    """What the helper sends of an item: a supplier record as its values (a tuple)."""
    return supplier_values(item) if type(item) is SupplierRecord else item


def _decoded(item: Any) -> ImportItem:
    return supplier_record(item) if type(item) is tuple else item
