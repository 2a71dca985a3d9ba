"""Departments and regions derived from a French post code (shipped ``data/departements.csv``)."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache

from srm_inclusif.resources import resource_path


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


def normalise_post_code(raw: object) -> str | None:
    """Return a 5-digit post code (``1000`` → ``01000``, ``75008 CEDEX`` → ``75008``) or None."""
    if raw is None:
        return None
    text = re.sub(r"[\s\u00a0]", "", _CEDEX.sub("", str(raw)))
    if text.endswith(".0"):
        text = text[:-2]
    if not text.isdigit() or not 4 <= len(text) <= 5:
        return None
    return text.zfill(5)


def department_code(post_code: str | None) -> str | None:
    """Department of a 5-digit post code: Corsica 20xxx → 2A/2B, overseas 97x/98x → 3 digits."""
    if not post_code or len(post_code) != 5 or not post_code.isdigit():
        return None
    if post_code.startswith("20"):
        code = "2A" if int(post_code) < 20200 else "2B"
    elif post_code[:2] in ("97", "98"):
        code = post_code[:3]
    else:
        code = post_code[:2]
    return code if code in departments() else None


def department_for(post_code: str | None) -> Department | None:
    """The department record of a post code, if known."""
    code = department_code(post_code)
    return departments().get(code) if code else None
