"""Insert spend lines in the caller's transaction.

Match the supplier by SIRET (else by name when the line has no SIRET); an unknown supplier becomes a
classic counterparty, created once per SIRET or name. Lines already in the workspace (same supplier,
date, amount, basis, invoice, category, entity) are counted unchanged, so re-importing a file adds
nothing.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP
from srm_inclusif.core.kinds import fold
from srm_inclusif.core.money import format_eur, implausible
from srm_inclusif.core.normalise import normalise_name
from srm_inclusif.storage.services.import_records import (
    FLAGGED,
    ImportSummary,
    RowIssue,
    SpendRecord,
    matching_siret,
)
from srm_inclusif.storage.tables import Counterparty, Person, SpendLine, table_of
from srm_inclusif.storage.types import utcnow

COUNTERPARTY = table_of(Counterparty)
SPEND = table_of(SpendLine)
PERSON = table_of(Person)


#: Why a spend line is flagged (stored in French; the UI translates, context "ImportReasons").
UNKNOWN_SUPPLIER = QT_TRANSLATE_NOOP(
    "ImportReasons", "Fournisseur absent de l'espace : dépense rattachée à un fournisseur "
    "classique créé pour l'occasion.")
UNKNOWN_BUYER = QT_TRANSLATE_NOOP(
    "ImportReasons", "Acheteur inconnu dans l'espace : la ligne est importée sans acheteur.")
IMPLAUSIBLE_AMOUNT = QT_TRANSLATE_NOOP(
    "ImportReasons", "Un milliard d'euros ou plus sur une seule ligne : montant gardé, "
    "vérifiez-le.")


class SpendMerger:
    """Matches and inserts spend lines chunk by chunk."""

    def __init__(
        self, connection: Connection, summary: ImportSummary, *, basis: str, source: str,
        batch_id: int,
    ) -> None:
        self.connection = connection
        self.summary = summary
        self.basis = basis
        self.source = source
        self.batch_id = batch_id
        self.now = utcnow()
        self.suppliers: dict[str, int] = {}
        self.created: set[str] = set()
        self.available: Counter[tuple[Any, ...]] = Counter()
        self.loaded: set[int] = set()
        self.persons = {fold(r.name): r.id for r in connection.execute(
            sa.select(PERSON.c.id, PERSON.c.name))}
        self.next_id = self._max_id(SPEND) + 1
        self.next_counterparty_id = self._max_id(COUNTERPARTY) + 1

    def _max_id(self, table: sa.Table) -> int:
        query = sa.select(sa.func.coalesce(sa.func.max(table.c.id), 0))
        return int(self.connection.execute(query).scalar_one())

    def merge(self, records: Sequence[SpendRecord]) -> None:
        """Match the chunk's suppliers with two queries, then insert the new lines."""
        self._load_suppliers(records)
        self._load_existing_lines(records)
        rows = [row for record in records if (row := self._line(record)) is not None]
        if rows:
            self.connection.execute(SPEND.insert(), rows)

    def _load_suppliers(self, records: Sequence[SpendRecord]) -> None:
        keys = {_key(r) for r in records} - self.suppliers.keys()
        names = {key for key in keys if key.startswith("nom:")}
        sirets = keys - names
        if sirets:
            query = sa.select(COUNTERPARTY.c.siret, COUNTERPARTY.c.id).where(
                COUNTERPARTY.c.siret.in_(sirets)).order_by(COUNTERPARTY.c.id.desc())
            self.suppliers |= {siret: cid for siret, cid in self.connection.execute(query)}
        if names:
            bare = {n.removeprefix("nom:") for n in names}
            query = sa.select(COUNTERPARTY.c.norm_name, COUNTERPARTY.c.id).where(
                COUNTERPARTY.c.norm_name.in_(bare)).order_by(COUNTERPARTY.c.id.desc())
            self.suppliers |= {"nom:" + name: cid for name, cid in self.connection.execute(query)}

    def _load_existing_lines(self, records: Sequence[SpendRecord]) -> None:
        ids = {self.suppliers[k] for r in records if (k := _key(r)) in self.suppliers}
        ids -= self.loaded
        if not ids:
            return
        self.loaded |= ids
        query = sa.select(SPEND.c.counterparty_id, SPEND.c.spend_date, SPEND.c.amount_cents,
                          SPEND.c.basis, SPEND.c.invoice_number, SPEND.c.purchase_category,
                          SPEND.c.buying_entity).where(SPEND.c.counterparty_id.in_(ids))
        self.available.update(tuple(row) for row in self.connection.execute(query))

    def _line(self, record: SpendRecord) -> dict[str, Any] | None:
        self.summary.rows += 1
        for flag in record.flags:
            self.summary.count_issue(flag)
        if implausible(record.amount_cents):
            self.summary.count_issue(RowIssue(
                record.file_name, record.line, "amount",
                format_eur(record.amount_cents, decimals=True), IMPLAUSIBLE_AMOUNT, FLAGGED))
        counterparty_id = self._supplier(record)
        self.summary.amount_total_cents += record.amount_cents
        signature = (counterparty_id, record.spend_date, record.amount_cents, self.basis,
                     record.invoice_number, record.purchase_category, record.buying_entity)
        if self.available[signature] > 0:
            self.available[signature] -= 1
            self.summary.unchanged += 1
            return None
        self.summary.inserted += 1
        self.summary.changes.spend.add(self.next_id)
        self.next_id += 1
        return {"id": self.next_id - 1, "counterparty_id": counterparty_id,
                "amount_cents": record.amount_cents, "spend_date": record.spend_date,
                "basis": self.basis, "purchase_category": record.purchase_category,
                "buying_entity": record.buying_entity, "person_id": self._person(record),
                "contract_id": None, "invoice_number": record.invoice_number,
                "source": self.source, "import_batch_id": self.batch_id}

    def _supplier(self, record: SpendRecord) -> int:
        key = _key(record)
        if key in self.suppliers and key not in self.created:
            self.summary.matched += 1
            return self.suppliers[key]
        self.summary.unmatched += 1
        self.summary.count_issue(RowIssue(
            record.file_name, record.line, "siret" if record.siret else "supplier_name",
            record.siret or record.supplier_name or "", UNKNOWN_SUPPLIER, FLAGGED))
        if key not in self.created:
            self.created.add(key)
            self.suppliers[key] = self._create_classic(record)
            self.loaded.add(self.suppliers[key])
        return self.suppliers[key]

    def _create_classic(self, record: SpendRecord) -> int:
        new_id = self.next_counterparty_id
        self.next_counterparty_id += 1
        name = record.supplier_name or f"Fournisseur {record.siret}"
        self.connection.execute(COUNTERPARTY.insert(), [{
            "id": new_id, "name": name, "norm_name": normalise_name(name), "siret": record.siret,
            "siret_status": record.siret_status, "kind": "CLASSIC", "service_types": [],
            "networks": [], "offers": [], "extra_sectors": [], "is_qpv": False, "is_zrr": False,
            "notes": "", "favourite": False, "active": True, "source": self.source,
            "imported_at": self.now, "edited_fields": [], "created_at": self.now,
            "updated_at": self.now,
        }])
        self.summary.changes.counterparties.add(new_id)
        self.summary.classic_created += 1
        return new_id

    def _person(self, record: SpendRecord) -> int | None:
        if not record.buyer_name:
            return None
        person_id = self.persons.get(fold(record.buyer_name))
        if person_id is None:
            self.summary.count_issue(RowIssue(
                record.file_name, record.line, "buyer", record.buyer_name,
                UNKNOWN_BUYER, FLAGGED))
        return person_id


def _key(record: SpendRecord) -> str:
    """The SIRET, or ``nom:`` and the normalised name (a SIRET that failed its check, none)."""
    siret = matching_siret(record.siret, record.siret_status)
    if siret or (record.siret and not record.supplier_name):
        return siret or record.siret  # type: ignore[return-value]
    return _name_key(record)


def _name_key(record: SpendRecord) -> str:
    return "nom:" + normalise_name(record.supplier_name)
