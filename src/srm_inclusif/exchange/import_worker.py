"""Read and normalise a big import in a helper process while this one merges and writes.

On two cores the reading (CSV parsing, normalisation of every cell) and the writing (matching,
SQL, search index) run side by side instead of one after the other. The helper sends blocks of
items through a bounded queue, so it is never more than a few blocks ahead (memory stays flat).
Supplier records travel as plain tuples: a third of the cost of pickling the objects.
"""

from __future__ import annotations

import dataclasses
import gc
import operator
import pickle
import queue
from collections.abc import Iterator
from typing import Any

from srm_inclusif.exchange.helper_process import helpers_available, spawn_context
from srm_inclusif.exchange.import_items import positioned_items
from srm_inclusif.exchange.plan import FilePlan
from srm_inclusif.exchange.records import ReadOptions, SectorIndex
from srm_inclusif.storage.services.import_records import ImportItem, SupplierRecord

#: Below this many lines, starting a process costs more than the reading it would take over.
MIN_LINES = 20_000
#: Items per message, and messages the helper may have waiting.
BLOCK_ITEMS = 1000
QUEUE_BLOCKS = 8
#: How often (seconds) the reader checks that the helper is still alive while it waits.
_POLL = 0.5

_FIELDS = tuple(f.name for f in dataclasses.fields(SupplierRecord))
_VALUES = operator.attrgetter(*_FIELDS)


def worth_a_helper(plans: list[FilePlan]) -> bool:
    """True when the files are big enough and a helper process may be used."""
    lines = sum(plan.line_count for plan in plans if not plan.is_legal_units)
    return lines >= MIN_LINES and helpers_available()


def items_from_helper(
    plans: list[FilePlan], sectors: SectorIndex, read: ReadOptions
) -> Iterator[tuple[int, ImportItem]]:
    """What ``positioned_items`` yields, read by a helper process.

    Raises what the helper raised (an unreadable file...). Closing the iterator early (cancel,
    an error while writing) stops the helper.
    """
    context = spawn_context()
    channel = context.Queue(maxsize=QUEUE_BLOCKS)
    helper = context.Process(target=_produce, args=(plans, sectors, read, channel),
                             name="srm-import-reader", daemon=True)
    helper.start()
    try:
        while (message := _receive(channel, helper)) is not None:
            positions, items = message
            for position, item in zip(positions, items, strict=True):
                yield position, _decoded(item)
    finally:
        if helper.is_alive():
            helper.terminate()
        helper.join()
        channel.close()
        channel.cancel_join_thread()


def _receive(channel: Any, helper: Any) -> tuple[list[int], list[Any]] | None:
    """The next block, or None at the end; re-raises the helper's error."""
    while True:
        try:
            kind, payload = channel.get(timeout=_POLL)
        except queue.Empty:
            if not helper.is_alive():
                raise RuntimeError(
                    "La lecture du fichier s'est arrêtée de façon inattendue "
                    f"(code {helper.exitcode}) : rien n'a été importé.") from None
            continue
        if kind == "error":
            raise payload
        return payload if kind == "items" else None


def _produce(plans: list[FilePlan], sectors: SectorIndex, read: ReadOptions,
             channel: Any) -> None:
    """The helper's work: read every file and send the items a block at a time."""
    gc.disable()  # the same reason as the import itself: many small objects, no cycles
    try:
        positions: list[int] = []
        items: list[Any] = []
        for position, item in positioned_items(plans, sectors, read):
            positions.append(position)
            items.append(_encoded(item))
            if len(items) >= BLOCK_ITEMS:
                channel.put(("items", (positions, items)))
                positions, items = [], []
        if items:
            channel.put(("items", (positions, items)))
        channel.put(("end", None))
    except BaseException as error:  # noqa: BLE001 - every failure must reach the reader
        channel.put(("error", _sendable(error)))


def _sendable(error: BaseException) -> BaseException:
    """The error itself when it survives pickling, else a RuntimeError with its text."""
    try:
        pickle.dumps(error)
    except Exception:  # noqa: BLE001 - whatever stops pickling, the text still goes through
        return RuntimeError(f"{type(error).__name__}: {error}")
    return error


def _encoded(item: ImportItem) -> Any:
    return _VALUES(item) if type(item) is SupplierRecord else item


def _decoded(item: Any) -> ImportItem:
    if type(item) is not tuple:
        return item  # type: ignore[no-any-return]
    record = SupplierRecord.__new__(SupplierRecord)
    record.__dict__ = dict(zip(_FIELDS, item, strict=True))
    return record
