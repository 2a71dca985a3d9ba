"""Normalise a block of delimited-text rows column by column (the path of big directory files).

Same records, flags and rejects as ``RecordBuilder.supplier`` row by row, but each column is
cleaned in one pass, a column whose values repeat (kinds, post codes, sectors, cities...) is read
once per distinct value, and SIRET check digits are verified for the whole block with numpy.
Only plain text cells and the fields listed in ``BATCH_FIELDS`` take this path; anything else
goes row by row.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from srm_inclusif.core.geo import post_code_reason
from srm_inclusif.core.normalise import (
    clean_text,
    is_footer_line,
    normalise_email,
    normalise_name,
    normalise_phone,
    normalise_website,
    split_list,
)
from srm_inclusif.core.siret import fast_check_siret
from srm_inclusif.exchange.cell_values import (
    client_references,
    nature_of,
    number_of,
    on_one_line,
)
from srm_inclusif.exchange.column_block import Columns, each_value
from srm_inclusif.exchange.records import (
    BAD_EMAIL,
    BAD_NUMBER,
    BAD_PHONE,
    BAD_WEBSITE,
    FOOTER_NOT_STRUCTURE,
    NO_NAME,
    UNKNOWN_KIND,
    UNKNOWN_NATURE,
    UNKNOWN_SECTOR,
    RecordBuilder,
    notes_text,
)
from srm_inclusif.exchange.siret_columns import other_siret_remarks, valid_sirets
from srm_inclusif.exchange.text_limits import SUPPLIER_LIMITS as LIMITS
from srm_inclusif.storage.services.import_records import (
    FLAGGED,
    REJECTED,
    SUPPLIER_FIELDS,
    TOTAL,
    RowIssue,
    SupplierRecord,
    supplier_record,
)

#: Supplier fields the column path reads; a mapping with any other field goes row by row.
BATCH_FIELDS = frozenset({
    "", "name", "brand", "siret", "siret_alt", "siren", "kind", "nature", "address", "address2",
    "post_code", "city", "phone", "email", "website", "social_website", "sectors",
    "service_types", "networks", "headcount_insertion", "headcount_permanent", "legal_form",
    "source_id", "notes", "client_references",
})


def batch_supported(mapping: dict[int, str]) -> bool:
    """Whether rows mapped this way can be normalised by ``build_suppliers``."""
    return set(mapping.values()) <= BATCH_FIELDS


def build_suppliers(
    builder: RecordBuilder, rows: Sequence[tuple[int, list[str]]], mapping: dict[int, str]
) -> list[SupplierRecord | RowIssue]:
    """Records (or rejects) of text rows, in file order, exactly as ``builder.supplier`` does."""
    return [supplier_record(item) if isinstance(item, tuple) else item
            for item in supplier_rows(builder, rows, mapping)]


def supplier_rows(
    builder: RecordBuilder, rows: Sequence[tuple[int, list[str]]], mapping: dict[int, str]
) -> list[tuple[Any, ...] | RowIssue]:
    """What ``build_suppliers`` gives, each record as its values (see ``supplier_values``).

    The values of all rows are zipped from their columns at once: no Python work per field and
    row. Lists that no cell fills (``offers``...) are one empty list, and rows of the same
    sector cell share its lists: only ``flags`` is each row's own.
    """
    if not rows:
        return []
    columns = Columns(rows, mapping)
    lines = [line for line, _cells in rows]
    names, norm_names, brands = _names(columns)
    # the flags of a row are raised in the row-by-row order: SIRET, post code, phone, e-mail,
    # kind, sectors, nature, headcounts
    flags = _Flags(builder, lines, names)
    raw_sirets = _raw_sirets(columns)
    sirets, statuses = _sirets(builder, raw_sirets, flags)
    _other_sirets(columns, sirets, flags)
    addresses, cities, post_codes, departments, regions = _places(builder, columns, flags)
    phones = _checked(columns, "phone", normalise_phone, BAD_PHONE, flags)
    emails = _checked(columns, "email", normalise_email, BAD_EMAIL, flags)
    websites = _checked(columns, "website", normalise_website, BAD_WEBSITE, flags, keep=False)
    kinds = _kinds(builder, columns, flags)
    sector_ids, extra_sectors = _sectors(builder, columns, flags)
    natures = _natures(columns, flags)
    insertion = _numbers(columns, "headcount_insertion", flags)
    permanent = _numbers(columns, "headcount_permanent", flags)
    empty: list[Any] = []
    size = len(lines)
    no_value = [None] * size
    values = {
        "line": lines, "name": names, "norm_name": norm_names, "siret": sirets,
        "siret_status": statuses, "brand": brands, "address": addresses,
        "post_code": post_codes, "city": cities, "department_code": departments,
        "region_code": regions,
        "phone": phones, "email": emails,
        "website": websites,
        "social_website": columns.clean("social_website", LIMITS["social_website"]),
        "kind": kinds, "extra_sectors": extra_sectors, "sector_ids": sector_ids,
        "nature": natures, "headcount_insertion": insertion, "headcount_permanent": permanent,
        "legal_form": columns.clean("legal_form", LIMITS["legal_form"]),
        "source_id": columns.clean("source_id", LIMITS["source_id"]),
        "notes": _notes(columns),
        "service_types": _lists(columns, "service_types") or [empty] * size,
        "networks": _lists(columns, "networks") or [empty] * size,
        "client_references": _references(columns) or [empty] * size,
        "file_name": [builder.file_name] * size,
        "source": [builder.source] * size,
        "inclusive_directory": [builder.inclusive_directory] * size,
        "offers": [empty] * size, "labels": [empty] * size,
        "capacity": no_value, "is_qpv": no_value, "contact": no_value,
        "flags": [row_flags or [] for row_flags in flags.rows],
    }
    # strict: a column shorter than the block must fail loudly, never drop the rows past its end
    out: list[tuple[Any, ...] | RowIssue] = list(zip(
        *[values[name] for name in SUPPLIER_FIELDS], strict=True))
    for i, (name, valid) in enumerate(zip(names, statuses, strict=True)):
        if name is None:
            out[i] = builder.issue(lines[i], "name", columns.raw("name", i), NO_NAME, REJECTED,
                                   None)
        elif valid != "valid" and is_footer_line(name, raw_sirets[i]):  # a valid SIRET: no
            out[i] = builder.issue(lines[i], "name", name, FOOTER_NOT_STRUCTURE, TOTAL, name)
    return out


class _Flags:
    """The flags of each row of a block (None for a row without any), with the row's name."""

    def __init__(self, builder: RecordBuilder, lines: list[int], names: list[Any]) -> None:
        self._builder, self._lines, self._names = builder, lines, names
        self.rows: list[list[RowIssue] | None] = [None] * len(lines)

    def add(self, index: int, name: str, value: Any, reason: str) -> None:
        issue = self._builder.issue(self._lines[index], name, value, reason, FLAGGED,
                                    self._names[index])
        row = self.rows[index]
        if row is None:
            self.rows[index] = [issue]
        else:
            row.append(issue)


def _names(columns: Columns) -> tuple[list[Any], list[Any], list[Any]]:
    """Names (the brand when there is no name; None when neither), normalised names, brands."""
    brands = columns.clean("brand", LIMITS["brand"])
    names = [name or brand
             for name, brand in zip(columns.clean("name", LIMITS["name"]), brands, strict=True)]
    brands = [None if brand == name else brand for name, brand in zip(names, brands, strict=True)]
    return names, list(map(normalise_name, names)), brands


def _raw_sirets(columns: Columns) -> list[Any]:
    """The SIRET cell of each row; the second SIRET column's where the first one is empty."""
    raws: list[Any] = list(columns.get("siret") or [None] * columns.size)  # type: ignore[list-item]
    alt = columns.get("siret_alt")
    if alt is not None:
        cleaned = columns.clean("siret")
        raws = [raw if clean else other for raw, clean, other in zip(raws, cleaned, alt,
                                                                      strict=True)]
    return raws


def _sirets(
    builder: RecordBuilder, raws: list[Any], flags: _Flags
) -> tuple[list[Any], list[str]]:
    """SIRETs and their statuses; plain valid SIRETs checked at once."""
    valid = valid_sirets(raws)
    values = [raw if ok else None for raw, ok in zip(raws, valid, strict=True)]
    statuses = ["valid" if ok else "missing" for ok in valid]
    pad = builder.options.pad_siret_zeros
    for index in [i for i, ok in enumerate(valid) if not ok]:
        raw = raws[index]
        if raw is not None and clean_text(raw) is not None:
            check = fast_check_siret(raw, pad)
            values[index], statuses[index] = check.value, check.status.value
            if check.reason:
                flags.add(index, "siret", raw, check.reason)
    return values, statuses


def _other_sirets(columns: Columns, sirets: list[Any], flags: _Flags) -> None:
    """Flag a SIREN column at odds with the SIRET, and a second SIRET that is not stored."""
    sirens, seconds = columns.get("siren"), columns.get("siret_alt")
    if sirens is None and seconds is None:
        return
    cleaned = columns.clean("siret")  # where it is empty, the second SIRET is the one read
    for index, siret in enumerate(sirets):
        second = seconds[index] if seconds is not None and cleaned[index] else None
        siren = sirens[index] if sirens is not None else None
        for name, value, reason in other_siret_remarks(siret, siren, second):
            flags.add(index, name, value, reason)


def _places(builder: RecordBuilder, columns: Columns, flags: _Flags) -> tuple[list[Any], ...]:
    """Addresses, cities, post codes, departments and regions; unreadable post codes flagged."""
    addresses = _addresses(columns.clean("address"), columns.clean("address2"))
    cities = columns.clean("city", LIMITS["city"])
    raw_codes = columns.get("post_code")
    places: list[Any]
    if raw_codes is None:
        places = [builder.place_for(None)] * columns.size
    else:
        places = each_value(raw_codes, lambda cells: list(map(builder.place_for, cells)))
        for index in [i for i, place in enumerate(places) if place is None]:
            flags.add(index, "post_code", raw_codes[index], post_code_reason(raw_codes[index]))
            places[index] = (None, None, None)
    return (addresses, cities, [place[0] for place in places], [place[1] for place in places],
            [place[2] for place in places])


def _addresses(main: list[str | None], extra: list[str | None]) -> list[str | None]:
    """The address and its complement on one line, cut to its limit."""
    if any(extra):
        main = [(f"{address}, {more}" if address else more) if more else address
                for address, more in zip(main, extra, strict=True)]
    return [on_one_line(address, ", ")[:LIMITS["address"]] if address else None for address in main]


def _checked(
    columns: Columns, name: str, read: Callable[[Any], tuple[str | None, bool]], reason: str,
    flags: _Flags, *, keep: bool = True,
) -> list[str | None]:
    """Phones, e-mails or websites normalised by ``read`` and cut to their limit.

    Invalid ones are flagged, and kept as they are unless ``keep`` is False.
    """
    column = columns.get(name)
    if column is None:
        return [None] * columns.size
    values, valid = zip(*each_value(column, lambda cells: list(map(read, cells))), strict=True)
    if not all(valid):
        for index in [i for i, ok in enumerate(valid) if not ok]:
            flags.add(index, name, column[index], reason)
    size = LIMITS[name]
    return [value[:size] if value and (keep or ok) else None
            for value, ok in zip(values, valid, strict=True)]


def _kinds(builder: RecordBuilder, columns: Columns, flags: _Flags) -> Sequence[str | None]:
    """Kinds (None for no value); a text naming no known kind is flagged."""
    column = columns.get("kind")
    if column is None:
        return [builder.kind_of(None)[0]] * columns.size
    kinds, unknown = zip(*each_value(column, lambda cells: list(map(builder.kind_of, cells))),
                         strict=True)
    if any(unknown):
        for index in [i for i, flag in enumerate(unknown) if flag]:
            flags.add(index, "kind", clean_text(column[index]), UNKNOWN_KIND)
    return kinds


def _sectors(
    builder: RecordBuilder, columns: Columns, flags: _Flags
) -> tuple[Sequence[list[int]], Sequence[list[str]]]:
    """Reference sector ids and unknown sector texts (each one flagged) per row."""
    column = columns.get("sectors")
    if column is None:
        no_ids, no_extras = builder.sectors_of(None)
        return [no_ids] * columns.size, [no_extras] * columns.size
    ids, extras = zip(*each_value(column, lambda cells: list(map(builder.sectors_of, cells))),
                      strict=True)
    if any(extras):
        for index, texts in enumerate(extras):
            for text in texts:
                flags.add(index, "sectors", text, UNKNOWN_SECTOR)
    return ids, extras


def _natures(columns: Columns, flags: _Flags) -> Sequence[str | None]:
    """``Nature`` codes; a text naming neither a head office nor an antenna is flagged."""
    column = columns.get("nature")
    if column is None:
        return [None] * columns.size
    natures, unknown = zip(*each_value(column, lambda cells: list(map(nature_of, cells))),
                           strict=True)
    for index in [i for i, flag in enumerate(unknown) if flag]:
        flags.add(index, "nature", clean_text(column[index]), UNKNOWN_NATURE)
    return natures


def _numbers(columns: Columns, name: str, flags: _Flags) -> Sequence[float | None]:
    """Counts of a field; a cell holding no count is flagged."""
    column = columns.get(name)
    if column is None:
        return [None] * columns.size
    numbers, unreadable = zip(*each_value(column, lambda cells: list(map(number_of, cells))),
                              strict=True)
    for index in [i for i, flag in enumerate(unreadable) if flag]:
        flags.add(index, name, clean_text(column[index]), BAD_NUMBER)
    return numbers


def _references(columns: Columns) -> list[list[dict[str, Any]]] | None:
    """Client references per row (None when no column gives them)."""
    column = columns.get("client_references")
    return None if column is None else [client_references(cells) for cells in column]


def _notes(columns: Columns) -> list[str | None]:
    """The notes of each row (its notes cells one per line); all None when no column gives them."""
    column = columns.get("notes")
    return [None] * columns.size if column is None else list(map(notes_text, column))


def _lists(columns: Columns, name: str) -> list[list[str]] | None:
    column = columns.get(name)
    return None if column is None else [split_list(cell) for cell in column]
