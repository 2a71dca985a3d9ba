"""Merge normalised supplier records into the counterparties.

Chunk by chunk, in the caller's transaction: match by SIRET else normalised name + post code, fill
empty fields, refresh fields from the same source, never overwrite a hand-edited field (a conflict),
never delete.
"""


from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from srm_inclusif.storage.search_index import NewRowsIndexer, reindex_counterparties
from srm_inclusif.storage.services.import_records import (
    FLAGGED,
    MERGED,
    ImportSummary,
    RowIssue,
    SupplierRecord,
    matching_siret,
)
from srm_inclusif.storage.services.kind_changes import (
    KIND_CHANGED,
    inclusive_kind,
    kind_change,
    other_kind,
)
from srm_inclusif.storage.services.supplier_links import ChunkLinks, SupplierLinks
from srm_inclusif.storage.services.supplier_reasons import (
    CITY_KEPT,
    CODE_LABELS,
    HAND_EDITED,
    NO_KIND,
    OTHER_SOURCE_KEPT,
    SAME_AS_LINE,
    SAME_AS_LINE_NOT_KEPT,
    SAME_AS_LINE_OF_FILE,
    SAME_AS_LINE_OF_FILE_NOT_KEPT,
    UNKNOWN_KIND_CLASSIC,
    flag_classic,
    shown,
)
from srm_inclusif.storage.services.supplier_rows import (
    DERIVED,
    EMPTY_VALUES,
    LIST_FIELDS,
    LOADED,
    RECORD_SCALARS,
    ROW_SCALARS,
    SCALAR_FIELDS,
    alike,
    checked_siret_over_bad,
    decoded,
    joined_by,
    merged_notes,
    merged_references,
    same_but_case,
    write_rows,
)
from srm_inclusif.storage.tables import Counterparty, table_of
from srm_inclusif.storage.types import utcnow

#: The reasons are also read from here (the import report's table, the tests).
__all__ = [
    "CITY_KEPT", "CODE_LABELS", "HAND_EDITED", "KIND_CHANGED", "NO_KIND", "OTHER_SOURCE_KEPT",
    "SAME_AS_LINE", "SAME_AS_LINE_NOT_KEPT", "SAME_AS_LINE_OF_FILE",
    "SAME_AS_LINE_OF_FILE_NOT_KEPT", "UNKNOWN_KIND_CLASSIC",
    "SupplierMerger", "merged_references",
]

COUNTERPARTY = table_of(Counterparty)


class SupplierMerger(SupplierLinks):
    """Merges chunks of records; remembers which rows this import touched (for duplicates).

    Keeps the search index in step: changed rows with each chunk, new rows by batches
    (call ``finish`` after the last chunk).
    """

    def __init__(self, connection: Connection, summary: ImportSummary, source: str, *,
                 keys_in_memory: bool = False) -> None:
        self.connection = connection
        self.summary = summary
        self.source = source  # the import's: for records that do not name their file's
        self.now = utcnow()
        self.touched: set[int] = set()
        self.first_seen: dict[int, tuple[str, int]] = {}  # (file, line) that first met a row
        self.changed: set[int] = set()
        self.conflicts_reported: set[tuple[int, str, str]] = set()  # (row id, field, value)
        self.chunk_changed: set[int] = set()  # rows written by the last chunk (to reindex)
        self.next_id = int(connection.execute(
            sa.select(sa.func.coalesce(sa.func.max(COUNTERPARTY.c.id), 0))).scalar_one()) + 1
        # the rows this import creates: touched and changed, without a set entry each
        self.first_new_id = self.next_id
        self.new_rows = NewRowsIndexer(connection, self.next_id)
        # The matching keys of every row, kept here when the table has no index to find them
        # (a big import builds them at its end) or is empty (the only rows a record can match
        # are then this import's own); only the rows they point to are read back.
        self.own_keys: dict[Any, int] | None = (
            self._existing_keys() if keys_in_memory or self.next_id == 1 else None)

    def _existing_keys(self) -> dict[Any, int]:
        """SIRET, name + post code (with the inclusive kind) of the rows: the first holds a key."""
        keys: dict[Any, int] = {}
        for row_id, norm_name, post_code, siret, status, kind in self.connection.exec_driver_sql(
                "SELECT id, norm_name, post_code, siret, siret_status, kind FROM counterparty "
                "ORDER BY id"):
            keys.setdefault((norm_name, post_code or ""), row_id)
            keys.setdefault((norm_name, post_code or "", inclusive_kind(kind)), row_id)
            if siret_key := matching_siret(siret, status):
                keys.setdefault(siret_key, row_id)
        return keys

    def changed_ids(self) -> set[int]:
        """The rows this import created or changed."""
        return self.changed | set(range(self.first_new_id, self.next_id))

    def merge(self, records: Sequence[SupplierRecord]) -> None:
        """Merge one chunk: one lookup query per key kind, then bulk writes."""
        self.chunk_changed = set()
        # each record's matching keys, worked out once: SIRET (None when it failed its
        # check, as ``matching_siret``), normalised name + post code, and its inclusive kind
        keys = [(siret if (siret := r.siret) and r.siret_status != "invalid" else None,
                 (r.norm_name, r.post_code or ""), inclusive_kind(r.kind)) for r in records]
        by_siret, by_name = self._load(records, keys)
        inserts: dict[int, dict[str, Any]] = {}
        updates: dict[int, dict[str, Any]] = {}
        links = ChunkLinks()
        self.summary.rows += len(records)
        for record, (siret_key, name_key, kind) in zip(records, keys, strict=True):
            row = self._match(siret_key, name_key, kind, by_siret, by_name)
            if row is None:
                row = self._new_row(record)
                inserts[row["id"]] = row
                self._index_keys(row, siret_key, name_key, kind, by_siret, by_name)
            else:
                self._merge_one(record, row, by_siret, by_name, inserts, updates)
            links.add(row, record)
        self.summary.inserted += len(inserts)
        write_rows(self.connection, self.now, inserts, updates)
        self._write_links(links, inserts.keys())
        reindex_counterparties(self.connection, {
            i for i in self.chunk_changed if not self.new_rows.is_pending(i)})
        self.new_rows.created_up_to(self.next_id - 1)

    def finish(self) -> None:
        """Index the new rows of the last batch."""
        self.new_rows.flush()

    def _merge_one(
        self, record: SupplierRecord, row: dict[str, Any], by_siret: dict[str, Any],
        by_name: dict[tuple[str, str], Any], inserts: dict[int, Any], updates: dict[int, Any],
    ) -> None:
        """Merge a record into the row it matched (an existing one, or one of this import)."""
        for flag in record.flags:
            self.summary.count_issue(flag)
        duplicate = row["id"] >= self.first_new_id or row["id"] in self.touched
        if not duplicate:
            self.touched.add(row["id"])
            self.first_seen[row["id"]] = (record.file_name, record.line)
        # what matched, before a checked SIRET replaces a bad one
        matched_on = joined_by(record, row) if duplicate else ("", "")
        changed, not_kept = self._apply(record, row, refresh=not duplicate)
        if duplicate:
            self._report_duplicate(record, row, matched_on, not_kept)
        else:
            self._report_kept(record, row, not_kept)
        if changed:
            self._index(row, by_siret, by_name)
            if row["id"] not in inserts:
                updates[row["id"]] = row
            self.changed.add(row["id"])
            self.chunk_changed.add(row["id"])
        if duplicate:
            self.summary.merged_duplicates += 1
        elif row["id"] in updates:
            self.summary.updated += 1
        else:
            self.summary.unchanged += 1

    def _load(self, records: Sequence[SupplierRecord], keys: list[tuple[Any, Any, Any]],
              ) -> tuple[dict[str, Any], dict[Any, Any]]:
        """Existing rows sharing a SIRET or a normalised name with the chunk, in one query."""
        by_siret: dict[str, Any] = {}
        by_name: dict[tuple[str, str], Any] = {}
        if self.own_keys is not None:
            return self._load_own(keys, by_siret, by_name)
        sirets = tuple({siret_key for siret_key, _name_key, _kind in keys if siret_key})
        names = tuple({r.norm_name for r in records if r.norm_name})
        result = self.connection.exec_driver_sql(
            f"SELECT {', '.join(LOADED)} FROM counterparty "
            f"WHERE siret IN ({', '.join('?' * len(sirets))}) "
            f"OR norm_name IN ({', '.join('?' * len(names))})", sirets + names)
        for found in result.fetchall():
            self._index(decoded(found), by_siret, by_name)
        return by_siret, by_name

    def _load_own(self, keys: list[tuple[Any, Any, Any]], by_siret: dict[str, Any],
                  by_name: dict[Any, Any]) -> tuple[dict[str, Any], dict[Any, Any]]:
        """The rows of this import that the chunk's keys point to (into an empty table)."""
        own = self.own_keys
        assert own is not None
        get = own.get
        ids = {i for siret_key, name_key, kind in keys
               for key in (siret_key, name_key, (*name_key, kind), (*name_key, None))
               if (i := get(key))}
        if ids:
            result = self.connection.exec_driver_sql(
                f"SELECT {', '.join(LOADED)} FROM counterparty "
                "WHERE id IN (SELECT value FROM json_each(?))", (json.dumps(sorted(ids)),))
            for found in result.fetchall():
                self._index(decoded(found), by_siret, by_name)
        return by_siret, by_name

    def _index(self, row: dict[str, Any], by_siret: dict[str, Any],
               by_name: dict[Any, Any]) -> None:
        self._index_keys(row, matching_siret(row["siret"], row["siret_status"]),
                         (row["norm_name"], row["post_code"] or ""), inclusive_kind(row["kind"]),
                         by_siret, by_name)

    def _index_keys(self, row: dict[str, Any], siret_key: str | None, name_key: Any,
                    kind: str | None, by_siret: dict[str, Any], by_name: dict[Any, Any]) -> None:
        """Find ``row`` by its keys from now on (the first row holding a key keeps it).

        Its name and post code find it, and with its inclusive kind (None if none) for a record
        that gives one.
        """
        kind_key = (*name_key, kind)
        by_name.setdefault(name_key, row)
        by_name.setdefault(kind_key, row)
        if siret_key:
            by_siret.setdefault(siret_key, row)
        if self.own_keys is not None:
            self.own_keys.setdefault(name_key, row["id"])
            self.own_keys.setdefault(kind_key, row["id"])
            if siret_key:
                self.own_keys.setdefault(siret_key, row["id"])

    @staticmethod
    def _match(
        key: str | None, name_key: Any, kind: str | None, by_siret: dict[str, Any],
        by_name: dict[Any, Any],
    ) -> dict[str, Any] | None:
        """The row a record is: same SIRET, else same name and post code and no other kind."""
        if key and key in by_siret:
            return by_siret[key]  # type: ignore[no-any-return]
        row = by_name.get(name_key) if kind is None else (
            by_name.get((*name_key, kind)) or by_name.get((*name_key, None)))
        if row is None or other_kind(kind, row):  # an EI and an ETTI: two structures
            return None
        theirs = matching_siret(row["siret"], row["siret_status"])
        return None if key and theirs and theirs != key else row  # two different structures

    def _new_row(self, record: SupplierRecord) -> dict[str, Any]:
        """A new counterparty made of a record that matched none (its flags counted first)."""
        if record.kind is None:
            flag_classic(record)
        for flag in record.flags:
            self.summary.count_issue(flag)
        # the record's own attribute dict becomes the row (no copy: the record is spent once
        # merged, and dataclass equality only looks at the declared fields); the columns the
        # import always sets alike (``is_zrr``...) are written as constants by ``write_rows``
        row = record.__dict__
        row["id"] = row_id = self.next_id
        row["kind"] = record.kind or "CLASSIC"
        row["is_qpv"] = bool(record.is_qpv)
        row["source"] = record.source or self.source
        row["edited_fields"] = ()
        row["notes"] = record.notes or ""
        self.next_id += 1
        self.first_seen[row_id] = (record.file_name, record.line)
        return row

    def _source(self, record: SupplierRecord) -> str:
        """The source a record comes from: its file's (files of one import may differ)."""
        return record.source or self.source

    def _report_duplicate(self, record: SupplierRecord, row: dict[str, Any],
                          joined_by: tuple[str, str], not_kept: list[tuple[str, Any]]) -> None:
        """List a row merged into an earlier one, with the line it was merged into.

        Each value of the row that differs from the structure's is flagged as not kept;
        a row without any is listed as merged, by the field it was matched on.
        """
        file_name, line = self.first_seen[row["id"]]
        same_file = file_name == record.file_name
        for name, value in not_kept:
            template = SAME_AS_LINE_NOT_KEPT if same_file else SAME_AS_LINE_OF_FILE_NOT_KEPT
            self.summary.count_issue(RowIssue(
                record.file_name, record.line, name, shown(name, value),
                template.format(line=line, file=file_name, kept=shown(name, row[name])),
                FLAGGED, record.name))
        if not_kept:
            return
        reason = (SAME_AS_LINE.format(line=line) if same_file
                  else SAME_AS_LINE_OF_FILE.format(line=line, file=file_name))
        self.summary.count_issue(RowIssue(record.file_name, record.line, *joined_by, reason,
                                          MERGED, record.name))

    def _report_kept(self, record: SupplierRecord, row: dict[str, Any],
                     not_kept: list[tuple[str, Any]]) -> None:
        """Flag each value of the file a structure keeps its own for: it came from another source.

        Only an import of the same source refreshes a value; the user changes it by hand.
        """
        for name, value in not_kept:
            self.summary.count_issue(RowIssue(
                record.file_name, record.line, name, shown(name, value),
                OTHER_SOURCE_KEPT.format(kept=shown(name, row[name])), FLAGGED, record.name))

    def _apply(self, record: SupplierRecord, row: dict[str, Any], *,
               refresh: bool) -> tuple[bool, list[tuple[str, Any]]]:
        """Copy the values the rules allow, report conflicts.

        Returns whether anything changed, and the (field, value) pairs of the record that were
        not kept, the structure holding another value (from another source, or the value of an
        earlier row of the import). A row met again in the same import (a duplicate) only fills
        empty fields, so that re-importing the file gives the same result.
        """
        edited = set(row["edited_fields"] or ())
        same_source = refresh and row["source"] == self._source(record)
        changed = False
        not_kept: list[tuple[str, Any]] = []
        for name, new, current in zip(SCALAR_FIELDS, RECORD_SCALARS(record),
                                      ROW_SCALARS(row), strict=True):
            if new is None or new == "" or new == current:
                continue
            if name in edited:
                if not same_but_case(new, current):  # the hand edit but for case, accents
                    self._conflict(record, row["id"], name, current, new)
            elif (current in EMPTY_VALUES.get(name, (None, "")) or checked_siret_over_bad(
                    name, record, row) or (same_source and name != "siret")):
                if name == "kind" and (change := kind_change(record, current, new)):
                    self.summary.count_issue(change)
                row[name] = new
                for derived in DERIVED.get(name, ()):
                    row[derived] = getattr(record, derived)
                if name == "post_code" and current and not record.city and row["city"]:
                    self._flag_city_kept(record, row["city"])
                changed = True
            elif not alike(new, current):  # another source's value (or a duplicate's)
                not_kept.append((name, new))
        for name in LIST_FIELDS:
            if getattr(record, name):
                changed |= self._merge_list(record, row, name, edited, same_source)
        if (notes := merged_notes(row["notes"], record.notes)) is not None:
            row["notes"] = notes
            changed = True
        if changed:
            row["updated_at"] = row["imported_at"] = self.now
        return changed, not_kept

    def _merge_list(
        self, record: SupplierRecord, row: dict[str, Any], name: str, edited: set[str],
        same_source: bool,
    ) -> bool:
        current = list(row[name] or [])
        if name == "client_references":
            merged = merged_references(current, record.client_references, refresh=same_source)
        else:
            merged = current + [item for item in getattr(record, name) if item not in current]
        if merged == current:
            return False
        if name in edited:
            self._conflict(record, row["id"], name, current, merged)
            return False
        row[name] = merged
        return True

    def _flag_city_kept(self, record: SupplierRecord, city: str) -> None:
        """Flag the city a structure keeps when the file moves its post code and names no city.

        The city follows the post code only when the file gives one (copied as any value); a file
        without a city column must not wipe the cities of the structures it moves.
        """
        self.summary.count_issue(RowIssue(record.file_name, record.line, "city", city, CITY_KEPT,
                                          FLAGGED, record.name))
