"""Normalise values read from files: names, phones, e-mails, dates, "no value" tokens."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from srm_inclusif.core.kinds import fold

#: Cell contents that mean "no value" in real exports (compared after stripping, case-insensitive).
NO_VALUE_TOKENS = frozenset({
    "", "#n/d", "#n/a", "n/a", "na", "n.a.", "nd", "[nd]", "-", "--", "null", "none", "nan",
    "#valeur!", "#value!", "?",
})

#: A plausible e-mail address, once lower-cased (matched whole).
_EMAIL = re.compile(r"[a-z0-9._%+'\-]+@[a-z0-9.\-]+\.[a-z]{2,}")
_PHONE_DELETE = str.maketrans("", "", " .-/()\t\u00a0\u202f")
#: ``2025-12-31``, ``2025/12/31``, ``20251231`` (SAP exports); a time after it is ignored.
_ISO_DATE = re.compile(r"^(\d{4})(?:([-/])(\d{1,2})\2(\d{1,2})|(\d{2})(\d{2}))(?:[T ].*)?$")
#: ``31/12/2025``, ``31.12.2025``, ``31-12-25``; a time after it (``31/12/2025 00:00``, as Excel
#: writes a date cell to CSV) is ignored.
_FR_DATE = re.compile(
    r"^(\d{1,2})([/.\-])(\d{1,2})\2(\d{2}|\d{4})(?:\s+\d{1,2}[:h]\d{2}(?::\d{2})?)?$")
#: A date cell Excel wrote as its serial number (days since 30/12/1899), as a CSV export of a
#: column without a date format gives it: from 1960 to 2099 only.
_SERIAL_DATE = re.compile(r"^(\d{5})(?:[.,]0+)?$")
_SERIAL_ORIGIN = date(1899, 12, 30)
_SERIAL_RANGE = range(21916, 73416)


def clean_text(raw: object) -> str | None:
    """Strip a cell; None for the "no value" tokens (``#N/D``, ``N/A``, ``[ND]``, empty...)."""
    if raw is None:
        return None
    text = (raw if type(raw) is str else str(raw)).strip()  # strip() also drops no-break spaces
    if len(text) <= 8 and text.lower() in NO_VALUE_TOKENS:
        return None
    return text


#: The name cell of a report's total or page line pasted with the data: « Total », « Sous-total »,
#: « Total général », « Total HT », « Total : 2 structures », « Montant total », « Total
#: fournisseurs », « Page 2/3 », « Page 2 sur 3 ».
_FOOTER = re.compile(
    r"(?:montant\s+)?(?:sous[\s-]*)?tota(?:l|ux)(?:\s+g[ée]n[ée]ral)?"
    r"(?:\s+(?:des\s+)?(?:fournisseurs?|clients?|achats?|d[ée]penses?|ventes?))?"
    r"(?:\s+(?:ht|ttc))?\s*:?(?:\s*\d[\d\s.,]*\w*)?"
    r"|page\s*\d+(?:\s*(?:/|sur|de)\s*\d+)?", re.IGNORECASE)


def is_footer_line(name: str | None, siret: object) -> bool:
    """Whether a row is a total or a page line of a report, not a structure nor a purchase.

    Its name says so and it has no SIRET (a real company could be called « Total »).
    """
    return (name is not None and _FOOTER.fullmatch(name.strip()) is not None
            and clean_text(siret) is None)


_NOT_ALNUM = re.compile(r"[^a-z0-9]+")


def normalise_name(name: str | None) -> str:
    """Key used to match a counterparty by name: accents, case and punctuation folded.

    Same result as ``kinds.fold``, with fast paths for ASCII names (most of a big file), and for
    words of letters and digits separated by single spaces (no regex at all).
    """
    if not name:
        return ""
    if name.isascii():
        lower = name.lower()
        if lower.replace(" ", "").isalnum() and "  " not in lower and lower.strip() == lower:
            return lower
        return _NOT_ALNUM.sub(" ", lower).strip()
    return fold(name)


def normalise_email(raw: object) -> tuple[str | None, bool]:
    """Lower-cased e-mail and whether it looks valid (an invalid one is kept and flagged)."""
    text = clean_text(raw)
    if text is None:
        return None, True
    if text.startswith("mailto:"):
        text = text[7:].strip()
    text = text.lower()
    return text, _EMAIL.fullmatch(text) is not None


#: Overseas prefixes of the French ten-digit plan (ARCEP) → their country code: La Réunion
#: (0262, 0263 fixed; 0692, 0693 mobile), Mayotte (0269 fixed, 0639 mobile), Guadeloupe with
#: Saint-Barthélemy and Saint-Martin (0590; 0690, 0691), Guyane (0594; 0694), Martinique (0596;
#: 0696, 0697). Their international form keeps the nine digits: 0262 20 30 40 → +262262203040.
_OVERSEAS_CODES = {
    "262": "262", "263": "262", "692": "262", "693": "262", "269": "262", "639": "262",
    "590": "590", "690": "590", "691": "590", "594": "594", "694": "594",
    "596": "596", "696": "596", "697": "596",
}
#: Saint-Pierre-et-Miquelon: dialled 05 08 + six digits from France, +508 + the six digits.
_SAINT_PIERRE = "508"


#: A web address: a host name with a dot (``www.example.fr``, ``https://ex.org/page``), no space.
_WEBSITE = re.compile(r"(?:https?://)?[^\s/@]+\.[^\s/@]{2,}(?:[/?#]\S*)?", re.IGNORECASE)


def normalise_website(raw: object) -> tuple[str | None, bool]:
    """A cell's web address and whether it is one (``Lyon Part-Dieu`` is not: no dot, a space)."""
    text = clean_text(raw)
    if text is None:
        return None, True
    return text, _WEBSITE.fullmatch(text) is not None


def normalise_phone(raw: object) -> tuple[str | None, bool]:
    """French phone in its international form when recognisable; otherwise the text and False.

    ``+33XXXXXXXXX``, or an overseas code: ``0262 20 30 40`` → ``+262262203040``.
    """
    if type(raw) is str:  # fast path: ten digits, maybe spaced, the first one 0 (not 00)
        compact = raw.replace(" ", "")
        if len(compact) == 10 and compact[0] == "0" and compact[1] != "0" and compact.isdigit():
            return international_phone(compact), True
    return phone_by_the_rules(raw)


def international_phone(national: str) -> str:
    """The international form of a ten-digit French number (``0262203040`` → ``+262262203040``).

    Overseas numbers get their own country code, as ``+33`` does not reach them.
    """
    prefix = national[1:4]
    if prefix in _OVERSEAS_CODES:
        return f"+{_OVERSEAS_CODES[prefix]}{national[1:]}"
    if prefix == _SAINT_PIERRE:
        return f"+{_SAINT_PIERRE}{national[4:]}"
    return "+33" + national[1:]


def phone_by_the_rules(raw: object) -> tuple[str | None, bool]:
    """:func:`normalise_phone` without its fast path (every separator, prefix and Excel loss)."""
    text = clean_text(raw)
    if text is None:
        return None, True
    if text.endswith(".0") and text[:-2].isdigit():
        text = text[:-2]
    # "+33 (0)4 12…": the trunk zero in brackets is dialled at home only
    compact = text.replace("(0)", "").translate(_PHONE_DELETE)
    if compact.startswith("00"):
        compact = "+" + compact[2:]
    if compact.isdigit() and len(compact) == 9 and compact[0] != "0":
        compact = "0" + compact  # Excel dropped the leading zero
    if compact.startswith("+33") and len(compact) == 12:
        compact = "0" + compact[3:]  # « +33 262… »: an overseas number under the mainland code
    if compact.isdigit() and len(compact) == 10 and compact.startswith("0"):
        return international_phone(compact), True
    if compact.startswith("+") and compact[1:].isdigit() and 8 <= len(compact) <= 16:
        return compact, True
    return text, False


def parse_date(raw: object) -> date | None:
    """The date of a cell; None when unreadable.

    Read: ``31/12/2025``, ``2025-12-31``, ``20251231`` (a time after them ignored), Excel's
    serial number of a day (``46022``) or a date object.
    """
    if isinstance(raw, datetime):
        return raw.date()
    if isinstance(raw, date):
        return raw
    text = clean_text(raw)
    if text is None:
        return None
    return _parse_iso(text) or _parse_french(text) or _parse_serial(text)


def _parse_iso(text: str) -> date | None:
    match = _ISO_DATE.match(text)
    if not match:
        return None
    month, day = (match[3], match[4]) if match[2] else (match[5], match[6])
    return _safe_date(int(match[1]), int(month), int(day))


def _parse_french(text: str) -> date | None:
    match = _FR_DATE.match(text)
    if not match:
        return None
    year = int(match[4])
    if year < 100:
        year += 2000 if year < 70 else 1900
    return _safe_date(year, int(match[3]), int(match[1]))


def _parse_serial(text: str) -> date | None:
    match = _SERIAL_DATE.match(text)
    if not match or int(match[1]) not in _SERIAL_RANGE:
        return None
    return _SERIAL_ORIGIN + timedelta(days=int(match[1]))


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_year(raw: object) -> int | None:
    """A year written alone (``2025``, ``2025.0``); None otherwise.

    Any year of four digits is read (``1025``, ``2099``): ``EARLIEST_DAY`` and ``latest_day``
    tell a typo.
    """
    text = clean_text(raw)
    if text is None:
        return None
    text = text.removesuffix(".0")
    if text.isdigit() and len(text) == 4 and int(text) >= 1000:
        return int(text)
    return None


#: The earliest day a purchase may be dated: before it, its year is a typo (1025, 1900).
EARLIEST_DAY = date(1990, 1, 1)


def latest_day(today: date) -> date:
    """The latest day a purchase may be dated: a year after ``today`` (later: a typo, 2099)."""
    if today.month == 2 and today.day == 29:
        return date(today.year + 1, 2, 28)
    return today.replace(year=today.year + 1)


def parse_yes_no(raw: object) -> bool | None:
    """``Oui``/``Non``, ``O``/``N``, ``true``/``false``, ``1``/``0``; None when unknown."""
    text = clean_text(raw)
    if text is None:
        return None
    folded = fold(text)
    if folded in ("oui", "o", "yes", "y", "true", "vrai", "1", "x"):
        return True
    if folded in ("non", "n", "no", "false", "faux", "0"):
        return False
    return None


_NUMBER_DELETE = str.maketrans("", "", " \t\u00a0\u202f")
#: A count once spaces are gone and a comma made a point: digits, one decimal point. ``float``'s
#: own spellings (``inf``, ``nan``, ``1e5``, ``1_000``) are not counts.
_COUNT = re.compile(r"[-+]?(?:\d+(?:\.\d*)?|\.\d+)")


def parse_number(raw: object) -> float | None:
    """A count such as a headcount (``12,5``, ``12.5``, ``12``); None when unreadable."""
    text = clean_text(raw)
    if text is None:
        return None
    text = text.translate(_NUMBER_DELETE).replace(",", ".")
    return float(text) if _COUNT.fullmatch(text) else None


def split_list(raw: object, separators: str = ",;|\n") -> list[str]:
    """Split a cell holding a list (``Espaces verts, Nettoyage``) into clean items."""
    text = clean_text(raw)
    if text is None:
        return []
    items = re.split("[" + re.escape(separators) + "]", text)
    return [item.strip() for item in items if clean_text(item)]
