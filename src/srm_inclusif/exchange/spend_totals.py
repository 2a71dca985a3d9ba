"""Tell an ERP's total and subtotal lines from purchases in a spend file.

« Sous-total Lyon », « Total Lyon » or a line with an amount only, all without SIRET, add up the
lines above them: counted apart, never a purchase. A company may be named « Total Energies »:
a « Total » line that has the date or invoice number a purchase has, and does not add up the
lines above it, stays a purchase (flagged by the caller).
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from srm_inclusif.core.normalise import clean_text

#: A name starting with a total word and going on: « Sous-total Lyon », « Total Papeterie ».
SUBTOTAL_NAME = re.compile(r"(?:sous[\s-]*)?total\s+\S", re.IGNORECASE)
#: « Sous-total » is never a company's name.
_SURE_SUBTOTAL = re.compile(r"sous[\s-]*total\b", re.IGNORECASE)
#: The cells a purchase has and a total line leaves empty.
_PURCHASE_DETAILS = ("spend_date", "year", "invoice_number")


class RunningSums:
    """The amounts of a file's purchases so far: since its start and since its last total."""

    def __init__(self) -> None:
        self.since_start = Decimal(0)
        self.since_total = Decimal(0)

    def add(self, amount: Decimal) -> None:
        """Count a purchase's amount."""
        self.since_start += amount
        self.since_total += amount

    def is_sum(self, amount: Decimal) -> bool:
        """Whether ``amount`` adds up the lines above (since the last total, or all of them)."""
        return amount != 0 and amount in (self.since_start, self.since_total)

    def total_met(self) -> None:
        """A total line closes a block: the next subtotal adds up the lines after it."""
        self.since_total = Decimal(0)


def is_total_line(name: str | None, raw_siret: object, amount: Decimal | str,
                  values: dict[str, Any], sums: RunningSums) -> bool:
    """Whether a line without SIRET is a total: its name, its empty cells or its amount say so.

    A line with no name and an amount only; « Sous-total … »; « Total … » without the date or
    invoice number of a purchase (when the file has them); any of these adding up the lines
    above it.
    """
    if clean_text(raw_siret) is not None or isinstance(amount, str):
        return False
    if name is None:
        return sums.is_sum(amount) or _amount_only(values)
    if not SUBTOTAL_NAME.match(name):
        return False
    return (_SURE_SUBTOTAL.match(name) is not None or sums.is_sum(amount)
            or _without_purchase_details(values))


def _amount_only(values: dict[str, Any]) -> bool:
    """Whether every cell of a line but its amount is empty."""
    return all(clean_text(raw) is None for key, raw in values.items() if key != "amount")


def _without_purchase_details(values: dict[str, Any]) -> bool:
    """Whether the file has a date or invoice column, all empty on this line."""
    details = [values[key] for key in _PURCHASE_DETAILS if key in values]
    return bool(details) and all(clean_text(raw) is None for raw in details)
