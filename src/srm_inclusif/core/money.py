"""Money as integer cents: parse French amounts and format them (all amounts are HT)."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from srm_inclusif.core.numbers import grouped, in_euros

_SPACES = re.compile(r"[\s\u00a0\u202f']")
#: What is left of an amount cell once spaces and the euro sign are gone: digits and separators.
#: Decimal's own spellings (``NaN``, ``Infinity``, ``1e30``) are not amounts.
_NUMBER = re.compile(r"[-+]?\d[\d.,]*")
#: The largest amount read (excluded): more than any organisation buys in a year, and far below
#: what a cents column holds.
AMOUNT_LIMIT = Decimal(10) ** 12


def parse_amount(raw: object) -> Decimal | None:
    """Read ``12 345,67 €``, ``12345.67``, ``1.234,50`` or a number; None when unreadable.

    Only finite amounts under ``AMOUNT_LIMIT`` are read.
    """
    amount = _number_of(raw)
    if amount is None or not amount.is_finite() or abs(amount) >= AMOUNT_LIMIT:
        return None
    return amount


def _number_of(raw: object) -> Decimal | None:
    if raw is None:
        return None
    if isinstance(raw, int | Decimal):
        return Decimal(raw)
    if isinstance(raw, float):
        return Decimal(str(raw))
    text = _SPACES.sub("", str(raw)).replace("€", "").replace("EUR", "").strip()
    if not _NUMBER.fullmatch(text):
        return None
    if "," in text and "." in text:
        text = text.replace(".", "") if text.rfind(",") > text.rfind(".") else text.replace(",", "")
    try:
        return Decimal(text.replace(",", "."))
    except InvalidOperation:
        return None


def to_cents(amount: Decimal | int) -> int:
    """Round a euro amount to integer cents (half up)."""
    return int((Decimal(amount) * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def from_cents(cents: int) -> Decimal:
    """Euro amount of integer cents."""
    return (Decimal(cents) / 100).quantize(Decimal("0.01"))


def format_eur(cents: int | None, *, decimals: bool = False) -> str:
    """``12 345 €`` or ``12 345,67 €`` in French, ``€12,345`` or ``€12,345.67`` in English."""
    if cents is None:
        return ""
    amount = from_cents(cents)
    if not decimals:
        amount = amount.quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return in_euros(grouped(amount, 2 if decimals else 0))
