"""Numbers and dates as the UI language writes them: ``12 345,6 €`` / ``€12,345.6``.

French is the default: the CLI, files written without the UI and the lower layers' tests read
French numbers. The UI sets the style of its language at startup (:func:`set_number_style`),
so that tables, charts, summaries and the documents it prints read like the rest of the UI.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation


@dataclass(frozen=True)
class NumberStyle:
    """How a language writes numbers, amounts in euros and percentages."""

    decimal_point: str
    thousands: str
    euro_before: bool
    #: Between a number and ``%`` (a no-break space in French, nothing in English).
    percent_gap: str
    #: Short month names for dates written ``22 Nov 2026``; none for ``22/11/2026``.
    short_months: tuple[str, ...] = ()


FRENCH = NumberStyle(decimal_point=",", thousands="\u202f", euro_before=False,
                     percent_gap="\u00a0")
ENGLISH = NumberStyle(decimal_point=".", thousands=",", euro_before=True, percent_gap="",
                      short_months=("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug",
                                    "Sep", "Oct", "Nov", "Dec"))

#: What a typed number may carry around its digits: spaces of any kind, the euro sign.
_TYPED_NOISE = re.compile(r"[\s\u00a0\u202f'€]|EUR")

_style = FRENCH


def set_number_style(style: NumberStyle) -> None:
    """Write numbers the way ``style`` does from now on (the UI, once, at startup)."""
    global _style  # noqa: PLW0603 — one process-wide style, set by the UI with its language
    _style = style


def number_style() -> NumberStyle:
    """The style numbers are written in (the UI's language, French by default)."""
    return _style


def grouped(value: float | Decimal, decimals: int = 0) -> str:
    """``12345.6`` → ``12 346`` / ``12,346``; with ``decimals=1``, ``12 345,6`` / ``12,345.6``."""
    return localised(f"{value:,.{decimals}f}")


def localised(text: str) -> str:
    """A number written the Python way (``12,345.6``) in the current style."""
    if _style.thousands == "," and _style.decimal_point == ".":
        return text
    return text.translate({ord(","): _style.thousands, ord("."): _style.decimal_point})


def in_euros(number: str, scale: str = "") -> str:
    """A written number as an amount: ``12 345 €`` / ``€12,345``; ``scale`` is ``k`` or ``M``."""
    if not _style.euro_before:
        return f"{number}\u00a0{scale}€"
    sign, digits = ("-", number[1:]) if number.startswith("-") else ("", number)
    return f"{sign}€{digits}{scale}"


def with_unit(number: str, unit: str) -> str:
    """A written number with its unit (an objective's target, its actual).

    Euros are written as amounts are (``450 000 €``, ``€450,000``), any other unit after a
    no-break space (``1 000 h``, ``4,5 /5``).
    """
    if not unit:
        return number
    return in_euros(number) if unit.strip() == "€" else f"{number}\u00a0{unit}"


def as_percent(number: str) -> str:
    """A written number as a percentage: ``12,5 %`` / ``12.5%``."""
    return f"{number}{_style.percent_gap}%"


def day_text(day: date) -> str:
    """A date as the UI language writes it: ``22/11/2026`` in French, ``22 Nov 2026`` in English."""
    if not _style.short_months:
        return f"{day:%d/%m/%Y}"
    return f"{day.day} {_style.short_months[day.month - 1]} {day.year}"


def moment_text(moment: datetime, *, seconds: bool = False) -> str:
    """A date and time as the UI language writes them: ``22/11/2026 14:05`` / ``22 Nov 2026 14:05``.

    The time is shown as given (the caller converts to local time); ``seconds`` adds them
    (``14:05:09``), for moments that may be seconds apart such as backup copies.
    """
    time = f"{moment:%H:%M:%S}" if seconds else f"{moment:%H:%M}"
    return f"{day_text(moment)} {time}"


def read_typed(text: str) -> Decimal | None:
    """A number the user typed, read in the UI's style; None when it cannot be read so.

    With both marks (``1,234.56``, ``1.234,56``), the last one is the decimal mark and the
    other groups thousands by threes. A lone comma is the decimal mark in French (``1234,5``)
    but groups thousands in English (``1,234``); a lone point is a decimal point in both
    (a French numeric keypad types one). Files are read by ``money.parse_amount`` instead.
    """
    cleaned = _TYPED_NOISE.sub("", text)
    if "," in cleaned and "." in cleaned:
        point, group = (".", ",") if cleaned.rfind(".") > cleaned.rfind(",") else (",", ".")
        return _grouped_decimal(cleaned.replace(group, "_").replace(point, "."))
    if "," in cleaned and _style.thousands == ",":
        return _grouped_decimal(cleaned.replace(",", "_"))
    return _grouped_decimal(cleaned.replace(",", "."))


def _grouped_decimal(text: str) -> Decimal | None:
    """``1_234.5``: digits grouped by threes with ``_`` before an optional decimal point."""
    if not re.fullmatch(r"[+-]?(\d{1,3}(_\d{3})+|\d+)?(\.\d*)?", text) or not any(
            c.isdigit() for c in text):
        return None
    try:
        return Decimal(text.replace("_", ""))
    except InvalidOperation:  # pragma: no cover - the pattern admits only numbers
        return None
