"""What a spend file says of a line's counterparty: its kind, post code and city.

They describe a counterparty the import creates; on a stored one they fill only an empty field
that no one edited by hand (a classic kind is the default, not a choice, unless kind periods say
otherwise). Each counterparty is completed once per import, from its first line that says more.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP
from srm_inclusif.storage.services.import_records import (
    FLAGGED,
    ImportSummary,
    RowIssue,
    SpendRecord,
)
from srm_inclusif.storage.tables import Counterparty, CounterpartyKindPeriod, table_of

COUNTERPARTY = table_of(Counterparty)
KIND_PERIOD = table_of(CounterpartyKindPeriod)

#: Why a line is flagged (stored in French; the UI translates, context "ImportReasons").
CREATED_FROM_FILE = QT_TRANSLATE_NOOP(
    "ImportReasons", "Fournisseur absent de l'espace : créé avec le type, le code postal ou la "
    "ville que donne le fichier.")
#: The same, in a structure inclusive's words: her lines are sales to her clients.
CLIENT_CREATED_FROM_FILE = QT_TRANSLATE_NOOP(
    "ImportReasons", "Client absent de l'espace : créé avec le type, le code postal ou la ville "
    "que donne le fichier.")
#: The two, on the first of several lines of the counterparty (said on that line only).
CREATED_FROM_FILE_LINES = QT_TRANSLATE_NOOP(
    "ImportReasons", "Fournisseur absent de l'espace : créé avec le type, le code postal ou la "
    "ville que donne le fichier ; ses {lines} lignes de l'import lui sont rattachées (remarque "
    "sur la première seulement).")
CLIENT_CREATED_FROM_FILE_LINES = QT_TRANSLATE_NOOP(
    "ImportReasons", "Client absent de l'espace : créé avec le type, le code postal ou la ville "
    "que donne le fichier ; ses {lines} ventes de l'import lui sont rattachées (remarque sur la "
    "première seulement).")
FILLED_FROM_FILE = QT_TRANSLATE_NOOP(
    "ImportReasons", "Champ vide de la fiche complété par le fichier.")
#: The place a post code gives along with it.
_DERIVED = ("department_code", "region_code")


def described(record: SpendRecord) -> bool:
    """Whether the line says anything of its counterparty besides its name and SIRET."""
    return bool(record.kind or record.post_code or record.city)


def details_text(record: SpendRecord) -> str:
    """What the line says of its counterparty, as a report shows it (« EA, 13015 Marseille »)."""
    place = " ".join(text for text in (record.post_code, record.city) if text)
    return ", ".join(text for text in (record.kind, place) if text)


def new_counterparty_values(record: SpendRecord) -> dict[str, Any]:
    """The kind and place of a counterparty created for the line (classic when not given)."""
    return {"kind": record.kind or "CLASSIC", "post_code": record.post_code,
            "city": record.city, "department_code": record.department_code,
            "region_code": record.region_code}


class CounterpartyFiller:
    """Fills the empty kind, post code and city of stored counterparties from spend lines."""

    def __init__(self, connection: Connection, summary: ImportSummary, now: datetime) -> None:
        self.connection = connection
        self.summary = summary
        self.now = now
        self.done: set[int] = set()

    def fill(self, lines: Iterable[tuple[SpendRecord, int]]) -> None:
        """Complete the counterparties of ``(record, counterparty id)`` pairs, once each."""
        wanted: dict[int, SpendRecord] = {}
        for record, counterparty_id in lines:
            if counterparty_id not in self.done and described(record):
                wanted.setdefault(counterparty_id, record)
        if not wanted:
            return
        self.done |= wanted.keys()
        with_periods = set(self.connection.execute(
            sa.select(KIND_PERIOD.c.counterparty_id).distinct()
            .where(KIND_PERIOD.c.counterparty_id.in_(wanted))).scalars())
        query = (sa.select(COUNTERPARTY.c.id, COUNTERPARTY.c.kind, COUNTERPARTY.c.post_code,
                           COUNTERPARTY.c.city, COUNTERPARTY.c.edited_fields)
                 .where(COUNTERPARTY.c.id.in_(wanted)))
        for row in list(self.connection.execute(query)):
            values = _filled(row, wanted[row.id], kind_held=row.id in with_periods)
            if values:
                self._write(row.id, wanted[row.id], values)

    def _write(self, counterparty_id: int, record: SpendRecord, values: dict[str, Any]) -> None:
        self.connection.execute(COUNTERPARTY.update().where(
            COUNTERPARTY.c.id == counterparty_id).values(**values, updated_at=self.now))
        self.summary.completed += 1
        self.summary.changes.counterparties.add(counterparty_id)
        for name in ("kind", "post_code", "city"):
            if name in values:
                self.summary.count_issue(RowIssue(
                    record.file_name, record.line, name, str(values[name]), FILLED_FROM_FILE,
                    FLAGGED, record.supplier_name or ""))


def _filled(row: Any, record: SpendRecord, *, kind_held: bool) -> dict[str, Any]:
    """The fields of a stored counterparty the line fills: empty ones, never edited by hand."""
    edited = set(row.edited_fields or ())
    values: dict[str, Any] = {}
    if (record.kind and row.kind in (None, "", "CLASSIC") and "kind" not in edited
            and not kind_held):
        values["kind"] = record.kind
    if record.post_code and not row.post_code and "post_code" not in edited:
        values["post_code"] = record.post_code
        values |= {name: getattr(record, name) for name in _DERIVED}
    if record.city and not row.city and "city" not in edited:
        values["city"] = record.city
    return values
