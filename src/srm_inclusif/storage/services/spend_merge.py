"""Insert or update spend lines in the caller's transaction.

Each line goes to the counterparty ``spend_suppliers`` finds or creates for its supplier. A line
already in the workspace (same supplier, date, amount, basis, invoice, category, entity) is counted
unchanged, so re-importing a file adds nothing; a line whose supplier, invoice number and date name
a stored line of the same basis replaces that line's values (a corrected re-export), a purchase
typed by hand included (the remark says so), but keeps its buyer when the file names none. The date
is part of the match: an order number (« N° BC ») is read as the invoice number and one order covers
the invoices of many months, which are each a line. Each stored line answers one line of an import.
A line this import read already (``spend_repeats``) is merged, not added again.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from srm_inclusif.core.money import format_eur, implausible
from srm_inclusif.core.vocabulary import Profile
from srm_inclusif.storage.services.buyer_names import (
    insert_named_person,
    people_by_name,
    person_key,
)
from srm_inclusif.storage.services.import_records import (
    FLAGGED,
    MERGED,
    ImportSummary,
    RowIssue,
    SpendRecord,
)
from srm_inclusif.storage.services.people import only_active_person
from srm_inclusif.storage.services.spend_counterparty import CounterpartyFiller
from srm_inclusif.storage.services.spend_dry_run import workspace_words
from srm_inclusif.storage.services.spend_entry import HAND_SOURCE
from srm_inclusif.storage.services.spend_lines_found import DAY, INVOICE, SAME, StoredLines
from srm_inclusif.storage.services.spend_reasons import (
    HAND_LINE_REPLACED,
    IMPLAUSIBLE_AMOUNT,
    INVOICE_AMOUNT_UPDATED,
    INVOICE_OTHER_DATE,
    INVOICE_UPDATED,
    OTHER_BASIS,
    SAME_DAY_LINE_LEFT,
    SAME_LINE_NO_INVOICE,
    SAME_PURCHASE,
    SAME_PURCHASE_OF_FILE,
    UNKNOWN_BUYER,
    UNKNOWN_BUYER_KEPT,
    UNKNOWN_BUYER_KEPT_LINES,
    UNKNOWN_BUYER_LINES,
    CountedRemark,
    basis_word,
)
from srm_inclusif.storage.services.spend_repeats import PurchasesMet
from srm_inclusif.storage.services.spend_suppliers import SpendSuppliers
from srm_inclusif.storage.tables import (
    Counterparty,
    Person,
    SpendLine,
    WorkspaceSettings,
    table_of,
)
from srm_inclusif.storage.types import utcnow

COUNTERPARTY = table_of(Counterparty)
SPEND = table_of(SpendLine)
PERSON = table_of(Person)
SETTINGS = table_of(WorkspaceSettings)


#: The profile of a structure inclusive's workspace (``core.vocabulary.Profile``).
SELLER_PROFILE = Profile.STRUCTURE_INCLUSIVE.value
#: The stored columns that say a line is the same.
SIGNATURE = (SPEND.c.counterparty_id, SPEND.c.spend_date, SPEND.c.amount_cents, SPEND.c.basis,
             SPEND.c.invoice_number, SPEND.c.purchase_category, SPEND.c.buying_entity)


class SpendMerger:
    """Matches spend lines chunk by chunk; inserts the new ones, updates re-imported invoices."""

    def __init__(
        self, connection: Connection, summary: ImportSummary, *, basis: str, source: str,
        batch_id: int, default_buyer_id: int | None = None, new_buyer_role: str | None = None,
    ) -> None:
        self.connection = connection
        self.summary = summary
        self.basis = basis
        self.source = source
        self.batch_id = batch_id
        self.now = utcnow()
        self.stored = StoredLines()
        self.met = PurchasesMet()
        #: The counterparties whose stored lines are read.
        self.loaded: set[int] = set()
        #: The buyer of each stored line met (None: stored without one).
        self.buyers: dict[int, int | None] = {}
        #: The amount of each stored line met (a corrected invoice says its old one).
        self.amounts: dict[int, int] = {}
        self.people = people_by_name(connection)
        #: The role of the people added for the buyers the file names that the workspace lacks;
        #: None: nobody added, their lines left without a buyer (said once per name).
        self.new_buyer_role = new_buyer_role
        #: The remark on the first line naming each buyer the workspace lacks (by name key).
        self.unknown_buyers: dict[tuple[str, bool], CountedRemark] = {}
        self.default_buyer = self._default_buyer(default_buyer_id)
        self.filler = CounterpartyFiller(connection, summary, self.now)
        seller = connection.execute(sa.select(SETTINGS.c.profile)).scalar() == SELLER_PROFILE
        #: The remarks in the workspace's words (a structure inclusive's are on her sales).
        self.reasons = workspace_words(seller=seller, dry_run=summary.dry_run)
        self.next_id = self._max_id(SPEND) + 1
        self.suppliers = SpendSuppliers(
            connection, summary, source=source, now=self.now, reasons=self.reasons, seller=seller,
            # the name of a counterparty created without one: « Client 443… » for a seller
            unnamed="Client" if seller else "Fournisseur",
            first_id=self._max_id(COUNTERPARTY) + 1, flag=self._flag)

    def _default_buyer(self, chosen: int | None) -> int | None:
        """Who gets the lines without a buyer: the user's choice, else the only active person.

        The owner of a small firm, alone in her workspace, is the buyer of all its purchases:
        her objective sheet counts them.
        """
        if chosen is None and (chosen := only_active_person(self.connection)) is None:
            return None
        name = self.connection.execute(
            sa.select(PERSON.c.name).where(PERSON.c.id == chosen)).scalar()
        if name is None:
            return None
        self.summary.default_buyer_name = name
        return chosen

    def _max_id(self, table: sa.Table) -> int:
        query = sa.select(sa.func.coalesce(sa.func.max(table.c.id), 0))
        return int(self.connection.execute(query).scalar_one())

    def merge(self, records: Sequence[SpendRecord]) -> None:
        """Match the chunk's suppliers and lines with a few queries, then write the changes.

        Lines identical to stored ones are matched first, so that a changed line of the chunk
        does not take the stored line an identical one stands for.
        """
        keys = self.suppliers.keys_of(records)
        self.suppliers.load(set(keys))
        records, keys = self.suppliers.told_apart(records, keys)
        self._load_existing_lines(keys)
        self.suppliers.give_up_created(self.stored, SIGNATURE, self.met)
        identical = self._identical_lines(records, keys)
        inserted: list[dict[str, Any]] = []
        updated: list[dict[str, Any]] = []
        given: list[dict[str, Any]] = []  # identical lines stored without a buyer, given one
        stored: list[tuple[SpendRecord, int]] = []  # lines of counterparties met, not created
        for position, (record, key) in enumerate(zip(records, keys, strict=True)):
            counterparty_id = self._count(record, key)
            run, signature = self.met.run_of(record), self._signature(record, counterparty_id)
            if key not in self.suppliers.created:
                stored.append((record, counterparty_id))
            if position in identical:
                if (row := self._unchanged_line(record, identical[position])) is not None:
                    given.append(row)
            elif self._repeated(record, signature, run):
                continue  # merged into the line it repeats: not a purchase of its own
            elif (row := self._updated_line(record, counterparty_id)) is not None:
                updated.append(row)
            else:
                self._said_if_alike(record, signature, run)
                inserted.append(self._inserted_line(record, counterparty_id))
            self.met.kept(signature, record, run)
        self.filler.fill(stored)
        if inserted:
            self.connection.execute(SPEND.insert(), inserted)
        for rows in (updated, given):
            if rows:
                self.connection.execute(
                    SPEND.update().where(SPEND.c.id == sa.bindparam("line_id")), rows)

    def _load_existing_lines(self, keys: list[str]) -> None:
        # a counterparty this import created has no stored line to read
        ids = self.suppliers.counterparty_ids(keys) - self.loaded - self.suppliers.created_ids
        if not ids:
            return
        self.loaded |= ids
        query = (sa.select(SPEND.c.id, SPEND.c.source, SPEND.c.person_id, *SIGNATURE)
                 .where(SPEND.c.counterparty_id.in_(ids)))
        for line_id, source, person_id, *signature in self.connection.execute(query):
            self.stored.add(line_id, tuple(signature), by_hand=source == HAND_SOURCE)
            self.met.stored(tuple(signature))
            self.buyers[line_id] = person_id
            self.amounts[line_id] = signature[2]

    def _identical_lines(self, records: Sequence[SpendRecord],
                         keys: list[str]) -> dict[int, int]:
        """Position → stored line of the records that take a stored line with all their values."""
        taken = ((position, self.stored.take(SAME, self._signature(record, counterparty_id)))
                 for position, (record, key) in enumerate(zip(records, keys, strict=True))
                 if (counterparty_id := self.suppliers.stored_counterparty(key)) is not None)
        return {position: line_id for position, line_id in taken if line_id is not None}

    def _unchanged_line(self, record: SpendRecord, line_id: int) -> dict[str, Any] | None:
        """A line already stored; one stored without a buyer gets one if it now can.

        Re-imported, the lines of an owner alone in her workspace come to her sheet, and the
        lines of a buyer unknown at the first import come to her once she is added.
        """
        person_id = self._missing_buyer(record, line_id)
        if person_id is None:
            self.summary.unchanged += 1
            return None
        self.summary.updated += 1
        self.summary.changes.spend.add(line_id)
        return {"line_id": line_id, "person_id": person_id}

    def _missing_buyer(self, record: SpendRecord, line_id: int) -> int | None:
        """Who a line stored without a buyer goes to now; None when it has one, or still none.

        The person the file names, if she is one of the workspace now (else flagged again: the
        line still has no buyer), else the person who gets the lines without a buyer. A line's
        buyer is never replaced: only an empty one filled. A buyer still unknown is said so:
        the line, unchanged, stays without one (not « imported without »).
        """
        return (None if self.buyers[line_id] is not None
                else self._person(record, unchanged=True))

    def _signature(self, record: SpendRecord, counterparty_id: int) -> tuple[Any, ...]:
        return (counterparty_id, record.spend_date, record.amount_cents, self.basis,
                record.invoice_number, record.purchase_category, record.buying_entity)

    def _count(self, record: SpendRecord, key: str) -> int:
        """Count the line, its flags and its amount; the counterparty it goes to."""
        self.summary.rows += 1
        for flag in record.flags:
            self.summary.count_issue(flag)
        if implausible(record.amount_cents):
            self._flag(record, "amount", _amount_text(record), IMPLAUSIBLE_AMOUNT)
        self.summary.amount_total_cents += record.amount_cents
        return self.suppliers.counterparty_of(record, key)

    def _repeated(self, record: SpendRecord, signature: tuple[Any, ...], run: int) -> bool:
        """Whether the line is a purchase this import read already: merged, said on its line.

        The line of an earlier file (the same file given twice), or with an invoice number an
        earlier line of its file. Its amount leaves the total: the purchase is counted once.
        """
        if (read := self.met.earlier_file(signature, run)) is not None:
            reason = self._reason(SAME_PURCHASE_OF_FILE).format(line=read.line,
                                                                file=read.file_name)
        elif record.invoice_number and (read := self.met.same_file(signature, run)):
            reason = self._reason(SAME_PURCHASE).format(line=read.line)
        else:
            return False
        self.met.merged(signature, record, run)
        self.summary.merged_duplicates += 1
        self.summary.amount_total_cents -= record.amount_cents
        field, value = (("invoice_number", record.invoice_number) if record.invoice_number
                        else ("amount", _amount_text(record)))
        self.summary.count_issue(RowIssue(record.file_name, record.line, field, value, reason,
                                          MERGED, record.supplier_name or ""))
        return True

    def _said_if_alike(self, record: SpendRecord, signature: tuple[Any, ...], run: int) -> None:
        """Flag a line added alike an earlier one of its file, or its invoice at another date."""
        if not record.invoice_number and (read := self.met.same_file(signature, run)):
            self._flag(record, "amount", _amount_text(record),
                       self._reason(SAME_LINE_NO_INVOICE).format(line=read.line))
        if (day := self.met.other_day(signature)) is not None:
            self._flag(record, "invoice_number", record.invoice_number or "",
                       self._reason(INVOICE_OTHER_DATE).format(day=day.strftime("%d/%m/%Y")))
        if (other := self.met.other_basis(signature)) is not None:
            basis, day = other
            self._flag(record, "invoice_number", record.invoice_number or "",
                       self._reason(OTHER_BASIS).format(
                           basis=basis_word(basis), day=day.strftime("%d/%m/%Y"),
                           new_basis=basis_word(self.basis)))

    def _reason(self, template: str) -> str:
        """A remark's template in the workspace's words (filled in after)."""
        return self.reasons.get(template, template)

    def _updated_line(self, record: SpendRecord, counterparty_id: int) -> dict[str, Any] | None:
        """The new values of the stored line with the record's invoice number and date, if any."""
        if not record.invoice_number:
            return None
        line_id = self.stored.take(
            INVOICE, (counterparty_id, self.basis, record.invoice_number, record.spend_date))
        if line_id is None:
            return None
        self.summary.updated += 1
        self.summary.amount_updated_cents += record.amount_cents
        self.summary.changes.spend.add(line_id)
        self._flag(record, "invoice_number", record.invoice_number,
                   self._update_reason(record, line_id))
        return {"line_id": line_id, **self._values(record),
                "person_id": self._updated_buyer(record, line_id)}

    def _update_reason(self, record: SpendRecord, line_id: int) -> str:
        """Why a stored line takes the record's values: its old and new amounts when they differ."""
        if self.stored.by_hand(line_id):
            return HAND_LINE_REPLACED
        if (old := self.amounts[line_id]) == record.amount_cents:
            return INVOICE_UPDATED
        return self._reason(INVOICE_AMOUNT_UPDATED).format(
            old=format_eur(old, decimals=True), new=_amount_text(record))

    def _updated_buyer(self, record: SpendRecord, line_id: int) -> int | None:
        """The buyer of a replaced line: the file's, else the stored one, else the default one.

        A corrected re-export without a buyer column leaves Paul's line his, whoever is chosen
        for the lines without a buyer.
        """
        if record.buyer_name or self.buyers[line_id] is None:
            return self._person(record)
        return self.buyers[line_id]

    def _inserted_line(self, record: SpendRecord, counterparty_id: int) -> dict[str, Any]:
        if not record.invoice_number and self.stored.left(
                DAY, (counterparty_id, record.spend_date, self.basis)) is not None:
            self._flag(record, "amount", _amount_text(record), SAME_DAY_LINE_LEFT)
        self.summary.inserted += 1
        self.summary.amount_added_cents += record.amount_cents
        self.summary.changes.spend.add(self.next_id)
        self.next_id += 1
        return {"id": self.next_id - 1, "counterparty_id": counterparty_id, "basis": self.basis,
                "contract_id": None, "invoice_number": record.invoice_number,
                **self._values(record), "person_id": self._person(record)}

    def _values(self, record: SpendRecord) -> dict[str, Any]:
        """What an import writes on a line, new or updated, but its buyer (the contract: user's)."""
        return {"amount_cents": record.amount_cents, "spend_date": record.spend_date,
                "purchase_category": record.purchase_category,
                "buying_entity": record.buying_entity,
                "source": self.source, "import_batch_id": self.batch_id}

    def _flag(self, record: SpendRecord, field: str, value: str, reason: str) -> RowIssue:
        issue = RowIssue(record.file_name, record.line, field, value, self._reason(reason),
                         FLAGGED, record.supplier_name or "")
        self.summary.count_issue(issue)
        return issue

    def _person(self, record: SpendRecord, *, unchanged: bool = False) -> int | None:
        """The line's buyer: found, added, or said unknown (on a line ``unchanged``, as such)."""
        if not record.buyer_name:
            if self.default_buyer is not None:
                self.summary.default_buyer_lines += 1
            return self.default_buyer
        person = self.people.find(record.buyer_name)
        if person is not None:
            return person[0]
        if self.new_buyer_role is not None:
            return self._added_person(record.buyer_name)
        self._say_unknown_buyer(record.buyer_name, record, unchanged=unchanged)
        return None

    def _say_unknown_buyer(self, name: str, record: SpendRecord, *, unchanged: bool) -> None:
        """Flag the first line naming a buyer the workspace lacks; only count her other lines.

        Her lines imported now and those already stored, unchanged, are said apart.
        """
        key = (person_key(name), unchanged)
        if (remark := self.unknown_buyers.get(key)) is not None:
            remark.one_more_line()
            return
        first, counted = ((UNKNOWN_BUYER_KEPT, UNKNOWN_BUYER_KEPT_LINES) if unchanged
                          else (UNKNOWN_BUYER, UNKNOWN_BUYER_LINES))
        issue = self._flag(record, "buyer", name, first)
        self.unknown_buyers[key] = CountedRemark(issue, self._reason(counted))

    def _added_person(self, name: str) -> int:
        """The person added to the organisation for a buyer the workspace lacked."""
        assert self.new_buyer_role is not None
        person_id, added, email = insert_named_person(self.connection, name, self.new_buyer_role)
        self.people.add(person_id, added, email)
        self.summary.people_added.append(added)
        self.summary.changes.people = True
        return person_id


def _amount_text(record: SpendRecord) -> str:
    return format_eur(record.amount_cents, decimals=True)
