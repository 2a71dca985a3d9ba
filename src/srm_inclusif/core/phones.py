"""Phones as French users read and type them; stored in the international form of the imports.

Imports store a recognisable phone as ``+33123456789`` (:func:`normalise_phone`); a phone typed
by hand is stored the same way (:func:`typed_phone`) and every screen and export shows it as
:func:`readable_phone` gives it: « 01 23 45 67 89 ».
"""

from __future__ import annotations

from srm_inclusif.core.normalise import normalise_phone

#: Country codes whose numbers belong to the French ten-digit plan: metropolitan France and the
#: overseas departments (La Réunion and Mayotte, Guadeloupe and the French Antilles, Guyane,
#: Martinique). Their numbers are dialled « 0 » + nine digits from anywhere in France.
FRENCH_PLAN = ("33", "262", "590", "594", "596")
#: Country codes with their own plan whose numbers are written by pairs: Monaco and the
#: overseas collectivities (Saint-Pierre-et-Miquelon, Wallis-et-Futuna, Nouvelle-Calédonie,
#: Polynésie française), dialled with their code from metropolitan France.
PAIRED_ABROAD = ("377", "508", "681", "687", "689")
#: The one- and two-digit country codes (ITU-T E.164); every other code has three digits.
_SHORT_CODES = frozenset({
    "1", "7", "20", "27", "30", "31", "32", "33", "34", "36", "39", "40", "41", "43", "44", "45",
    "46", "47", "48", "49", "51", "52", "53", "54", "55", "56", "57", "58", "60", "61", "62", "63",
    "64", "65", "66", "81", "82", "84", "86", "90", "91", "92", "93", "94", "95", "98",
})
_NATIONAL_DIGITS = 9  # after the country code of the French plan (« 0 » + nine digits)


def readable_phone(stored: str | None) -> str:
    """A stored phone as French users read it; what is not a phone number shown as stored.

    ``+33123456789`` → « 01 23 45 67 89 », ``+262262123456`` → « 02 62 12 34 56 »,
    ``+687261234`` → « +687 26 12 34 », ``+12125550123`` → « +1 212 555 0123 ».
    """
    if not stored:
        return ""
    phone, recognised = normalise_phone(stored)
    if not recognised or not phone or not phone.startswith("+"):
        return stored
    digits = phone[1:]
    code = _country_code(digits)
    rest = digits[len(code):]
    if code in FRENCH_PLAN and len(rest) == _NATIONAL_DIGITS:
        return _by_pairs("0" + rest)
    if code in PAIRED_ABROAD:
        return f"+{code} {_by_pairs(rest)}"
    return f"+{code} {_by_threes(rest)}"


def typed_phone(typed: object) -> str | None:
    """A phone typed by hand as it is stored: like the imports' when recognisable, else as typed.

    « 01.23.45.67.89 » → ``+33123456789``; « standard, poste 12 » stays as typed (trimmed);
    nothing typed → None.
    """
    text = "" if typed is None else str(typed).strip()
    if not text:
        return None
    phone, recognised = normalise_phone(text)
    return phone if recognised and phone else text


def same_phone(first: str | None, second: str | None) -> bool:
    """Whether two stored or typed phones are the same number (or the same text)."""
    return typed_phone(first) == typed_phone(second)


def kept_phone(typed: str | None, stored: str | None) -> str | None:
    """What a form saves: ``stored`` while the typed number is the same, else what was typed.

    The same number is shown differently (« 01 23 45 67 89 » for ``+33123456789``); nothing
    typed gives None.
    """
    return stored if same_phone(typed, stored) else typed or None


def _country_code(digits: str) -> str:
    for length in (1, 2):
        if digits[:length] in _SHORT_CODES:
            return digits[:length]
    return digits[:3]


def _by_pairs(digits: str) -> str:
    """« 0123456789 » → « 01 23 45 67 89 »; an odd count starts with one digit (« 6 12 34 … »)."""
    head = 1 if len(digits) % 2 else 2
    groups = [digits[:head]] + [digits[i:i + 2] for i in range(head, len(digits), 2)]
    return " ".join(g for g in groups if g)


def _by_threes(digits: str) -> str:
    """« 2125550123 » → « 212 555 0123 »: groups of three, the last one never alone."""
    groups = [digits[i:i + 3] for i in range(0, len(digits), 3)]
    if len(groups) > 1 and len(groups[-1]) == 1:
        groups[-2:] = [groups[-2] + groups[-1]]
    return " ".join(groups)
