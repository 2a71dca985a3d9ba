"""The SIRENE legal units a mapping preview needs: those of the previewed establishments only.

A ``StockUniteLegale`` file may hold 25 million rows (1 GB), and the preview is drawn again at
each change of the mapping. The file is read only until every previewed SIREN is met (or passed,
in a file sorted by SIREN as INSEE sorts it), ``ROWS_READ`` rows at most, never whole; what it
gave is kept for the next previews while the files stay unchanged.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from typing import Any

from srm_inclusif.exchange.adapters import LegalUnits, siren_of
from srm_inclusif.exchange.plan import FilePlan
from srm_inclusif.exchange.tabular import MalformedLine

#: The rows of a legal-unit file a preview reads at most.
ROWS_READ = 200_000
#: The previews' units kept (the files and SIRENs they were read for → units).
_KEPT = 8
_read: OrderedDict[tuple[Any, ...], LegalUnits] = OrderedDict()


def preview_units(plan: FilePlan, listed: Sequence[FilePlan]) -> LegalUnits:
    """The legal units the ``listed`` files of the import give the previewed rows of ``plan``.

    None for a file other than a SIRENE establishments one, or without a legal-unit file listed:
    the preview then says, as the import does, where the missing names are.
    """
    unit_plans = [listed_plan for listed_plan in listed if listed_plan.is_legal_units]
    if plan.format != "sirene" or plan.is_legal_units or not unit_plans:
        return LegalUnits()
    sirens = frozenset(siren for cells in plan.preview
                       if (siren := siren_of(plan.mapped_values(cells))))
    key = (tuple(_file_key(unit_plan) for unit_plan in unit_plans), sirens)
    if key not in _read:
        _read[key] = _units(unit_plans, sirens)
        while len(_read) > _KEPT:
            _read.popitem(last=False)
    _read.move_to_end(key)
    return _read[key]


def forget() -> None:
    """Forget the units read: the next preview reads its files again."""
    _read.clear()


def _file_key(plan: FilePlan) -> tuple[Any, ...]:
    """What tells a legal-unit file, and whether it changed since it was read."""
    try:
        stat = plan.file.stat()
    except OSError:  # gone: read again (and said unreadable) at the next preview
        return (str(plan.file), plan.sheet, None)
    return (str(plan.file), plan.sheet, stat.st_size, stat.st_mtime_ns)


def _units(unit_plans: list[FilePlan], sirens: frozenset[str]) -> LegalUnits:
    """The units of ``sirens`` the files give within their first ``ROWS_READ`` rows each."""
    units = LegalUnits()
    for unit_plan in unit_plans:
        rows = unit_plan.rows()
        try:
            cells = _with_cells(rows)
            read_all = units.add_rows(unit_plan.headers, islice(cells, ROWS_READ), wanted=sirens)
            # stopped, or past ROWS_READ: a unit not met may be further (never said absent)
            units.partial |= not read_all or next(cells, None) is not None
        except OSError:  # unreadable now: the import says so; the preview names nothing more
            units.partial = True
        finally:
            getattr(rows, "close", lambda: None)()  # the file closed now, not when collected
    return units


def _with_cells(rows: Iterable[tuple[int, Any]]) -> Iterator[tuple[int, list[Any]]]:
    """The rows read as cells (a malformed line has none: the import reports it)."""
    return ((line, cells) for line, cells in rows if not isinstance(cells, MalformedLine))
