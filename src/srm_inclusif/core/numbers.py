"""Numbers and dates as the UI language writes and reads them: ``12 345,6 €`` / ``€12,345.6``.

French is the default: the CLI, files written without the UI and the lower layers' tests read
French numbers. The UI sets the style of its language at startup (:func:`set_number_style`),
so that tables, charts, summaries and the documents it prints read like the rest of the UI.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from srm_inclusif.core.errors import ValidationError
from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP


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
    #: Full month names, also read in typed dates (``3 March 2027``); none in French.
    long_months: tuple[str, ...] = ()


FRENCH = NumberStyle(decimal_point=",", thousands="\u202f", euro_before=False,
                     percent_gap="\u00a0")
# "Sept" as British English (the UI's en_GB locale) abbreviates it, so that the date
# inputs, which Qt writes in that locale, show what the tables show.
ENGLISH = NumberStyle(decimal_point=".", thousands=",", euro_before=True, percent_gap="",
                      short_months=("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug",
                                    "Sept", "Oct", "Nov", "Dec"),
                      long_months=("January", "February", "March", "April", "May", "June",
                                   "July", "August", "September", "October", "November",
                                   "December"))

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


def trimmed(value: Decimal, places: int = 2) -> str:
    """``450 000``, ``4,2``, ``1 234,5`` (``1,234.5`` in English): at most ``places`` decimals.

    Rounded half up; the trailing zeros of the decimals are dropped.
    """
    text = fixed(value, places)
    if places > 0:
        text = text.rstrip("0").rstrip(_style.decimal_point)
    return text


def fixed(value: Decimal, places: int = 2) -> str:
    """``4,80``, ``109,74``, ``500 000,00`` (``500,000.00``): exactly ``places`` decimals.

    Rounded half up, as amounts are, rather than to the even digit.
    """
    rounded = Decimal(value).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    return localised(f"{rounded:,.{places}f}")


def score_text(score: Decimal | float, out_of: int | str = 5) -> str:
    """A score as every view writes it: ``4,80 / 5`` / ``4.80 / 5``, two decimals always."""
    return f"{fixed(Decimal(str(score)), 2)}\u00a0/\u00a0{out_of}"


def as_percent(number: str) -> str:
    """A written number as a percentage: ``12,5 %`` / ``12.5%``."""
    return f"{number}{_style.percent_gap}%"


#: Decimals of every measured percentage: two, as the objective sheets need them (their
#: weighted payouts, 36,00 % or 11,25 %, must add up to the total shown).
PERCENT_PLACES = 2


def percent_of(ratio: Decimal | float) -> str:
    """A ratio as every view writes a measured percentage: ``0.75`` → ``75,00 %`` / ``75.00%``.

    One way for every figure (an achievement, a realisation rate, an employment rate), so that
    the same share reads the same on every screen. Rounded half up.
    """
    return as_percent(fixed(Decimal(str(ratio)) * 100, PERCENT_PLACES))


def day_text(day: date) -> str:
    """A date as the UI language writes it: ``22/11/2026`` in French, ``22 Nov 2026`` in English."""
    if not _style.short_months:
        return f"{day:%d/%m/%Y}"
    return f"{day.day} {_style.short_months[day.month - 1]} {day.year}"


DAY_UNREADABLE = QT_TRANSLATE_NOOP("Errors", "Date illisible : « {text} » (jj/mm/aaaa attendu).")

_NUMERIC_DAY = re.compile(r"([0-9]{1,2})/([0-9]{1,2})/([0-9]{4})")
_ISO_DAY = re.compile(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})")
_NAMED_DAY = re.compile(r"([0-9]{1,2}) ([^\W\d_]{3,})\.? ([0-9]{4})")
_DIGITS_DAY = re.compile(r"([0-9]{2})([0-9]{2})([0-9]{4})")


def read_day(text: str) -> date | None:
    """A date the user typed, read in the UI's style; None when blank.

    Reads what :func:`day_text` writes (``22/11/2026``; ``22 Nov 2026`` in English, where a
    month may also be written in full or cut after three letters, in any case), and in both
    languages ``22/11/2026``, ``3/3/2027``, ``22112026`` (day, month, year without the slashes)
    and ISO ``2026-11-22``. Years have four digits:
    ``3/3/27`` is refused rather than guessed, as labels and contacts may date from the last
    century. Anything else, impossible days included (``31/02/2026``), raises a
    ``ValidationError`` naming the text.
    """
    cleaned = " ".join(text.split())
    if not cleaned:
        return None
    try:
        return date(*_year_month_day(cleaned))
    except ValueError:
        raise ValidationError.of(DAY_UNREADABLE, text=cleaned) from None


def _year_month_day(text: str) -> tuple[int, int, int]:
    """The numbers of a typed date; a ``ValueError`` when it has none of the forms read."""
    if found := _ISO_DAY.fullmatch(text):
        return int(found[1]), int(found[2]), int(found[3])
    if found := _NUMERIC_DAY.fullmatch(text):
        return int(found[3]), int(found[2]), int(found[1])
    if found := _NAMED_DAY.fullmatch(text):
        return int(found[3]), _month_number(found[2]), int(found[1])
    if found := _DIGITS_DAY.fullmatch(text):
        return int(found[3]), int(found[2]), int(found[1])
    raise ValueError(text)


def _month_number(word: str) -> int:
    """1 for ``Jan``, ``JANUARY``…; a ``ValueError`` for a word that starts no month name."""
    folded = word.casefold()
    for number, name in enumerate(_style.long_months, start=1):
        if name.casefold().startswith(folded):
            return number
    raise ValueError(word)


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
    (a French numeric keypad types one). Files are read by ``money.read_amount`` instead.
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


#: Digits grouped by threes with spaces, then maybe a decimal comma or point: ``12 500,50``.
_SPACE_GROUPED = re.compile(r"([+-]?\d{1,3}(?: \d{3})+)(?:[.,](\d*))?")


def read_quantity(text: str) -> Decimal | None:
    """An amount or a number of hours the user typed; None when it cannot be read.

    Reads what :func:`read_typed` reads, and digits grouped by spaces of any kind (plain,
    no-break, narrow no-break) before a decimal comma or point, in both languages:
    ``12 500,50``, ``12 500.50``. Once spaces group the thousands, the mark after them can
    only be a decimal one, in English too, where a lone comma otherwise groups thousands
    (``1,234``) and ``12 500,50`` would not be read.
    """
    spaced = " ".join(text.replace("€", " ").replace("EUR", " ").split())
    if found := _SPACE_GROUPED.fullmatch(spaced):
        return Decimal(f"{found[1].replace(' ', '')}.{found[2] or ''}")
    return read_typed(text)
