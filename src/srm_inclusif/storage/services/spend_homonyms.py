"""Stored counterparties sharing the name of a spend line without SIRET: the line's place picks one.

An EA in Bordeaux and an AI in Lille may bear the same name: a line naming it goes to neither
by chance (its amount would move from insertion to handicap spend). The post code, else the
city, else the department the line gives narrows the candidates; one left is the supplier,
none or several left reject the line with the candidates named.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from srm_inclusif.core.kinds import fold
from srm_inclusif.storage.services.import_records import REJECTED, RowIssue, SpendRecord
from srm_inclusif.storage.services.spend_reasons import (
    HOMONYMS,
    HOMONYMS_AT_PLACE,
    HOMONYMS_ELSEWHERE,
)
from srm_inclusif.storage.tables import Counterparty, table_of

COUNTERPARTY = table_of(Counterparty)
#: How many candidates a refusal names (a common name may be held by dozens).
NAMED_AT_MOST = 5


@dataclass(frozen=True)
class Homonym:
    """A stored counterparty bearing a name that others bear too."""

    id: int
    name: str
    siret: str | None
    post_code: str | None
    city: str | None
    department_code: str | None

    def described(self) -> str:
        """Its name and where it is (« Les Jardins (33000 Bordeaux) »), else its SIRET."""
        place = " ".join(text for text in (self.post_code, self.city) if text)
        told = place or (f"SIRET {self.siret}" if self.siret else "")
        return f"{self.name} ({told})" if told else self.name


def load_names(connection: Connection,
               names: Iterable[str]) -> tuple[dict[str, int], dict[str, list[Homonym]]]:
    """Normalised name → its only stored counterparty, and → its homonyms when several."""
    held: defaultdict[str, list[Homonym]] = defaultdict(list)
    query = (sa.select(COUNTERPARTY.c.norm_name, COUNTERPARTY.c.id, COUNTERPARTY.c.name,
                       COUNTERPARTY.c.siret, COUNTERPARTY.c.post_code, COUNTERPARTY.c.city,
                       COUNTERPARTY.c.department_code)
             .where(COUNTERPARTY.c.norm_name.in_(set(names))).order_by(COUNTERPARTY.c.id))
    for norm_name, *values in connection.execute(query):
        held[norm_name].append(Homonym(*values))
    single = {name: found[0].id for name, found in held.items() if len(found) == 1}
    return single, {name: found for name, found in held.items() if len(found) > 1}


def told_apart(record: SpendRecord, homonyms: list[Homonym],
               words: dict[str, str]) -> int | RowIssue:
    """The counterparty the line's place picks, or why the line is rejected.

    ``words`` gives each reason in the workspace's words (a seller's are about her clients).
    """
    left, fitted = _narrowed(record, homonyms)
    if len(left) == 1:
        return left[0].id
    place = " ".join(text for text in (record.post_code, record.city) if text)
    names = ", ".join(h.described() for h in left[:NAMED_AT_MOST])
    names += ", …" if len(left) > NAMED_AT_MOST else ""
    if not place:
        field, value, reason = "supplier_name", record.supplier_name or "", HOMONYMS
    elif fitted:  # several at that place
        field, value, reason = "supplier_name", record.supplier_name or "", HOMONYMS_AT_PLACE
    else:
        field = "post_code" if record.post_code else "city"
        value, reason = record.post_code or record.city or "", HOMONYMS_ELSEWHERE
    text = words.get(reason, reason).format(place=place, candidates=names)
    return RowIssue(record.file_name, record.line, field, value, text, REJECTED,
                    record.supplier_name or "")


def _narrowed(record: SpendRecord, homonyms: list[Homonym]) -> tuple[list[Homonym], bool]:
    """The homonyms the line's post code, city and department fit, and whether one fitted.

    Each in turn narrows what the one before left, to those it fits and those that do not say
    (one without a post code may be at the line's); one that fits none is passed over (a card
    saying 33100 for a line saying 33000 Bordeaux).
    """
    same: Callable[[str], str] = str
    tiers = (("post_code", record.post_code, same), ("city", record.city, fold),
             ("department_code", record.department_code, same))
    left, fitted = homonyms, False
    for attribute, value, key in tiers:
        if not value:
            continue
        held = [(h, getattr(h, attribute)) for h in left]
        if any(text and key(text) == key(value) for _h, text in held):
            left = [h for h, text in held if not text or key(text) == key(value)]
            fitted = True
    return left, fitted
