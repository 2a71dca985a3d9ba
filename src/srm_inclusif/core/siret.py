"""SIRET normalisation and checks (FORMATS.md, SIRET rules), built on python-stdnum."""

from __future__ import annotations

import re
from dataclasses import dataclass

from stdnum.fr import siret as stdnum_siret

from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP
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


def clean_siret(raw: object, *, pad_lost_zeros: bool = False) -> str:
    """Strip spaces, dots and dashes; optionally left-pad short all-digit values lost by Excel."""
    text = "" if raw is None else str(raw)
    if text.endswith(".0") and text[:-2].isdigit():
        text = text[:-2]
    text = re.sub(r"[\s.\-\u00a0\u202f]", "", text)
    if pad_lost_zeros and text.isdigit() and len(text) < 14:
        text = text.zfill(14)
    return text


def check_siret(raw: object, *, pad_lost_zeros: bool = False) -> SiretCheck:
    """Normalise and validate a SIRET; an invalid one is kept with its reason."""
    text = clean_siret(raw, pad_lost_zeros=pad_lost_zeros)
    if not text:
        return SiretCheck(None, SiretStatus.MISSING)
    if not text.isdigit():
        return SiretCheck(text, SiretStatus.INVALID, NOT_DIGITS)
    if len(text) != 14:
        return SiretCheck(
            text, SiretStatus.INVALID, WRONG_LENGTH.format(count=len(text))
        )
    if text.startswith("000000000"):
        return SiretCheck(text, SiretStatus.INVALID, FILLER)
    if not stdnum_siret.is_valid(text):
        return SiretCheck(text, SiretStatus.INVALID, BAD_KEY)
    if text[9:12] == "999":
        return SiretCheck(text, SiretStatus.UNVERIFIED, PROVISIONAL_NIC)
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


def _luhn_ok(number: str) -> bool:
    total = 0
    for index, char in enumerate(reversed(number)):
        value = int(char) * (2 if index % 2 else 1)
        total += value - 9 if value > 9 else value
    return total % 10 == 0
