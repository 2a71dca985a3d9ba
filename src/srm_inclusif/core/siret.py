"""SIRET normalisation and checks (FORMATS.md, SIRET rules), built on python-stdnum."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from stdnum.fr import siren as stdnum_siren
from stdnum.fr import siret as stdnum_siret

from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP
from srm_inclusif.core.normalise import clean_text
from srm_inclusif.core.vocabulary import SiretStatus

#: Why a SIRET is flagged (stored in French; the UI translates them, context "ImportReasons").
NOT_DIGITS = QT_TRANSLATE_NOOP("ImportReasons", "Le SIRET ne doit contenir que des chiffres.")
WRONG_LENGTH = QT_TRANSLATE_NOOP("ImportReasons",
                                 "Le SIRET doit compter 14 chiffres ({count} lus).")
BAD_KEY = QT_TRANSLATE_NOOP("ImportReasons", "Clé de contrôle du SIRET incorrecte.")
PROVISIONAL_NIC = QT_TRANSLATE_NOOP("ImportReasons",
                                    "NIC provisoire (999xx) : établissement à vérifier.")
FILLER = QT_TRANSLATE_NOOP("ImportReasons",
                           "SIREN 000000000 : numéro de remplissage, pas un vrai SIRET.")
SCIENTIFIC = QT_TRANSLATE_NOOP(
    "ImportReasons", "SIRET écrit par Excel en notation scientifique : ses derniers chiffres sont "
    "perdus. Exportez à nouveau la colonne au format Texte.")
#: An imported SIRET cell without a single digit (« @@ », « ? », « inconnu »): no SIRET to keep.
NO_DIGIT = QT_TRANSLATE_NOOP("ImportReasons",
                             "Pas un SIRET (aucun chiffre) : valeur non enregistrée.")
#: A number as Excel shows it in scientific notation, « 4,11555E+13 »: its digits are lost.
_SCIENTIFIC = re.compile(r"\d(?:[.,]\d+)?[eE]\+?\d{1,2}")


@dataclass(frozen=True)
class SiretCheck:
    """A normalised SIRET and what we know of it."""

    value: str | None
    status: SiretStatus
    reason: str = ""

    @property
    def siren(self) -> str | None:
        """First 9 digits, when the value has 14 digits."""
        return self.value[:9] if self.value and len(self.value) == 14 else None


#: What wraps the digits of a SIRET a spreadsheet was told to keep as text: ``="443…"`` (a
#: formula), a leading apostrophe, a label (« SIRET : 443… », « N° 443… »).
_TEXT_MARKS = re.compile(
    r"^(?:=\s*\"(?P<formula>[^\"]*)\""
    r"|'(?P<quoted>.*)"
    r"|(?:n°|siret)\s*(?:siret)?\s*:?\s*(?P<labelled>.*))$", re.IGNORECASE)


def clean_siret(raw: object, *, pad_lost_zeros: bool = False) -> str:
    """Strip spaces, dots and dashes; optionally left-pad short all-digit values lost by Excel.

    The marks that keep a spreadsheet from reading the digits as a number (``="443…"``,
    ``'443…``) and a « SIRET » label before them are dropped too.
    """
    text = "" if raw is None else str(raw).strip()
    if text and not text[0].isdigit() and (marked := _TEXT_MARKS.match(text)):
        text = next(part for part in marked.groups() if part is not None)
    if text.endswith(".0") and text[:-2].isdigit():
        text = text[:-2]
    text = re.sub(r"[\s.\-\u00a0\u202f]", "", text)
    if pad_lost_zeros and text.isdigit() and len(text) < 14:
        text = text.zfill(14)
    return text


def check_siret(raw: object, *, pad_lost_zeros: bool = False) -> SiretCheck:
    """Normalise and validate a SIRET; an invalid one is kept with its reason."""
    text = clean_siret(raw, pad_lost_zeros=pad_lost_zeros)
    if clean_text(text) is None:  # empty, or « #N/D »: no SIRET
        return SiretCheck(None, SiretStatus.MISSING)
    if isinstance(raw, str) and _SCIENTIFIC.fullmatch(raw.strip()):
        return SiretCheck(raw.strip(), SiretStatus.INVALID, SCIENTIFIC)
    if not text.isdigit():
        return SiretCheck(text, SiretStatus.INVALID, NOT_DIGITS)
    if len(text) != 14:
        return SiretCheck(
            text, SiretStatus.INVALID, WRONG_LENGTH.format(count=len(text))
        )
    if text.startswith("000000000"):
        return SiretCheck(text, SiretStatus.INVALID, FILLER)
    if text[9:12] == "999":  # a placeholder NIC has no key of its own: only its SIREN has one
        if not stdnum_siren.is_valid(text[:9]):
            return SiretCheck(text, SiretStatus.INVALID, BAD_KEY)
        return SiretCheck(text, SiretStatus.UNVERIFIED, PROVISIONAL_NIC)
    if not stdnum_siret.is_valid(text):
        return SiretCheck(text, SiretStatus.INVALID, BAD_KEY)
    return SiretCheck(text, SiretStatus.VALID)


def make_siret(siren8: int, nic_number: int) -> str:
    """Build a SIRET valid in form from an 8-digit SIREN stem and a 4-digit NIC stem (demo data)."""
    siren = _with_luhn_digit(f"{siren8:08d}")
    stem = f"{siren}{nic_number:04d}"
    return _with_luhn_digit(stem)


def _with_luhn_digit(stem: str) -> str:
    """Append the digit that makes ``stem`` pass the Luhn check."""
    for digit in "0123456789":
        candidate = stem + digit
        if _luhn_ok(candidate):
            return candidate
    raise AssertionError("unreachable: one Luhn digit always fits")


_DOUBLED = (0, 2, 4, 6, 8, 1, 3, 5, 7, 9)
LA_POSTE_SIREN = "356000000"


def fast_check_siret(raw: Any, pad_lost_zeros: bool) -> SiretCheck:
    """The SIRET of an imported cell (directory or spend): ``check_siret``, with a quick path.

    A plain 14-digit value passing both Luhn checks is valid for python-stdnum too; anything else
    (spaces, La Poste, a bad key, 999xx) goes through ``check_siret`` and its stdnum rules. A
    cell with no digit at all is no SIRET: it is not kept (a card's SIRET field, typed by hand,
    still refuses it through ``check_siret``).
    """
    if isinstance(raw, str) and len(raw) == 14 and is_plain_valid_siret(raw):
        return SiretCheck(raw, SiretStatus.VALID)
    check = check_siret(raw, pad_lost_zeros=pad_lost_zeros)
    if check.reason == NOT_DIGITS and not any(c.isdigit() for c in check.value or ""):
        return SiretCheck(None, SiretStatus.MISSING, NO_DIGIT)
    return check


#: SIRENs the quick path leaves to ``check_siret``: La Poste's own key rule, the zero filler.
_NOT_PLAIN_SIRENS = frozenset({LA_POSTE_SIREN, "000000000"})


def is_plain_valid_siret(raw: str) -> bool:
    """True for 14 digits passing both Luhn checks, without the cases stdnum rules on."""
    return (raw.isdigit() and raw[9:12] != "999" and raw[:9] not in _NOT_PLAIN_SIRENS
            and _luhn_ok(raw) and _luhn_ok(raw[:9]))


#: Luhn contribution of a digit pair "doubled digit, plain digit" (pairs read from the right).
_PAIRS = {f"{a}{b}": _DOUBLED[a] + b for a in range(10) for b in range(10)}


def _luhn_ok(digits: str) -> bool:
    if len(digits) == 14:  # unrolled: this runs once per row of a big file
        total = (_PAIRS[digits[0:2]] + _PAIRS[digits[2:4]] + _PAIRS[digits[4:6]]
                 + _PAIRS[digits[6:8]] + _PAIRS[digits[8:10]] + _PAIRS[digits[10:12]]
                 + _PAIRS[digits[12:14]])
        return total % 10 == 0
    start = len(digits) % 2
    total = int(digits[0]) if start else 0
    for i in range(start, len(digits), 2):
        total += _PAIRS[digits[i:i + 2]]
    return total % 10 == 0
