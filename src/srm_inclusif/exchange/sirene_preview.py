"""The SIRENE legal units a mapping preview needs: those of the previewed establishments only.

A ``StockUniteLegale`` file may hold 25 million rows (1 GB), and the preview is drawn again at
each change of the mapping. The file is read only until every previewed SIREN is met (or passed,
in a file sorted by SIREN as INSEE sorts it), ``ROWS_READ`` rows at most, never whole; what it
gave is kept for the next previews while the files stay unchanged. The wizard reads them off its
thread (``read_units``, which may be cancelled), the preview meanwhile naming no one
(``PendingUnits``); files of a few rows are read at once (``reads_at_once``).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice
from typing import Any

from srm_inclusif.core.errors import Cancelled
from srm_inclusif.exchange.adapters import LegalUnit, LegalUnits, siren_of
from srm_inclusif.exchange.table_plan import FilePlan
from srm_inclusif.exchange.tabular import MalformedLine

#: The rows of a legal-unit file a preview reads at most.
ROWS_READ = 200_000
#: Text files of legal units this small (bytes, all together) are read at once: in a few
#: milliseconds, less than the preview showing names pending then drawn again.
QUICK_BYTES = 1_000_000
#: The name a previewed establishment shows while its legal unit is being read.
PENDING_NAME = "…"
#: The previews' units kept (the files and SIRENs they were read for → units).
_KEPT = 8
_read: OrderedDict[tuple[Any, ...], LegalUnits] = OrderedDict()
_lock = threading.Lock()  # the wizard's reads keep their units from their own thread


@dataclass(frozen=True)
class WantedUnits:
    """The legal-unit files of an import and the SIRENs a preview shows, to be read together.

    ``key`` tells them apart, and whether the files changed since they were read.
    """

    plans: tuple[FilePlan, ...]
    sirens: frozenset[str]
    key: tuple[Any, ...]


class PendingUnits(LegalUnits):
    """Units still being read: every establishment's name is pending (``PENDING_NAME``)."""

    def __init__(self) -> None:
        super().__init__()
        self.given = True

    def get(self, siren: str) -> LegalUnit | None:
        """A pending unit, whatever the SIREN."""
        return _PENDING


_PENDING = LegalUnit(PENDING_NAME, None, False, False)


def preview_units(plan: FilePlan, listed: Sequence[FilePlan]) -> LegalUnits:
    """The legal units the ``listed`` files of the import give the previewed rows of ``plan``.

    Read now, unless kept from an earlier preview. No unit for a file other than a SIRENE
    establishments one, or without a legal-unit file listed: the preview then says, as the
    import does, where the missing names are.
    """
    wanted = wanted_units(plan, listed)
    if wanted is None:
        return LegalUnits()
    kept = kept_units(wanted)
    return read_units(wanted) if kept is None else kept


def wanted_units(plan: FilePlan, listed: Sequence[FilePlan]) -> WantedUnits | None:
    """What the preview of ``plan`` needs to read; None when it needs no legal unit."""
    unit_plans = tuple(listed_plan for listed_plan in listed if listed_plan.is_legal_units)
    if plan.format != "sirene" or plan.is_legal_units or not unit_plans:
        return None
    sirens = frozenset(siren for cells in plan.preview
                       if (siren := siren_of(plan.mapped_values(cells))))
    return WantedUnits(unit_plans, sirens,
                       (tuple(_file_key(unit_plan) for unit_plan in unit_plans), sirens))


def kept_units(wanted: WantedUnits) -> LegalUnits | None:
    """The units an earlier read gave for ``wanted``, None if none did."""
    with _lock:
        units = _read.get(wanted.key)
        if units is not None:
            _read.move_to_end(wanted.key)
        return units


def reads_at_once(wanted: WantedUnits) -> bool:
    """The files are text files small enough to be read without keeping the window waiting."""
    sizes = [file_key[2] for file_key in wanted.key[0]]  # None: the file is gone
    return all(plan.container == "text" for plan in wanted.plans) and None not in sizes and (
        sum(sizes) <= QUICK_BYTES)


def read_units(wanted: WantedUnits, *, progress: Callable[[int, int], None] | None = None,
               cancel: threading.Event | None = None) -> LegalUnits:
    """Read the units of ``wanted`` and keep them for the next previews.

    ``cancel`` set stops the read (``Cancelled`` raised, nothing kept); ``progress`` is not
    told: the read has no known length.
    """
    del progress
    units = _units(wanted.plans, wanted.sirens, cancel or threading.Event())
    with _lock:
        _read[wanted.key] = units
        while len(_read) > _KEPT:
            _read.popitem(last=False)
    return units


def unread_units() -> LegalUnits:
    """Units of files that could not be read: a name not found may be in them."""
    units = LegalUnits()
    units.given = units.partial = True
    return units


def forget() -> None:
    """Forget the units read: the next preview reads its files again."""
    with _lock:
        _read.clear()


def _file_key(plan: FilePlan) -> tuple[Any, ...]:
    """What tells a legal-unit file, and whether it changed since it was read."""
    try:
        stat = plan.file.stat()
    except OSError:  # gone: read again (and said unreadable) at the next preview
        return (str(plan.file), plan.sheet, None)
    return (str(plan.file), plan.sheet, stat.st_size, stat.st_mtime_ns)


def _units(unit_plans: Iterable[FilePlan], sirens: frozenset[str],
           cancel: threading.Event) -> LegalUnits:
    """The units of ``sirens`` the files give within their first ``ROWS_READ`` rows each."""
    units = LegalUnits()
    for unit_plan in unit_plans:
        rows = unit_plan.rows()
        try:
            cells = _with_cells(rows, cancel)
            read_all = units.add_rows(unit_plan.headers, islice(cells, ROWS_READ), wanted=sirens)
            # stopped, or past ROWS_READ: a unit not met may be further (never said absent)
            units.partial |= not read_all or next(cells, None) is not None
        except OSError:  # unreadable now: the import says so; the preview names nothing more
            units.partial = True
        finally:
            getattr(rows, "close", lambda: None)()  # the file closed now, not when collected
    return units


def _with_cells(rows: Iterable[tuple[int, Any]],
                cancel: threading.Event) -> Iterator[tuple[int, list[Any]]]:
    """The rows read as cells (a malformed line has none: the import reports it).

    Raises ``Cancelled`` once ``cancel`` is set (the wizard closed, or the mapping changed).
    """
    for line, cells in rows:
        if cancel.is_set():
            raise Cancelled()
        if not isinstance(cells, MalformedLine):
            yield line, cells
