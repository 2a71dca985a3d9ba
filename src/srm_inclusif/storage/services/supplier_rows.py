"""The counterparty columns a supplier import reads and writes, and the rules on their values.

Rows travel as dicts keyed by column; the list columns are stored as JSON text.
"""

from __future__ import annotations

import json
import operator
import unicodedata
from datetime import datetime
from typing import Any

from sqlalchemy.engine import Connection

from srm_inclusif.core.kinds import fold
from srm_inclusif.core.named_entries import united_by_name
from srm_inclusif.storage.services.import_records import (
    ContactData,
    SupplierRecord,
    matching_siret,
)

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
#: The columns an import writes: plain values first, the JSON lists last (see ``encoded``).
#: A new row's other columns are the same for all (``is_zrr``...): written as constants.
_PLAIN_UPDATED = (*SCALAR_FIELDS, "norm_name", "siret_status", "department_code", "region_code",
                  "notes")
UPDATED: tuple[str, ...] = (*_PLAIN_UPDATED, *LIST_FIELDS)
LOADED = ("id", *UPDATED, "source", "edited_fields")
INSERTED: tuple[str, ...] = (*_PLAIN_UPDATED, "id", "source", *LIST_FIELDS, "edited_fields")
RECORD_SCALARS = operator.attrgetter(*SCALAR_FIELDS)
ROW_SCALARS = operator.itemgetter(*SCALAR_FIELDS)
#: Per written columns: the getters of their plain values and of their lists, and the lists
#: all empty as stored (most rows).
ENCODERS = {
    columns: (operator.itemgetter(*columns[:-len(lists)]), operator.itemgetter(*lists),
              ("[]",) * len(lists))
    for columns, lists in ((UPDATED, LIST_FIELDS), (INSERTED, (*LIST_FIELDS, "edited_fields")))
}
#: Values that count as "empty" in the workspace (a classic kind is the default, not a choice).
EMPTY_VALUES: dict[str, tuple[Any, ...]] = {"kind": (None, "", "CLASSIC"), "is_qpv": (None, False)}


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


def decoded(found: Any) -> dict[str, Any]:
    """A row read with the ``LOADED`` columns, its JSON lists decoded."""
    row = dict(zip(LOADED, found, strict=True))
    for name in JSON_FIELDS:
        text = row[name]
        # an empty tuple, not a new list: most rows have empty lists, and nothing mutates them
        row[name] = () if text == "[]" or text is None else json.loads(text)
    return row


def encoded(row: dict[str, Any], columns: tuple[str, ...]) -> tuple[Any, ...]:
    """The values of ``columns`` (``UPDATED`` or ``INSERTED``) to write, lists as JSON text."""
    plain, lists, all_empty = ENCODERS[columns]
    values = lists(row)
    if not any(values):
        return plain(row) + all_empty  # type: ignore[no-any-return]
    return plain(row) + tuple(  # type: ignore[no-any-return]
        "[]" if not value else json.dumps(value, ensure_ascii=False) for value in values)


def merged_notes(current: str | None, new: str | None) -> str | None:
    """A card's notes with the file's added, or None when the card holds them already.

    Notes are the user's own writing: the file's text is appended (after a blank line), never
    written over them, and only when the notes do not hold it yet (a re-import adds nothing).
    """
    if not new:
        return None
    current = current or ""
    if " ".join(new.split()) in " ".join(current.split()):
        return None
    return f"{current.rstrip()}\n\n{new}" if current.strip() else new


def sql_time(moment: datetime) -> str:
    """A timestamp as SQLAlchemy stores it in SQLite."""
    return moment.strftime("%Y-%m-%d %H:%M:%S.%f")


def write_rows(connection: Connection, now: datetime, inserts: dict[int, Any],
               updates: dict[int, Any]) -> None:
    """Bulk insert and update rows through the driver (the ORM's per-row typing is too slow).

    The columns a new row of an import always gets alike (``is_zrr``...) are written as
    constants.
    """
    stamp = sql_time(now)
    if inserts:
        params = [encoded(row, INSERTED) for row in inserts.values()]
        marks = ", ".join("?" * len(INSERTED))
        connection.exec_driver_sql(
            f"INSERT INTO counterparty ({', '.join(INSERTED)}, is_zrr, favourite, "
            f"active, imported_at, created_at, updated_at) VALUES ({marks}, 0, 0, 1, "
            f"'{stamp}', '{stamp}', '{stamp}')", params)
    if updates:
        assignments = ", ".join(f"{c} = ?" for c in UPDATED)
        params = [(*encoded(row, UPDATED), row["id"]) for row in updates.values()]
        connection.exec_driver_sql(
            f"UPDATE counterparty SET {assignments}, updated_at = '{stamp}', "
            f"imported_at = '{stamp}' WHERE id = ?", params)


def checked_siret_over_bad(name: str, record: SupplierRecord, row: dict[str, Any]) -> bool:
    """A SIRET that passes its check replaces one that failed (a typo, a filler like 123)."""
    return (name == "siret" and row["siret_status"] == "invalid"
            and record.siret_status != "invalid")


def joined_by(record: SupplierRecord, row: dict[str, Any]) -> tuple[str, str]:
    """(field, value) a record was matched to a row on: their SIRET, else the name."""
    key = matching_siret(record.siret, record.siret_status)
    if key is not None and key == matching_siret(row["siret"], row["siret_status"]):
        return "siret", key
    return "name", record.name


def alike(new: Any, current: Any) -> bool:
    """Two values that differ only by case, accents, spacing or punctuation (« E.S.A.T. »)."""
    return (isinstance(new, str) and isinstance(current, str)
            and fold(new).replace(" ", "") == fold(current).replace(" ", ""))


def same_but_case(new: Any, current: Any) -> bool:
    """Two texts that differ only by case or accents (« ENVIE RHONE », « Envie Rhône »).

    Stricter than :func:`alike`: a hand-edited e-mail or website differing from the file's by a
    dot or a hyphen (« esat-rhone.fr », « esatrhone.fr ») is another value, said as a conflict.
    """
    return (isinstance(new, str) and isinstance(current, str)
            and _bare(new).casefold() == _bare(current).casefold())


def _bare(text: str) -> str:
    """``text`` without its accents, spacing collapsed."""
    decomposed = unicodedata.normalize("NFKD", text)
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


def contact_key(contact: ContactData) -> str:
    """What tells two contacts of a counterparty apart (as the existing-contacts query)."""
    return (contact.email or contact.last_name or "").lower()


def name_key(record: SupplierRecord) -> tuple[str, str]:
    """The second matching key of a record: normalised name and post code."""
    return (record.norm_name, record.post_code or "")


