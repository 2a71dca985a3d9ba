"""Numbers as the UI language writes them: ``12 345,6 €`` in French, ``€12,345.6`` in English.

French is the default: the CLI, files written without the UI and the lower layers' tests read
French numbers. The UI sets the style of its language at startup (:func:`set_number_style`),
so that tables, charts, summaries and the documents it prints read like the rest of the UI.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class NumberStyle:
    """How a language writes numbers, amounts in euros and percentages."""

    decimal_point: str
    thousands: str
    euro_before: bool
    #: Between a number and ``%`` (a no-break space in French, nothing in English).
    percent_gap: str


FRENCH = NumberStyle(decimal_point=",", thousands="\u202f", euro_before=False,
                     percent_gap="\u00a0")
ENGLISH = NumberStyle(decimal_point=".", thousands=",", euro_before=True, percent_gap="")

_style = FRENCH


def set_number_style(style: NumberStyle) -> None:
    """Write numbers the way ``style`` does from now on (the UI, once, at startup)."""
    global _style  # noqa: PLW0603 — one process-wide style, set by the UI with its language
    _style = style


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


def as_percent(number: str) -> str:
    """A written number as a percentage: ``12,5 %`` / ``12.5%``."""
    return f"{number}{_style.percent_gap}%"
