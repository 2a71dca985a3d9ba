"""The counterparty each spend line of an import goes to: found by SIRET or name, else created.

Match the supplier by SIRET (else by name when the line has no SIRET); an unknown supplier becomes
a classic counterparty, created once per SIRET or name, and said so once, on its first line. A
name several stored counterparties bear goes to the one the line's post code or city picks; if
none does, the line is rejected, with the candidates named (``spend_homonyms``). A line without
SIRET whose name the import's other lines give one SIRET (and no stored counterparty bears) goes
to that SIRET's counterparty: an ERP leaves the SIRET out of some lines of one supplier. When
that SIRET comes in a later chunk and names a stored counterparty, the card its earlier lines got
by name is given up for it (``spend_moves``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from srm_inclusif.core.normalise import normalise_name
from srm_inclusif.storage.services.import_records import (
    REJECTED,
    ImportSummary,
    RowIssue,
    SpendRecord,
    matching_siret,
)
from srm_inclusif.storage.services.spend_counterparty import (
    CREATED_FROM_FILE,
    CREATED_FROM_FILE_LINES,
    described,
    details_text,
    new_counterparty_values,
)
from srm_inclusif.storage.services.spend_homonyms import Homonym, load_names, told_apart
from srm_inclusif.storage.services.spend_lines_found import StoredLines
from srm_inclusif.storage.services.spend_moves import CardGivenUp, give_up
from srm_inclusif.storage.services.spend_reasons import (
    SIRET_NOT_KEPT,
    UNKNOWN_SUPPLIER,
    UNKNOWN_SUPPLIER_LINES,
    CountedRemark,
)
from srm_inclusif.storage.services.spend_repeats import PurchasesMet
from srm_inclusif.storage.tables import Counterparty, table_of

COUNTERPARTY = table_of(Counterparty)

#: Counts a remark on a line, and gives it: (record, field, value, reason).
Flag = Callable[[SpendRecord, str, str, str], RowIssue]
#: The remark on the first line of a counterparty created, said again with its number of lines.
_COUNTED = {UNKNOWN_SUPPLIER: UNKNOWN_SUPPLIER_LINES, CREATED_FROM_FILE: CREATED_FROM_FILE_LINES}


class SpendSuppliers:
    """The counterparty of each supplier key met by an import: stored, or created once."""

    def __init__(
        self, connection: Connection, summary: ImportSummary, *, source: str, now: datetime,
        reasons: dict[str, str], seller: bool, unnamed: str, first_id: int, flag: Flag,
    ) -> None:
        self.connection = connection
        self.summary = summary
        self.source = source
        self.now = now
        self.reasons = reasons
        self.seller = seller
        #: The name of a counterparty created without one (« Fournisseur », « Client »).
        self.unnamed = unnamed
        self.flag = flag
        self.ids: dict[str, int] = {}
        #: Name keys several stored counterparties share: the line's place picks one.
        self.homonyms: dict[str, list[Homonym]] = {}
        self.created: set[str] = set()
        self.created_ids: set[int] = set()
        #: The post code of each counterparty created for a supplier key (None: not given).
        self.created_post_codes: dict[str, str | None] = {}
        #: SIRETs that failed their check yet held by one stored structure (a supplier key).
        self.held_sirets: set[str] = set()
        self.looked_up_sirets: set[str] = set()
        #: Name key → the SIRETs (and their status) the import's lines give that name.
        self.sirets_by_name: dict[str, dict[str, str]] = {}
        #: (name key, SIRET) → the file and line that first gave the name that SIRET.
        self.siret_lines: dict[tuple[str, str], tuple[str, int | None]] = {}
        #: The name keys the current chunk gives a SIRET.
        self.named_now: set[str] = set()
        #: The counterparties created with the kind their file gives (not classic).
        self.typed_ids: set[int] = set()
        #: The remark on the first line of each counterparty created (by id).
        self.remarks: dict[int, CountedRemark] = {}
        self.next_id = first_id

    def keys_of(self, records: Sequence[SpendRecord]) -> list[str]:
        """Each record's supplier key (see ``_key``).

        A SIRET that failed its check is the key when one stored structure holds it: a mistyped
        number copied into both files names that structure better than the line's name does.
        """
        self._load_held_sirets({r.siret for r in records if r.siret and _mistyped_siret(r)})
        self.named_now = set()
        for record in records:
            if record.supplier_name and (siret := matching_siret(record.siret,
                                                                 record.siret_status)):
                name_key = _name_key(record)
                self.sirets_by_name.setdefault(name_key, {})[siret] = record.siret_status
                self.siret_lines.setdefault((name_key, siret), (record.file_name, record.line))
                self.named_now.add(name_key)
        return [record.siret if record.siret in self.held_sirets and _mistyped_siret(record)
                else self._key(record) for record in records]

    def _key(self, record: SpendRecord) -> str:
        """The SIRET, or ``nom:`` and the normalised name (a SIRET that failed its check, none).

        A line without a name and with a SIRET that failed its check goes by the name its card
        is created with (« Fournisseur 82012… »): the card does not keep that SIRET.
        """
        siret = matching_siret(record.siret, record.siret_status)
        if siret:
            return siret
        if record.siret and not record.supplier_name:
            return "nom:" + normalise_name(self._name(record))
        return _name_key(record)

    def _name(self, record: SpendRecord) -> str:
        """The name of the card created for a line: its supplier's, else made of its SIRET."""
        return record.supplier_name or f"{self.unnamed} {record.siret}"

    def _load_held_sirets(self, sirets: set[str]) -> None:
        sirets -= self.looked_up_sirets
        if not sirets:
            return
        self.looked_up_sirets |= sirets
        query = (sa.select(COUNTERPARTY.c.siret, sa.func.min(COUNTERPARTY.c.id))
                 .where(COUNTERPARTY.c.siret.in_(sirets)).group_by(COUNTERPARTY.c.siret)
                 .having(sa.func.count() == 1))
        held = {siret: cid for siret, cid in self.connection.execute(query)}
        self.held_sirets |= held.keys()
        self.ids |= held

    def load(self, chunk_keys: set[str]) -> None:
        """Find the stored counterparties of keys not met yet, by SIRET or by name."""
        keys = chunk_keys - self.ids.keys() - self.homonyms.keys()
        names = {key for key in keys if key.startswith("nom:")}
        sirets = keys - names
        if sirets:
            query = sa.select(COUNTERPARTY.c.siret, COUNTERPARTY.c.id).where(
                COUNTERPARTY.c.siret.in_(sirets)).order_by(COUNTERPARTY.c.id.desc())
            self.ids |= {siret: cid for siret, cid in self.connection.execute(query)}
        if names:
            single, homonyms = load_names(self.connection, {n.removeprefix("nom:") for n in names})
            self.ids |= {"nom:" + name: cid for name, cid in single.items()}
            self.homonyms |= {"nom:" + name: found for name, found in homonyms.items()}

    def told_apart(self, records: Sequence[SpendRecord],
                   keys: list[str]) -> tuple[list[SpendRecord], list[str]]:
        """The records and keys left once lines naming homonyms go to the one their place picks.

        A line whose place picks none is rejected: guessing would move its amount to another
        structure's kind, in another town.
        """
        kept: list[tuple[SpendRecord, str]] = []
        for record, key in zip(records, map(self._siret_key, keys), strict=True):
            if key not in self.homonyms:
                kept.append((record, key))
            elif isinstance(found := told_apart(record, self.homonyms[key], self.reasons), int):
                self.ids[f"id:{found}"] = found
                kept.append((record, f"id:{found}"))
            else:
                self._reject(record, found)
        return [record for record, _key in kept], [key for _record, key in kept]

    def _siret_key(self, key: str) -> str:
        """The SIRET of a name key the import gives one SIRET only, when none stored bears it.

        A name two SIRETs share (two establishments) leaves its lines without one by name.
        """
        if (not key.startswith("nom:") or key in self.homonyms
                or (key in self.ids and key not in self.created)):
            return key
        sirets = self.sirets_by_name.get(key, {})
        return next(iter(sirets)) if len(sirets) == 1 else key

    def _reject(self, record: SpendRecord, refusal: RowIssue) -> None:
        """Count a line left out, its remarks said as refusals too (fixed with the rest)."""
        self.summary.rows += 1
        for flag in record.flags:
            self.summary.count_issue(replace(flag, severity=REJECTED))
        self.summary.count_issue(refusal)

    def give_up_created(self, stored: StoredLines, signature: Sequence[Any],
                        met: PurchasesMet) -> None:
        """Give up the cards created by name whose SIRET, given now, names a stored card.

        Call it once the stored card's lines are loaded in ``stored``: each answers one moved
        line (``spend_moves``). The name's next lines go straight to the stored card.
        """
        for name_key in sorted(self.named_now):
            if (card := self._card_given_up(name_key)) is None:
                continue
            give_up(self.connection, self.summary, stored, signature, card,
                    self.remarks.pop(card.created_id), seller=self.seller)
            met.moved(card.created_id, card.stored_id)  # a file given twice: read once
            self.ids[name_key] = card.stored_id
            self.created.discard(name_key)
            self.created_ids.discard(card.created_id)

    def _card_given_up(self, name_key: str) -> CardGivenUp | None:
        """The card created for a name, when the one SIRET the import gives it is stored."""
        sirets = self.sirets_by_name.get(name_key, {})
        if name_key not in self.created or len(sirets) != 1:
            return None
        siret = next(iter(sirets))
        if siret not in self.ids or siret in self.created:  # not stored: adopted instead
            return None
        file_name, line = self.siret_lines[name_key, siret]
        created_id = self.ids[name_key]
        return CardGivenUp(created_id, self.ids[siret], file_name, line or 0,
                           typed=created_id in self.typed_ids)

    def counterparty_ids(self, keys: list[str]) -> set[int]:
        """The counterparties found or created for these keys."""
        return {self.ids[key] for key in keys if key in self.ids}

    def stored_counterparty(self, key: str) -> int | None:
        """The stored counterparty of a supplier key (None if this import created it)."""
        return self.ids.get(key) if key not in self.created else None

    def counterparty_of(self, record: SpendRecord, key: str) -> int:
        """The line's counterparty, created (and said so) when the workspace has none."""
        if key in self.ids and key not in self.created:
            self.summary.matched += 1
            return self.ids[key]
        self.summary.unmatched += 1
        key = self._created_key(record, key)
        if key not in self.created:
            self.created.add(key)
            self.created_post_codes[key] = record.post_code
            if (adopted := self._adopted(record, key)) is None:
                self.ids[key] = counterparty_id = self._create_classic(record, key)
                self.created_ids.add(counterparty_id)
                self.remarks[counterparty_id] = self._remark(record)
                return counterparty_id
            self.ids[key] = adopted
        self.remarks[self.ids[key]].one_more_line()
        return self.ids[key]

    def _remark(self, record: SpendRecord) -> CountedRemark:
        """Say on a line that its counterparty is created (its next lines are only counted)."""
        if described(record):  # created with what the file says of it
            field, value, reason = ("kind" if record.kind else "city", details_text(record),
                                    CREATED_FROM_FILE)
        else:
            field, value, reason = ("siret" if record.siret else "supplier_name",
                                    record.siret or record.supplier_name or "", UNKNOWN_SUPPLIER)
        counted = self.reasons.get(_COUNTED[reason], _COUNTED[reason])
        return CountedRemark(self.flag(record, field, value, reason), counted)

    def _adopted(self, record: SpendRecord, siret: str) -> int | None:
        """The counterparty created by name from earlier lines, given the SIRET a line now gives.

        Lines without SIRET of an earlier chunk created it; the name's SIRET is now known.
        """
        name_key = _name_key(record)
        sirets = self.sirets_by_name.get(name_key, {})
        if name_key not in self.created or sirets.keys() != {siret}:
            return None
        counterparty_id = self.ids[name_key]
        self.connection.execute(COUNTERPARTY.update().where(
            COUNTERPARTY.c.id == counterparty_id, COUNTERPARTY.c.siret.is_(None)).values(
            siret=siret, siret_status=sirets[siret]))
        return counterparty_id

    def _created_key(self, record: SpendRecord, key: str) -> str:
        """The key of the counterparty created for a name: one per post code its lines give.

        Two lines of a file may name two structures of one name in two towns (an EA in
        Bordeaux, an AI in Lille): the second gets its own card, not the first one's kind.
        """
        first = self.created_post_codes.get(key)
        if key.startswith("nom:") and first and record.post_code and record.post_code != first:
            return f"{key}@{record.post_code}"
        return key

    def _create_classic(self, record: SpendRecord, key: str) -> int:
        """A counterparty for the line; with the SIRET of its key if it has none (by its name)."""
        new_id = self.next_id
        self.next_id += 1
        siret, status = record.siret, record.siret_status
        if status == "invalid":  # a card never keeps a SIRET that failed its check
            siret, status = None, "missing"
            self.flag(record, "siret", record.siret or "", SIRET_NOT_KEPT)
        if siret is None and key in self.sirets_by_name.get(_name_key(record), {}):
            siret, status = key, self.sirets_by_name[_name_key(record)][key]
        name = self._name(record)
        self.connection.execute(COUNTERPARTY.insert(), [{
            "id": new_id, "name": name, "norm_name": normalise_name(name), "siret": siret,
            "siret_status": status, **new_counterparty_values(record),
            "service_types": [],
            "networks": [], "offers": [], "extra_sectors": [], "is_qpv": False, "is_zrr": False,
            "notes": "", "favourite": False, "active": True, "source": self.source,
            "imported_at": self.now, "edited_fields": [], "created_at": self.now,
            "updated_at": self.now,
        }])
        self.summary.changes.counterparties.add(new_id)
        if record.kind:
            self.summary.typed_created += 1
            self.typed_ids.add(new_id)
        else:
            self.summary.classic_created += 1
        return new_id


def _mistyped_siret(record: SpendRecord) -> bool:
    """A SIRET that failed its check yet names one structure: long enough, not a filler.

    Fillers (``00000000000000``, ``11111111111111``, ``0``, ``123``) are shared by unrelated
    suppliers: those lines go by name.
    """
    siret = record.siret
    return (record.siret_status == "invalid" and siret is not None and len(siret) >= 9
            and len(set(siret)) > 1 and not siret.startswith("000000000"))


def _name_key(record: SpendRecord) -> str:
    return "nom:" + normalise_name(record.supplier_name)
