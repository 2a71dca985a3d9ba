"""A card a spend import created by name, given up for the stored card a later line's SIRET names.

An ERP gives a supplier's SIRET on some lines only: « Ateliers du Rhône » without SIRET on the
first lines (merged in a chunk of their own) got a classic card; a later line gives it the SIRET
of « ESAT Les Ateliers du Rhône », stored in the workspace. The card this import made is removed
and its lines go to the stored one, said on their first line; a line the stored card holds
already (the file imported again) is that line, unchanged, not a second purchase. Only a card
made by this import, in its own transaction, is ever removed: never one of the user's.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP
from srm_inclusif.storage.search_index import reindex_counterparties
from srm_inclusif.storage.services.import_records import ImportSummary
from srm_inclusif.storage.services.spend_lines_found import SAME, StoredLines
from srm_inclusif.storage.services.spend_reasons import CountedRemark, count_text
from srm_inclusif.storage.tables import Counterparty, SpendLine, table_of

COUNTERPARTY = table_of(Counterparty)
SPEND = table_of(SpendLine)
#: The line a statement run for each line of a list is about.
_LINE: sa.BindParameter[int] = sa.bindparam("line_id")

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
FILLED_MOVE_REASONS = (FOUND_BY_SIRET, CLIENT_FOUND_BY_SIRET)


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
    kept = _lines_moved(connection, summary, stored, signature, card.stored_id, card.created_id)
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
    _say(connection, card, remark, CLIENT_FOUND_BY_SIRET if seller else FOUND_BY_SIRET)


def _lines_moved(connection: Connection, summary: ImportSummary, stored: StoredLines,
                 signature: Sequence[sa.Column[object]], stored_id: int,
                 created_id: int) -> list[int]:
    """The created card's lines to move; those the stored card holds already count unchanged.

    Those are not moved: they are removed with the card.
    """
    query = (sa.select(SPEND.c.id, *signature[1:]).where(SPEND.c.counterparty_id == created_id)
             .order_by(SPEND.c.id))
    kept: list[int] = []
    for line_id, *values in connection.execute(query).all():
        if stored.take(SAME, (stored_id, *values)) is None:
            kept.append(line_id)
            continue
        summary.changes.spend.discard(line_id)
        summary.inserted -= 1
        summary.amount_added_cents -= values[1]  # (day, amount...): the stored line's already
        summary.unchanged += 1
    return kept


def _say(connection: Connection, card: CardGivenUp, remark: CountedRemark,
         template: str) -> None:
    """Say on the first line of the card given up which stored card its lines went to."""
    name = connection.execute(sa.select(COUNTERPARTY.c.name).where(
        COUNTERPARTY.c.id == card.stored_id)).scalar_one()
    issue = remark.issue
    issue.field, issue.value = "supplier_name", issue.structure_name
    issue.reason = template.format(line=card.siret_line, file=card.siret_file, name=name,
                                   lines=count_text(remark.lines))
