"""The purchases a spend import has met: a line read twice counts once, a re-dated invoice is told.

A line identical to one of an earlier file of the import (the same file given twice, two extracts
that overlap) is that purchase again, as a re-import finds it stored: each line read answers one
line of each later file. In one file, a line identical to an earlier one with an invoice number
is the ERP's repeat (merged); without a number, two identical lines may be two tickets of one
day: both are kept, the second said. An invoice number with the same amount at another date,
stored or read, is an invoice re-exported at another date: said, and kept (an order number read as
the invoice number covers several months).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any, TypeVar

from srm_inclusif.storage.services.import_records import SpendRecord

T = TypeVar("T")
#: A line's values that say it is the same purchase (``spend_merge.SIGNATURE`` in this order).
Signature = tuple[Any, ...]


@dataclass
class LineRead:
    """A line of the import kept as a purchase: its file, its line and the files it answered."""

    run: int
    file_name: str
    line: int
    #: The later files (runs) one of whose lines this one stood for already.
    answered: set[int] = field(default_factory=set)


class PurchasesMet:
    """The lines an import kept so far, and the invoice dates stored or read."""

    def __init__(self) -> None:
        self._read: dict[Signature, list[LineRead]] = defaultdict(list)
        #: The first line of each signature in each file (run), kept or merged.
        self._first: dict[tuple[int, Signature], LineRead] = {}
        #: (counterparty, basis, invoice, amount) → the dates it is stored or read at.
        self._invoice_days: dict[tuple[Any, ...], list[date]] = defaultdict(list)
        #: (counterparty, invoice, amount) → the (basis, date) it is stored or read at.
        self._invoice_bases: dict[tuple[Any, ...], list[tuple[str, date]]] = defaultdict(list)
        self._run = 0
        self._last: tuple[str, int] = ("", 0)

    def run_of(self, record: SpendRecord) -> int:
        """The file (run) of a line: a new one at another file, or when its lines start again.

        The same file given twice bears the same name: its line numbers starting again tell it.
        """
        file_name, last_line = self._last
        if record.file_name != file_name or record.line <= last_line:
            self._run += 1
        self._last = (record.file_name, record.line)
        return self._run

    def stored(self, signature: Signature) -> None:
        """Know the invoice date of a stored line."""
        if (invoice := _invoice(signature)) is not None:
            self._invoice_days[invoice].append(signature[1])
            self._invoice_bases[_without_basis(invoice)].append((invoice[1], signature[1]))

    def kept(self, signature: Signature, record: SpendRecord, run: int) -> None:
        """Know a line of the import kept as a purchase (added, unchanged or updated)."""
        read = LineRead(run, record.file_name, record.line)
        self._read[signature].append(read)
        self._first.setdefault((run, signature), read)
        self.stored(signature)

    def merged(self, signature: Signature, record: SpendRecord, run: int) -> None:
        """Know a line of the import merged into another: its file's next repeat names it."""
        self._first.setdefault((run, signature), LineRead(run, record.file_name, record.line))

    def moved(self, created_id: int, stored_id: int) -> None:
        """Know the lines read for a card given up as read for the stored card they went to."""
        _moved(self._read, created_id, stored_id)
        _moved(self._invoice_days, created_id, stored_id)
        _moved(self._invoice_bases, created_id, stored_id)
        for run, signature in [key for key in self._first if key[1][0] == created_id]:
            read = self._first.pop((run, signature))
            self._first.setdefault((run, (stored_id, *signature[1:])), read)

    def earlier_file(self, signature: Signature, run: int) -> LineRead | None:
        """The line of an earlier file this one repeats, if one is left: now taken for ``run``."""
        for read in self._read.get(signature, ()):
            if read.run != run and run not in read.answered:
                read.answered.add(run)
                return read
        return None

    def same_file(self, signature: Signature, run: int) -> LineRead | None:
        """The first line of the same file identical to this one, if any."""
        return self._first.get((run, signature))

    def other_day(self, signature: Signature) -> date | None:
        """The date the line's invoice is stored or read at with the same amount, if another."""
        if (invoice := _invoice(signature)) is None:
            return None
        day = signature[1]
        return next((other for other in self._invoice_days.get(invoice, ()) if other != day),
                    None)


    def other_basis(self, signature: Signature) -> tuple[str, date] | None:
        """The basis and date the line's invoice is stored or read at under another basis.

        The same file imported as paid, then as invoiced, would count each purchase twice.
        """
        if (invoice := _invoice(signature)) is None:
            return None
        return next((found for found in self._invoice_bases.get(_without_basis(invoice), ())
                     if found[0] != invoice[1]), None)


def _moved(index: dict[tuple[Any, ...], list[T]], created_id: int, stored_id: int) -> None:
    """Key the entries of a counterparty given up (its id first) by the stored one's id."""
    for key in [key for key in index if key[0] == created_id]:
        index[(stored_id, *key[1:])].extend(index.pop(key))


def _without_basis(invoice: tuple[Any, ...]) -> tuple[Any, ...]:
    """(counterparty, invoice, amount) of ``_invoice``'s key."""
    counterparty_id, _basis, number, cents = invoice
    return counterparty_id, number, cents


def _invoice(signature: Signature) -> tuple[Any, ...] | None:
    """(counterparty, basis, invoice, amount) of a line with an invoice number; None without."""
    counterparty_id, _day, cents, basis, invoice, _category, _entity = signature
    return (counterparty_id, basis, invoice, cents) if invoice else None
