"""Merge normalised supplier records into the counterparties.

Chunk by chunk, in the caller's transaction: match by SIRET else normalised name + post code, fill
empty fields, refresh fields from the same source, never overwrite a hand-edited field (a conflict),
never delete.
"""

from __future__ import annotations

import json
import operator
from collections.abc import Sequence
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP
from srm_inclusif.core.kinds import KIND_LABELS, Kind, fold
from srm_inclusif.core.named_entries import united_by_name
from srm_inclusif.core.phones import readable_phone
from srm_inclusif.core.vocabulary import NATURE_LABELS
from srm_inclusif.storage.search_index import NewRowsIndexer, reindex_counterparties
from srm_inclusif.storage.services.import_records import (
    CONFLICT,
    FLAGGED,
    MERGED,
    ContactData,
    ImportSummary,
    RowIssue,
    SupplierRecord,
    matching_siret,
)
from srm_inclusif.storage.tables import (
    Contact,
    Counterparty,
    CounterpartyLabel,
    CounterpartySector,
    table_of,
)
from srm_inclusif.storage.types import utcnow

COUNTERPARTY = table_of(Counterparty)
SECTOR_LINK = table_of(CounterpartySector)
CONTACT = table_of(Contact)
LABEL = table_of(CounterpartyLabel)

#: Scalar fields an import may fill or refresh; derived ones follow in ``DERIVED``.
SCALAR_FIELDS = (
    "name", "brand", "siret", "kind", "nature", "legal_form", "address", "post_code", "city",
    "phone", "email", "website", "social_website", "headcount_insertion", "headcount_permanent",
    "capacity", "is_qpv", "source_id",
)
LIST_FIELDS = ("service_types", "networks", "offers", "extra_sectors", "client_references")
DERIVED = {
    "name": ("norm_name",),
    "siret": ("siret_status",),
    "post_code": ("department_code", "region_code"),
}
JSON_FIELDS = frozenset(LIST_FIELDS + ("edited_fields",))
UPDATED: tuple[str, ...] = (*SCALAR_FIELDS, *LIST_FIELDS, "norm_name", "siret_status",
                            "department_code", "region_code")
LOADED = ("id", *UPDATED, "source", "edited_fields")
INSERTED: tuple[str, ...] = (*UPDATED, "id", "is_zrr", "notes", "favourite", "active", "source",
                             "edited_fields")
_RECORD_SCALARS = operator.attrgetter(*SCALAR_FIELDS)
_ROW_SCALARS = operator.itemgetter(*SCALAR_FIELDS)
_ENCODERS = {
    columns: (operator.itemgetter(*columns),
              tuple(i for i, c in enumerate(columns) if c in JSON_FIELDS))
    for columns in (UPDATED, INSERTED)
}
#: Values that count as "empty" in the workspace (a classic kind is the default, not a choice).
EMPTY_VALUES: dict[str, tuple[Any, ...]] = {"kind": (None, "", "CLASSIC"), "is_qpv": (None, False)}
#: Codes a report names by their French label (« Antenne », not ``ANTENNA``); a kind is named
#: by its code (« EA »), as the lists show it, but a classic one by its label.
CODE_LABELS: dict[str, dict[Any, str]] = {  # StrEnum keys: by code
    "nature": dict(NATURE_LABELS), "kind": {Kind.CLASSIC: KIND_LABELS[Kind.CLASSIC]}}
#: Why a row of an inclusive directory is flagged: a new structure it gives no kind is created
#: classic, its inclusive spend would not count (stored in French; the UI translates it).
NO_KIND = QT_TRANSLATE_NOOP(
    "ImportReasons",
    "Type de structure absent : nouvelle fiche enregistrée en « Classique », à corriger sur la "
    "fiche.")
#: Why a new structure whose type names no kind is flagged: said once, instead of the reader's
#: « Type de structure inconnu : ignoré. » (stored in French; the UI translates the template).
UNKNOWN_KIND_CLASSIC = QT_TRANSLATE_NOOP(
    "ImportReasons",
    "Type de structure inconnu (« {kind} ») : nouvelle fiche enregistrée en « Classique », à "
    "vérifier.")
#: Why a structure's city is flagged: the file moved its post code but gave no city.
CITY_KEPT = QT_TRANSLATE_NOOP(
    "ImportReasons",
    "Code postal changé sans ville dans le fichier : ville gardée, à vérifier.")
#: Reasons with a part filled in (stored in French; the UI translates the templates).
HAND_EDITED = QT_TRANSLATE_NOOP(
    "ImportReasons", "Champ modifié à la main (« {current} ») : valeur du fichier ignorée.")
SAME_AS_LINE = QT_TRANSLATE_NOOP(
    "ImportReasons", "Même structure que la ligne {line} : valeurs réunies dans une seule fiche.")
SAME_AS_LINE_OF_FILE = QT_TRANSLATE_NOOP(
    "ImportReasons",
    "Même structure que la ligne {line} de « {file} » : valeurs réunies dans une seule fiche.")
SAME_AS_LINE_NOT_KEPT = QT_TRANSLATE_NOOP(
    "ImportReasons", "Même structure que la ligne {line} : valeur non retenue, la fiche garde "
    "« {kept} ».")
SAME_AS_LINE_OF_FILE_NOT_KEPT = QT_TRANSLATE_NOOP(
    "ImportReasons", "Même structure que la ligne {line} de « {file} » : valeur non retenue, la "
    "fiche garde « {kept} ».")


def _flag_classic(record: SupplierRecord) -> None:
    """Say that a new structure without a kind is stored classic, where it matters.

    Its type naming no kind: that remark of the reader says it (once). Without a type: only in
    an inclusive directory (its inclusive spend would not count).
    """
    unknown = next((flag for flag in record.flags if flag.field == "kind"), None)
    if unknown is not None:
        unknown.reason = UNKNOWN_KIND_CLASSIC.format(kind=unknown.value)
    elif record.inclusive_directory:
        record.flags.append(RowIssue(record.file_name, record.line, "kind", "", NO_KIND, FLAGGED,
                                     record.name))


class SupplierMerger:
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
        self.new_rows = NewRowsIndexer(connection, self.next_id)
        # The matching keys of every row, kept here when the table has no index to find them
        # (a big import builds them at its end) or is empty (the only rows a record can match
        # are then this import's own); only the rows they point to are read back.
        self.own_keys: dict[Any, int] | None = (
            self._existing_keys() if keys_in_memory or self.next_id == 1 else None)

    def _existing_keys(self) -> dict[Any, int]:
        """SIRET and name + post code of the rows already there: the first row holds a key."""
        keys: dict[Any, int] = {}
        for row_id, norm_name, post_code, siret, status in self.connection.exec_driver_sql(
                "SELECT id, norm_name, post_code, siret, siret_status FROM counterparty "
                "ORDER BY id"):
            keys.setdefault((norm_name, post_code or ""), row_id)
            if siret_key := matching_siret(siret, status):
                keys.setdefault(siret_key, row_id)
        return keys

    def merge(self, records: Sequence[SupplierRecord]) -> None:
        """Merge one chunk: one lookup query per key kind, then bulk writes."""
        self.chunk_changed = set()
        by_siret, by_name = self._load(records)
        inserts: dict[int, dict[str, Any]] = {}
        updates: dict[int, dict[str, Any]] = {}
        links: list[tuple[int, SupplierRecord]] = []
        labelled: list[tuple[int, SupplierRecord, bool]] = []  # rare: only API pages have labels
        for record in records:
            row = self._match(record, by_siret, by_name)
            row = self._merge_one(record, row, by_siret, by_name, inserts, updates)
            links.append((row["id"], record))
            if record.labels:
                labelled.append((row["id"], record, "labels" in (row["edited_fields"] or ())))
        self._write(inserts, updates)
        self._write_links(links, inserts.keys())
        self._write_labels(labelled, set(inserts))
        reindex_counterparties(self.connection, {
            i for i in self.chunk_changed if not self.new_rows.is_pending(i)})
        self.new_rows.created_up_to(self.next_id - 1)

    def finish(self) -> None:
        """Index the new rows of the last batch."""
        self.new_rows.flush()

    def _merge_one(
        self, record: SupplierRecord, row: dict[str, Any] | None, by_siret: dict[str, Any],
        by_name: dict[tuple[str, str], Any], inserts: dict[int, Any], updates: dict[int, Any],
    ) -> dict[str, Any]:
        self.summary.rows += 1
        if row is None and record.kind is None:
            _flag_classic(record)
        for flag in record.flags:
            self.summary.count_issue(flag)
        if row is None:
            row = self._new_row(record)
            inserts[row["id"]] = row
            self._index(row, by_siret, by_name)
            self.summary.inserted += 1
            return row
        duplicate = row["id"] in self.touched
        self.touched.add(row["id"])
        if not duplicate:
            self.first_seen[row["id"]] = (record.file_name, record.line)
        # what matched, before a checked SIRET replaces a bad one
        joined_by = _joined_by(record, row) if duplicate else ("", "")
        changed, not_kept = self._apply(record, row, refresh=not duplicate)
        if duplicate:
            self._report_duplicate(record, row, joined_by, not_kept)
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
        return row

    def _load(self, records: Sequence[SupplierRecord]) -> tuple[dict[str, Any], dict[Any, Any]]:
        """Existing rows sharing a SIRET or a normalised name with the chunk, in one query."""
        by_siret: dict[str, Any] = {}
        by_name: dict[tuple[str, str], Any] = {}
        if self.own_keys is not None:
            return self._load_own(records, by_siret, by_name)
        sirets = tuple({key for r in records if (key := matching_siret(r.siret, r.siret_status))})
        names = tuple({r.norm_name for r in records if r.norm_name})
        result = self.connection.exec_driver_sql(
            f"SELECT {', '.join(LOADED)} FROM counterparty "
            f"WHERE siret IN ({', '.join('?' * len(sirets))}) "
            f"OR norm_name IN ({', '.join('?' * len(names))})", sirets + names)
        for found in result.fetchall():
            self._index(_decoded(found), by_siret, by_name)
        return by_siret, by_name

    def _load_own(self, records: Sequence[SupplierRecord], by_siret: dict[str, Any],
                  by_name: dict[Any, Any]) -> tuple[dict[str, Any], dict[Any, Any]]:
        """The rows of this import that the chunk's keys point to (into an empty table)."""
        own = self.own_keys
        assert own is not None
        ids = {i for r in records for key in (matching_siret(r.siret, r.siret_status),
                                              _name_key(r)) if (i := own.get(key))}
        if ids:
            result = self.connection.exec_driver_sql(
                f"SELECT {', '.join(LOADED)} FROM counterparty "
                "WHERE id IN (SELECT value FROM json_each(?))", (json.dumps(sorted(ids)),))
            for found in result.fetchall():
                self._index(_decoded(found), by_siret, by_name)
        return by_siret, by_name

    def _index(self, row: dict[str, Any], by_siret: dict[str, Any],
               by_name: dict[Any, Any]) -> None:
        name_key = (row["norm_name"], row["post_code"] or "")
        by_name.setdefault(name_key, row)
        siret_key = matching_siret(row["siret"], row["siret_status"])
        if siret_key:
            by_siret.setdefault(siret_key, row)
        if self.own_keys is not None:
            self.own_keys.setdefault(name_key, row["id"])
            if siret_key:
                self.own_keys.setdefault(siret_key, row["id"])

    @staticmethod
    def _match(
        record: SupplierRecord, by_siret: dict[str, Any], by_name: dict[Any, Any]
    ) -> dict[str, Any] | None:
        key = matching_siret(record.siret, record.siret_status)
        if key and key in by_siret:
            return by_siret[key]  # type: ignore[no-any-return]
        row = by_name.get(_name_key(record))
        if row is None:
            return None
        theirs = matching_siret(row["siret"], row["siret_status"])
        return None if key and theirs and theirs != key else row  # two different structures

    def _new_row(self, record: SupplierRecord) -> dict[str, Any]:
        # the record's own attribute dict becomes the row (no copy: the record is spent once
        # merged, and dataclass equality only looks at the declared fields)
        row = record.__dict__
        row.update(
            id=self.next_id, kind=record.kind or "CLASSIC", is_qpv=bool(record.is_qpv),
            is_zrr=False, notes="", favourite=False, active=True, source=self._source(record),
            edited_fields=[],
        )
        self.next_id += 1
        self.touched.add(row["id"])
        self.first_seen[row["id"]] = (record.file_name, record.line)
        self.changed.add(row["id"])
        self.chunk_changed.add(row["id"])
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
                record.file_name, record.line, name, _shown(name, value),
                template.format(line=line, file=file_name, kept=_shown(name, row[name])),
                FLAGGED, record.name))
        if not_kept:
            return
        reason = (SAME_AS_LINE.format(line=line) if same_file
                  else SAME_AS_LINE_OF_FILE.format(line=line, file=file_name))
        self.summary.count_issue(RowIssue(record.file_name, record.line, *joined_by, reason,
                                          MERGED, record.name))

    def _apply(self, record: SupplierRecord, row: dict[str, Any], *,
               refresh: bool) -> tuple[bool, list[tuple[str, Any]]]:
        """Copy the values the rules allow, report conflicts.

        Returns whether anything changed, and the (field, value) pairs of the record that were
        not kept, the structure holding another value. A row met again in the same import (a
        duplicate) only fills empty fields, so that re-importing the file gives the same result.
        """
        edited = set(row["edited_fields"] or ())
        same_source = refresh and row["source"] == self._source(record)
        changed = False
        not_kept: list[tuple[str, Any]] = []
        for name, new, current in zip(SCALAR_FIELDS, _RECORD_SCALARS(record),
                                      _ROW_SCALARS(row), strict=True):
            if new is None or new == "" or new == current:
                continue
            if name in edited:
                self._conflict(record, row["id"], name, current, new)
            elif (current in EMPTY_VALUES.get(name, (None, "")) or _checked_siret_over_bad(
                    name, record, row) or (same_source and name != "siret")):
                row[name] = new
                for derived in DERIVED.get(name, ()):
                    row[derived] = getattr(record, derived)
                if name == "post_code" and current and not record.city and row["city"]:
                    self._flag_city_kept(record, row["city"])
                changed = True
            elif not refresh and not _alike(new, current):
                not_kept.append((name, new))
        for name in LIST_FIELDS:
            if getattr(record, name):
                changed |= self._merge_list(record, row, name, edited, same_source)
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

    def _conflict(self, record: SupplierRecord, row_id: int, name: str, current: Any,
                  new: Any) -> None:
        """Report a file value refused by a hand edit; once, if several rows bring it."""
        shown = _shown(name, new)
        if (row_id, name, shown) in self.conflicts_reported:
            return
        self.conflicts_reported.add((row_id, name, shown))
        self.summary.count_issue(RowIssue(
            record.file_name, record.line, name, shown,
            HAND_EDITED.format(current=_shown(name, current)), CONFLICT, record.name,
        ))

    def _write(self, inserts: dict[int, Any], updates: dict[int, Any]) -> None:
        """Bulk insert and update through the driver (the ORM's per-row typing is too slow)."""
        if inserts:
            stamp = _sql_time(self.now)
            params = [tuple(_encoded(row, INSERTED)) for row in inserts.values()]
            marks = ", ".join("?" * len(INSERTED))
            self.connection.exec_driver_sql(
                f"INSERT INTO counterparty ({', '.join(INSERTED)}, imported_at, created_at, "
                f"updated_at) VALUES ({marks}, '{stamp}', '{stamp}', '{stamp}')", params)
        if updates:
            stamp = _sql_time(self.now)
            assignments = ", ".join(f"{c} = ?" for c in UPDATED)
            params = [(*_encoded(row, UPDATED), row["id"]) for row in updates.values()]
            self.connection.exec_driver_sql(
                f"UPDATE counterparty SET {assignments}, updated_at = '{stamp}', "
                f"imported_at = '{stamp}' WHERE id = ?", params)

    def _write_links(self, links: list[tuple[int, SupplierRecord]], new_ids: Any) -> None:
        self._write_sectors([(i, r) for i, r in links if r.sector_ids], set(new_ids))
        self._write_contacts([(i, r) for i, r in links if r.contact], set(new_ids))

    def _write_sectors(self, links: list[tuple[int, SupplierRecord]], new_ids: set[int]) -> None:
        if not links:
            return
        existing = self._existing(SECTOR_LINK.c.counterparty_id, SECTOR_LINK.c.sector_id,
                                  {i for i, _ in links} - new_ids)
        rows = []
        for counterparty_id, record in links:
            for sector_id in record.sector_ids:
                key = (counterparty_id, sector_id)
                if key not in existing:
                    existing.add(key)
                    rows.append(key)
                    if counterparty_id not in new_ids:
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
            key = (counterparty_id, _contact_key(contact))
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
        """A new sector or contact on an existing row makes it updated rather than unchanged."""
        if counterparty_id in new_ids or counterparty_id in self.changed:
            return
        self.changed.add(counterparty_id)
        self.chunk_changed.add(counterparty_id)
        if self.summary.unchanged:
            self.summary.unchanged -= 1
            self.summary.updated += 1


def merged_references(
    current: list[dict[str, Any]], new: list[dict[str, Any]], *, refresh: bool
) -> list[dict[str, Any]]:
    """Client references after an import: the current ones, then the file's new names.

    Names compare case and accents aside. ``refresh`` (the row came from the same source) lets
    the file's description replace the current one; otherwise it only fills an empty one. No
    reference is removed: an import never deletes, and a structure listed twice in a file must
    give the same list on every import whichever row comes first.
    """
    merged, repeated = united_by_name(
        [dict(ref) for ref in current],
        ({"name": ref["name"], "description": ref.get("description")} for ref in new))
    for position, ref in repeated:
        description = ref["description"]
        if description and (refresh or not merged[position].get("description")):
            merged[position]["description"] = description
    return merged


def _decoded(found: Any) -> dict[str, Any]:
    row = dict(zip(LOADED, found, strict=True))
    for name in JSON_FIELDS:
        text = row[name]
        # an empty tuple, not a new list: most rows have empty lists, and nothing mutates them
        row[name] = () if text == "[]" or text is None else json.loads(text)
    return row


def _encoded(row: dict[str, Any], columns: tuple[str, ...]) -> list[Any]:
    getter, json_positions = _ENCODERS[columns]
    values = list(getter(row))
    for position in json_positions:
        value = values[position]
        values[position] = "[]" if not value else json.dumps(value, ensure_ascii=False)
    return values


def _sql_time(moment: datetime) -> str:
    """A timestamp as SQLAlchemy stores it in SQLite."""
    return moment.strftime("%Y-%m-%d %H:%M:%S.%f")


def _checked_siret_over_bad(name: str, record: SupplierRecord, row: dict[str, Any]) -> bool:
    """A SIRET that passes its check replaces one that failed (a typo, a filler like 123)."""
    return (name == "siret" and row["siret_status"] == "invalid"
            and record.siret_status != "invalid")


def _joined_by(record: SupplierRecord, row: dict[str, Any]) -> tuple[str, str]:
    """(field, value) a record was matched to a row on: their SIRET, else the name."""
    key = matching_siret(record.siret, record.siret_status)
    if key is not None and key == matching_siret(row["siret"], row["siret_status"]):
        return "siret", key
    return "name", record.name


def _alike(new: Any, current: Any) -> bool:
    """Two values that differ only by case, accents, spacing or punctuation (« E.S.A.T. »)."""
    return (isinstance(new, str) and isinstance(current, str)
            and fold(new).replace(" ", "") == fold(current).replace(" ", ""))


def _contact_key(contact: ContactData) -> str:
    """What tells two contacts of a counterparty apart (as the existing-contacts query)."""
    return (contact.email or contact.last_name or "").lower()


def _name_key(record: SupplierRecord) -> tuple[str, str]:
    return (record.norm_name, record.post_code or "")


def _shown(field: str, value: Any) -> str:
    """A value as a report names it: a code by its French label, a phone as the card shows it."""
    if field == "phone":
        return readable_phone(value)
    labels = CODE_LABELS.get(field)
    return labels.get(value, _text(value)) if labels else _text(value)


def _text(value: Any) -> str:
    if isinstance(value, list) and all(isinstance(v, dict) for v in value):
        return "; ".join(str(v.get("name") or "") for v in value)  # offers, client references
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, datetime):
        return value.isoformat()
    return "" if value is None else str(value)
