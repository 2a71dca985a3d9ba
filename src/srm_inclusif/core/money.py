"""Money as integer cents: parse French amounts and format them (all amounts are HT)."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP
from srm_inclusif.core.numbers import grouped, in_euros

#: Why an amount cell is refused (stored in French with the row's issue; the UI translates them,
#: context "ImportReasons").
UNREADABLE = QT_TRANSLATE_NOOP("ImportReasons", "Montant manquant ou illisible.")
TAX_INCLUDED = QT_TRANSLATE_NOOP(
    "ImportReasons", "Montant TTC : les achats se comptent hors taxes ; indiquez le montant HT.")
AMBIGUOUS = QT_TRANSLATE_NOOP(
    "ImportReasons", "Montant ambigu : trois chiffres après la virgule ou le point, milliers ou "
    "décimales ? Écrivez-le sans séparateur de milliers, ou avec deux décimales.")
TOO_LARGE = QT_TRANSLATE_NOOP(
    "ImportReasons", "Montant de 1 000 milliards d'euros ou plus : ce n'est pas une dépense.")

_SPACES = re.compile(r"[\s\u00a0\u202f']")
_CURRENCY = re.compile(r"€|euros?|eur", re.IGNORECASE)
#: A tax mark ending the cell: amounts are counted HT, a TTC amount is refused.
_TAX_MARK = re.compile(r"(?P<excluded>h\.?t\.?(?:va)?)$|(?P<included>t\.?t\.?c\.?)$",
                       re.IGNORECASE)
#: What is left of an amount cell once spaces, euro sign and tax mark are gone: a sign, digits
#: and separators. Decimal's own spellings (``NaN``, ``Infinity``, ``1e30``) are not amounts.
_NUMBER = re.compile(r"(?P<sign>[-+]?)(?P<digits>\d[\d.,]*?)(?P<trailing>-?)")
#: A credit note as accounting writes it: ``(250,00)``.
_BRACKETED = re.compile(r"\((?P<inside>.+)\)")
#: Thousands grouped by one mark repeated: ``1.234.567``, ``1,234,567``.
_GROUPED = re.compile(r"\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*")
#: The largest amount read (excluded): more than any organisation buys in a year, and far below
#: what a cents column holds.
AMOUNT_LIMIT = Decimal(10) ** 12
#: From this amount (in cents) one spend line is implausible: kept, but worth a look.
IMPLAUSIBLE_CENTS = 10**9 * 100


def read_amount(raw: object) -> Decimal | str:
    """The amount HT of a cell, or why it is refused (a French reason, context "ImportReasons").

    Read: ``12 345,67 €``, ``1 000,00 € HT``, ``12345.67``, ``1.234,50`` or a number; a credit
    note as ``-250,00``, ``(250,00)`` (accounting) or ``250,00-`` (SAP exports).

    Refused: an empty or unreadable cell, an amount marked TTC, ``1,234`` or ``1.234`` (three
    digits after one mark: thousands or decimals, a factor of 1 000 either way), anything not a
    finite number under ``AMOUNT_LIMIT``.
    """
    try:
        amount = _number(raw)
    except _RefusedError as refused:
        return refused.reason
    if not amount.is_finite():
        return UNREADABLE
    return amount if abs(amount) < AMOUNT_LIMIT else TOO_LARGE


class _RefusedError(ValueError):
    """A cell that holds no amount, and why."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _number(raw: object) -> Decimal:
    if isinstance(raw, int | float | Decimal):
        return Decimal(str(raw)) if isinstance(raw, float) else Decimal(raw)
    text = _CURRENCY.sub("", _SPACES.sub("", str(raw or "")).replace("\u2212", "-"))
    mark = _TAX_MARK.search(text)
    if mark and mark["included"]:
        raise _RefusedError(TAX_INCLUDED)
    text = text[:mark.start()] if mark else text
    bracketed = _BRACKETED.fullmatch(text)
    number = _NUMBER.fullmatch(bracketed["inside"] if bracketed else text)
    signs = [sign for sign in (number["sign"], number["trailing"]) if sign] if number else []
    if number is None or len(signs) + bool(bracketed) > 1:  # « (-250) », « -250- »: unclear
        raise _RefusedError(UNREADABLE)
    sign = "-" if bracketed else "".join(signs)
    return Decimal(sign + _plain_digits(number["digits"]))


def _plain_digits(digits: str) -> str:
    """``1234.56`` from ``1.234,56``, ``1,234.56``, ``1234,56``, ``1.234.567``..."""
    marks = [mark for mark in ",." if mark in digits]
    if len(marks) == 2:  # the last mark sets the decimals, the other groups thousands
        decimal_mark = max(marks, key=digits.rfind)
        return _plain_digits(digits.replace("." if decimal_mark == "," else ",", ""))
    if not marks:
        return digits
    (mark,) = marks
    if digits.count(mark) > 1:
        if not _GROUPED.fullmatch(digits):
            raise _RefusedError(UNREADABLE)
        return digits.replace(mark, "")
    whole, _mark, decimals = digits.partition(mark)
    if len(decimals) == 3 and len(whole) <= 3 and not whole.startswith("0"):
        raise _RefusedError(AMBIGUOUS)
    return f"{whole}.{decimals}"


def implausible(cents: int) -> bool:
    """True for an amount no single purchase line reaches (``IMPLAUSIBLE_CENTS`` or more)."""
    return abs(cents) >= IMPLAUSIBLE_CENTS


def to_cents(amount: Decimal | int) -> int:
    """Round a euro amount to integer cents (half up)."""
    return int((Decimal(amount) * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def from_cents(cents: int) -> Decimal:
    """Euro amount of integer cents."""
    return (Decimal(cents) / 100).quantize(Decimal("0.01"))


#: The sign of a negative amount (a credit note): the minus sign, not the hyphen.
MINUS = "\u2212"


def format_eur(cents: int | None, *, decimals: bool = False) -> str:
    """``12 345 €`` or ``12 345,67 €`` in French, ``€12,345`` or ``€12,345.67`` in English.

    A negative amount starts with the minus sign: ``−200 €``, ``−€200`` (``read_amount`` reads
    it back).
    """
    if cents is None:
        return ""
    amount = from_cents(cents)
    if not decimals:
        amount = amount.quantize(Decimal(1), rounding=ROUND_HALF_UP)
    text = in_euros(grouped(amount, 2 if decimals else 0))
    return MINUS + text[1:] if text.startswith("-") else text


def amount_text(cents: int) -> str:
    """An amount with its cents only when it has some: ``12 500 €``, ``12 500,50 €``.

    (``€12,500``, ``€12,500.50`` in English.) Contracts and renewals show amounts so.
    """
    return format_eur(cents, decimals=cents % 100 != 0)
