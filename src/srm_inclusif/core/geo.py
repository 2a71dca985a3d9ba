"""Departments and regions derived from a French post code (shipped ``data/departements.csv``)."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache

from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP
from srm_inclusif.resources import resource_path

#: Why a post code is left out (stored in French; the UI translates them, "ImportReasons").
BAD_POST_CODE = QT_TRANSLATE_NOOP("ImportReasons", "Code postal illisible : ignoré.")
COMMUNE_CODE = QT_TRANSLATE_NOOP(
    "ImportReasons", "Code commune INSEE de Corse, pas un code postal : ignoré.")
MONACO_POST_CODE = QT_TRANSLATE_NOOP(
    "ImportReasons", "Code postal de Monaco, hors de France : ignoré.")
#: A Corsican commune code (INSEE « 2A004 »): five characters like a post code, but not one.
_CORSICAN_COMMUNE = re.compile(r"\s*2[AB]\d{3}\s*", re.IGNORECASE)


@dataclass(frozen=True)
class Department:
    """A French department and its region."""

    code: str
    name: str
    region_code: str
    region_name: str


@cache
def departments() -> dict[str, Department]:
    """All departments by code, read once from the shipped reference file."""
    with resource_path("data/departements.csv").open(encoding="utf-8", newline="") as handle:
        return {
            row["department_code"]: Department(
                row["department_code"], row["department_name"], row["region_code"],
                row["region_name"],
            )
            for row in csv.DictReader(handle)
        }


#: A CEDEX mention after a post code (``69003 CEDEX 03``): a mail sorting office, not a place.
_CEDEX = re.compile(r"\s*cedex(?:\s*\d{1,3})?\s*$", re.IGNORECASE)
#: A post code written with more than its digits: after an optional country mark (``F-75001``,
#: ``FR 75001``), five digits (``75 001`` too), then maybe the town (``44000 NANTES``): it starts
#: with a letter and holds no other code.
_POST_CODE_IN_TEXT = re.compile(
    r"(?:fr?\s*-?\s*)?(?P<code>\d{2}\s?\d{3})(?:(?:\s+|\s*[,-]\s*)[^\W\d_](?!.*\d{4}).*)?",
    re.IGNORECASE)
#: Post codes of the collectivities that share Guadeloupe's 971 range (La Poste) → their code.
_COLLECTIVITY_POST_CODES = {"97133": "977", "97150": "978"}  # Saint-Barthélemy, Saint-Martin
#: Monaco's post codes (980xx): French-looking, but outside France.
_MONACO = "980"


def normalise_post_code(raw: object) -> str | None:
    """Return a 5-digit post code or None.

    ``1000`` → ``01000``, ``75008 CEDEX`` → ``75008``, ``44000 NANTES`` → ``44000``,
    ``F-75001`` → ``75001``.
    """
    if raw is None:
        return None
    text = without_cedex(str(raw))
    compact = re.sub(r"[\s\u00a0]", "", text)
    if compact.endswith(".0"):
        compact = compact[:-2]
    if compact.isdigit():  # the common cell, spaced or not: no pattern needed
        return compact.zfill(5) if 4 <= len(compact) <= 5 else None
    match = _POST_CODE_IN_TEXT.fullmatch(text.strip())
    return match["code"].replace(" ", "") if match else None


def department_code(post_code: str | None) -> str | None:
    """Department of a 5-digit post code: Corsica 20xxx → 2A/2B, overseas 97x/98x → 3 digits.

    Saint-Barthélemy (97133) and Saint-Martin (97150) share Guadeloupe's range: 977 and 978.
    """
    if not post_code or len(post_code) != 5 or not post_code.isdigit():
        return None
    if post_code.startswith("20"):
        code = "2A" if int(post_code) < 20200 else "2B"
    elif post_code[:2] in ("97", "98"):
        code = _COLLECTIVITY_POST_CODES.get(post_code, post_code[:3])
    else:
        code = post_code[:2]
    return code if code in departments() else None


def department_for(post_code: str | None) -> Department | None:
    """The department record of a post code, if known."""
    code = department_code(post_code)
    return departments().get(code) if code else None


def is_monaco_post_code(raw: object) -> bool:
    """Whether a cell holds a post code of Monaco (``98000``): readable, but not in France."""
    code = normalise_post_code(raw)
    return code is not None and code.startswith(_MONACO)


def post_code_reason(raw: object) -> str:
    """Why a post code cell gives no place: a Corsican commune code, Monaco's, named as such."""
    if isinstance(raw, str) and _CORSICAN_COMMUNE.fullmatch(raw):
        return COMMUNE_CODE
    if is_monaco_post_code(raw):
        return MONACO_POST_CODE
    return BAD_POST_CODE


def without_cedex(text: str) -> str:
    """``text`` without a CEDEX mention at its end (``MARSEILLE CEDEX 08`` → ``MARSEILLE``)."""
    return _CEDEX.sub("", text)
