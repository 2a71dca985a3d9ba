"""A card a spend import created by name, given up for the stored card a later line's SIRET names.

An ERP gives a supplier's SIRET on some lines only: « Ateliers du Rhône » without SIRET on the
first lines (merged in a chunk of their own) got a classic card; a later line gives it the SIRET
of « ESAT Les Ateliers du Rhône », stored in the workspace. The card this import made is removed
and its lines go to the stored one, said on their first line; a line the stored card holds
already (the file imported again) is that line, unchanged, not a second purchase, and an invoice
it holds at that date with other values is that line, updated. Only a card made by this import,
in its own transaction, is ever removed: never one of the user's. A dry run says all this as what
the import would do.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP
from srm_inclusif.core.money import format_eur
from srm_inclusif.storage.search_index import reindex_counterparties
from srm_inclusif.storage.services.import_records import FLAGGED, ImportSummary, RowIssue
from srm_inclusif.storage.services.spend_lines_found import INVOICE, SAME, StoredLines
from srm_inclusif.storage.services.spend_reasons import CountedRemark, count_text
from srm_inclusif.storage.tables import Counterparty, SpendLine, table_of

COUNTERPARTY = table_of(Counterparty)
SPEND = table_of(SpendLine)
#: The line a statement run for each line of a list is about.
_LINE: sa.BindParameter[int] = sa.bindparam("line_id")
#: What a stored invoice takes of a moved line that updates it.
_TAKEN = (SPEND.c.amount_cents, SPEND.c.purchase_category, SPEND.c.buying_entity,
          SPEND.c.source, SPEND.c.import_batch_id, SPEND.c.person_id)

#: Said on the first line of the card given up (stored in French; context "ImportReasons").
FOUND_BY_SIRET = QT_TRANSLATE_NOOP(
    "ImportReasons", "Fournisseur reconnu par son SIRET à la ligne {line} de « {file} » : "
    "« {name} » de l'espace. Ses lignes sans SIRET lui sont rattachées : {lines} dans l'import "
    "(remarque sur la première seulement).")
#: The same, in a structure inclusive's words: her lines are sales to her clients.
CLIENT_FOUND_BY_SIRET = QT_TRANSLATE_NOOP(
    "ImportReasons", "Client reconnu par son SIRET à la ligne {line} de « {file} » : « {name} » "
    "de l'espace. Ses ventes sans SIRET lui sont rattachées : {lines} dans l'import (remarque "
    "sur la première seulement).")
#: An invoice among the moved lines that the stored card holds at that date with other values:
#: its stored line takes them (said on the first moved line, which the remarks are on).
MOVED_INVOICE_UPDATED = QT_TRANSLATE_NOOP(
    "ImportReasons", "Facture {invoice} du {day}, parmi ces lignes sans SIRET, déjà importée sur "
    "« {name} » : la ligne enregistrée passe de {old} à {new} HT et prend les autres valeurs du "
    "fichier.")
FILLED_MOVE_REASONS = (FOUND_BY_SIRET, CLIENT_FOUND_BY_SIRET, MOVED_INVOICE_UPDATED)
#: The remarks above as a dry run says them: nothing moves, it would (``spend_dry_run`` lists
#: them with its other remarks).
DRY_RUN_MOVE_REASONS = {
    FOUND_BY_SIRET: QT_TRANSLATE_NOOP(
        "ImportReasons", "Fournisseur reconnu par son SIRET à la ligne {line} de « {file} » : "
        "« {name} » de l'espace. Ses lignes sans SIRET lui seraient rattachées : {lines} dans "
        "l'import (remarque sur la première seulement)."),
    CLIENT_FOUND_BY_SIRET: QT_TRANSLATE_NOOP(
        "ImportReasons", "Client reconnu par son SIRET à la ligne {line} de « {file} » : "
        "« {name} » de l'espace. Ses ventes sans SIRET lui seraient rattachées : {lines} dans "
        "l'import (remarque sur la première seulement)."),
    MOVED_INVOICE_UPDATED: QT_TRANSLATE_NOOP(
        "ImportReasons", "Facture {invoice} du {day}, parmi ces lignes sans SIRET, déjà importée "
        "sur « {name} » : la ligne enregistrée passerait de {old} à {new} HT et prendrait les "
        "autres valeurs du fichier."),
}


@dataclass(frozen=True)
class CardGivenUp:
    """A card this import created by name, and the stored card its SIRET names."""

    created_id: int
    stored_id: int
    #: Where the SIRET was read: file name and line.
    siret_file: str
    siret_line: int
    #: Whether it was created with the kind the file gives (counted apart from classic ones).
    typed: bool


def give_up(connection: Connection, summary: ImportSummary, stored: StoredLines,
            signature: Sequence[sa.Column[object]], card: CardGivenUp,
            remark: CountedRemark, *, seller: bool) -> None:
    """Move the created card's lines to the stored one, remove the card and say it.

    ``signature`` is the stored columns that say a line is the same, the counterparty first;
    ``stored`` the stored card's lines, each answering one line of the import.
    """
    moved = _Move(connection, summary, stored, card, remark.issue)
    kept = moved.invoices_updated(moved.lines_left(signature))
    if kept:  # one statement run per line: no limit on their number
        connection.execute(SPEND.update().where(SPEND.c.id == _LINE)
                           .values(counterparty_id=card.stored_id),
                           [{"line_id": line_id} for line_id in kept])
    # the lines left on it, those the stored card holds already, go with it (ON DELETE CASCADE)
    connection.execute(COUNTERPARTY.delete().where(COUNTERPARTY.c.id == card.created_id))
    reindex_counterparties(connection, [card.created_id])  # its name drops out of the search
    summary.changes.counterparties.discard(card.created_id)
    summary.unmatched -= remark.lines
    summary.matched += remark.lines
    if card.typed:
        summary.typed_created -= 1
    else:
        summary.classic_created -= 1
    remark.issue.field, remark.issue.value = "supplier_name", remark.issue.structure_name
    remark.issue.reason = moved.said(CLIENT_FOUND_BY_SIRET if seller else FOUND_BY_SIRET).format(
        line=card.siret_line, file=card.siret_file, name=moved.name,
        lines=count_text(remark.lines))


class _Move:
    """The lines of a card given up, matched to those of the stored card they go to."""

    def __init__(self, connection: Connection, summary: ImportSummary, stored: StoredLines,
                 card: CardGivenUp, first: RowIssue) -> None:
        self.connection = connection
        self.summary = summary
        self.stored = stored
        self.card = card
        self.first = first  # the remark on the first moved line, where the others are said
        self.name: str = connection.execute(sa.select(COUNTERPARTY.c.name).where(
            COUNTERPARTY.c.id == card.stored_id)).scalar_one()

    def said(self, template: str) -> str:
        """A remark's template as this import says it: as done, or as a dry run would do it."""
        return DRY_RUN_MOVE_REASONS[template] if self.summary.dry_run else template

    def lines_left(self, signature: Sequence[sa.Column[object]]) -> list[tuple[Any, ...]]:
        """The created card's lines (id, then the signature's values) the stored card lacks.

        Those it holds already count unchanged: they are removed with the card.
        """
        query = (sa.select(SPEND.c.id, *signature[1:])
                 .where(SPEND.c.counterparty_id == self.card.created_id).order_by(SPEND.c.id))
        left: list[tuple[Any, ...]] = []
        for row in map(tuple, self.connection.execute(query).all()):
            if self.stored.take(SAME, (self.card.stored_id, *row[1:])) is None:
                left.append(row)
                continue
            self._not_added(row)
            self.summary.unchanged += 1
        return left

    def invoices_updated(self, lines: list[tuple[Any, ...]]) -> list[int]:
        """The lines to move; an invoice the stored card holds at that date updates its line.

        As a re-import updates it (``spend_merge``): the moved line is removed with the card.
        """
        kept: list[int] = []
        for row in lines:
            line_id, day, cents, basis, invoice = row[:5]
            found = (self.stored.take(INVOICE, (self.card.stored_id, basis, invoice, day))
                     if invoice else None)
            if found is None:
                kept.append(line_id)
                continue
            old = self._take_values(found, line_id)
            self._not_added(row)
            self.summary.updated += 1
            self.summary.amount_updated_cents += cents
            self.summary.changes.spend.add(found)
            self._say_updated(invoice, day, old, cents)
        return kept

    def _not_added(self, row: tuple[Any, ...]) -> None:
        """Take back the count of a line added to the card given up, stored already."""
        self.summary.changes.spend.discard(row[0])
        self.summary.inserted -= 1
        self.summary.amount_added_cents -= row[2]  # (id, day, amount...)

    def _take_values(self, line_id: int, moved_id: int) -> int:
        """Give the stored line the moved line's values (its buyer if it has none); its old amount.

        Its contract, the user's, is kept.
        """
        old, person_id = self.connection.execute(sa.select(
            SPEND.c.amount_cents, SPEND.c.person_id).where(SPEND.c.id == line_id)).one()
        moved = self.connection.execute(sa.select(*_TAKEN).where(SPEND.c.id == moved_id)).one()
        values = dict(moved._mapping)
        values["person_id"] = person_id if person_id is not None else values["person_id"]
        self.connection.execute(SPEND.update().where(SPEND.c.id == line_id).values(values))
        return int(old)

    def _say_updated(self, invoice: str, day: date, old: int, new: int) -> None:
        """Say an invoice updated on the first moved line: the moved lines' lines are not known."""
        reason = self.said(MOVED_INVOICE_UPDATED).format(
            invoice=invoice, day=day.strftime("%d/%m/%Y"), name=self.name,
            old=format_eur(old, decimals=True), new=format_eur(new, decimals=True))
        self.summary.count_issue(RowIssue(self.first.file_name, self.first.line,
                                          "invoice_number", invoice, reason, FLAGGED,
                                          self.first.structure_name))
