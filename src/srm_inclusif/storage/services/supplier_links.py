"""What a supplier import adds besides the counterparty rows: sector links, contacts, labels.

Links are only ever added (an import never deletes); a new link on an existing counterparty
makes it updated rather than unchanged, a new label on hand-edited labels is a conflict.
"""

from __future__ import annotations

import json
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from srm_inclusif.core.kinds import fold
from srm_inclusif.core.normalise import normalise_name
from srm_inclusif.storage.services.import_records import (
    CONFLICT,
    ImportSummary,
    RowIssue,
    SupplierRecord,
)
from srm_inclusif.storage.services.imports import conflicts_reported
from srm_inclusif.storage.services.supplier_reasons import HAND_EDITED, shown
from srm_inclusif.storage.services.supplier_rows import contact_key, same_but_case
from srm_inclusif.storage.tables import Contact, CounterpartyLabel, CounterpartySector, table_of

SECTOR_LINK = table_of(CounterpartySector)
CONTACT = table_of(Contact)
LABEL = table_of(CounterpartyLabel)


class ChunkLinks:
    """What the records of a chunk link to their counterparties: sectors, contacts, labels."""

    def __init__(self) -> None:
        self.sectors: list[tuple[int, SupplierRecord]] = []
        self.contacts: list[tuple[int, SupplierRecord]] = []
        # rare: only API pages have labels; with whether the row's labels were edited by hand
        self.labelled: list[tuple[int, SupplierRecord, bool]] = []

    def add(self, row: dict[str, Any], record: SupplierRecord) -> None:
        """Keep what ``record``, merged into ``row``, links to it."""
        if record.sector_ids:
            self.sectors.append((row["id"], record))
        if record.contact:
            self.contacts.append((row["id"], record))
        if record.labels:
            self.labelled.append((row["id"], record, "labels" in (row["edited_fields"] or ())))


class SupplierLinks:
    """The links and conflicts part of a supplier merge (see ``SupplierMerger``)."""

    connection: Connection
    summary: ImportSummary
    now: Any
    changed: set[int]
    first_new_id: int
    chunk_changed: set[int]
    conflicts_reported: set[tuple[int, str, str]]
    #: (structure name, field) → (file value, reason) of the last conflict an earlier import
    #: said; read at the first conflict of this import.
    earlier_conflicts: dict[tuple[str, str], tuple[str, str]] | None = None

    def _conflict(self, record: SupplierRecord, row_id: int, name: str, current: Any,
                  new: Any) -> None:
        """Report a file value refused by a hand edit; once, if several rows bring it.

        A value an earlier import said already against the same hand edit is not said again: a
        file imported again unchanged reports no conflict; a new value from the file, or a new
        hand edit, is said. The reason names the hand-edited value: a namesake's card (the
        history names structures, not cards) holds its own.
        """
        value = shown(name, new)
        if (row_id, name, value) in self.conflicts_reported:
            return
        self.conflicts_reported.add((row_id, name, value))
        reason = HAND_EDITED.format(current=shown(name, current))
        if self.earlier_conflicts is None:
            self.earlier_conflicts = conflicts_reported(self.connection)
        earlier = self.earlier_conflicts.get((normalise_name(record.name), name))
        if earlier is not None and earlier[1] == reason and same_but_case(earlier[0], value):
            return  # said already: the file's value, maybe in another case (« ENVIE » → « Envie »)
        self.summary.count_issue(RowIssue(record.file_name, record.line, name, value, reason,
                                          CONFLICT, record.name))

    def _write_links(self, links: ChunkLinks, new_ids: Any) -> None:
        ids = set(new_ids)
        self._write_sectors(links.sectors, ids)
        self._write_contacts(links.contacts, ids)
        self._write_labels(links.labelled, ids)

    def _write_sectors(self, links: list[tuple[int, SupplierRecord]], new_ids: set[int]) -> None:
        if not links:
            return
        # each link once, in the order the records bring them
        rows = list(dict.fromkeys([(counterparty_id, sector_id) for counterparty_id, record
                                   in links for sector_id in record.sector_ids]))
        if stored := {i for i, _ in links} - new_ids:  # rows this chunk did not create
            existing = self._existing(SECTOR_LINK.c.counterparty_id, SECTOR_LINK.c.sector_id,
                                      stored)
            rows = [key for key in rows if key not in existing]
            for counterparty_id in dict.fromkeys(i for i, _ in rows if i in stored):
                self._mark_changed(counterparty_id, new_ids)
        if rows:
            self.connection.exec_driver_sql(
                "INSERT INTO counterparty_sector (counterparty_id, sector_id) VALUES (?, ?)", rows)

    def _write_contacts(self, links: list[tuple[int, SupplierRecord]], new_ids: set[int]) -> None:
        if not links:
            return
        ids = {i for i, _ in links} - new_ids
        existing = self._existing(CONTACT.c.counterparty_id, sa.func.lower(
            sa.func.coalesce(CONTACT.c.email, CONTACT.c.last_name, "")), ids)
        rows = []
        for counterparty_id, record in links:
            contact = record.contact
            assert contact is not None
            key = (counterparty_id, contact_key(contact))
            if key not in existing:
                existing.add(key)
                rows.append({"counterparty_id": counterparty_id, "first_name": contact.first_name,
                             "last_name": contact.last_name, "email": contact.email,
                             "phone": contact.phone, "anonymised": False, "role": None,
                             "last_interaction": None, "created_at": self.now})
                self._mark_changed(counterparty_id, new_ids)
        if rows:
            self.connection.execute(CONTACT.insert(), rows)

    def _write_labels(self, labelled: list[tuple[int, SupplierRecord, bool]],
                      new_ids: set[int]) -> None:
        """Add the labels a counterparty does not hold yet (case and accents aside).

        None is removed or changed; on labels edited by hand, a new one is a conflict.
        """
        if not labelled:
            return
        held: dict[int, list[str]] = {}
        for counterparty_id, name in sorted(self._existing(
                LABEL.c.counterparty_id, LABEL.c.name, {i for i, _r, _e in labelled} - new_ids)):
            held.setdefault(counterparty_id, []).append(name)
        rows = []
        for counterparty_id, record, edited in labelled:
            names = held.setdefault(counterparty_id, [])
            folded = {fold(name) for name in names}
            missing = [name for name in record.labels if fold(name) not in folded]
            if not missing:
                continue
            if edited:
                self._conflict(record, counterparty_id, "labels", names, names + missing)
                continue
            names += missing
            rows += [{"counterparty_id": counterparty_id, "name": name, "valid_from": None,
                      "valid_until": None} for name in missing]
            self._mark_changed(counterparty_id, new_ids)
        if rows:
            self.connection.execute(LABEL.insert(), rows)

    def _existing(self, id_column: Any, value_column: Any, ids: set[int]) -> set[Any]:
        if not ids:
            return set()
        # ids travel as one JSON parameter: thousands of bound parameters are slow to compile
        query = sa.select(id_column, value_column).where(id_column.in_(
            sa.select(sa.column("value")).select_from(sa.func.json_each(sa.bindparam("ids")))))
        result = self.connection.execute(query, {"ids": json.dumps(sorted(ids))})
        return {(row[0], row[1]) for row in result}

    def _mark_changed(self, counterparty_id: int, new_ids: set[int]) -> None:
        """A new sector or contact on an existing row makes it updated rather than unchanged.

        Its search row is written again, even when an earlier chunk changed it already (or
        created it): it must hold the new sector or contact too.
        """
        if counterparty_id in new_ids:
            return
        self.chunk_changed.add(counterparty_id)
        if counterparty_id >= self.first_new_id or counterparty_id in self.changed:
            return
        self.changed.add(counterparty_id)
        if self.summary.unchanged:
            self.summary.unchanged -= 1
            self.summary.updated += 1

