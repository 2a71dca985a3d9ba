"""The fast paths of the cell normalisers give the results of their plain versions."""

from __future__ import annotations

import random
import re

import pytest

from srm_inclusif.core.kinds import fold
from srm_inclusif.core.normalise import (
    clean_text,
    normalise_email,
    normalise_name,
    normalise_phone,
    phone_by_the_rules,
)

_EMAIL = re.compile(r"^[A-Za-z0-9._%+'\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}$")


def plain_name(name: str | None) -> str:
    if not name:
        return ""
    if name.isascii():
        return re.sub(r"[^a-z0-9]+", " ", name.lower()).strip()
    return fold(name)


def plain_email(raw: object) -> tuple[str | None, bool]:
    text = clean_text(raw)
    if text is None:
        return None, True
    text = text.removeprefix("mailto:").strip().lower()
    return text, bool(_EMAIL.match(text))


NAMES = ["", " ", "a", "A", "Atelier Vert", "atelier vert", " Atelier", "Atelier ", "A  B", "A\tB",
         "L'Atelier", "Saint-Jean", "SARL Dupont & Fils", "Élan", "Café des Amis", "ÉCOLE",
         "Kelvin \u212a", "Straße", "a\u00a0b", "123", "1 2 3", "n/a", "#N/D", "A\nB", "x_y",
         "Œuvre", "ﬁne", "İstanbul", "Structure inclusive 12", "  ", "-", "a-", "é", "\u0301"]
EMAILS = [None, "", " ", "n/a", "#N/D", "contact@vert.fr", "Contact@Vert.FR", " a@b.fr ",
          "mailto:a@b.fr", "MAILTO:X@Y.FR", "mailto: a@b.fr", "mailto:", "a @b.fr", "a@b",
          "a@b.f", "a@@b.fr", "a@b..fr", "é@b.fr", "a@b.fr\n", "jean.dupont+x@mail-1.co.uk",
          "\u212a@b.fr", "a@b.\u212a\u212a", "o'neil@b.fr", "a@b.fr.", "@b.fr", 12, 1.5,
          "a@b.fr\nc", "A@B.FR \n", "a\n@b.fr"]
PHONES = [None, "", " ", "n/a", "0412345678", "04 12 34 56 78", " 04 12 34 56 78 ",
          "04.12.34.56.78", "04-12-34-56-78", "+33 (0)4 12 34 56 78", "+33 4 12 34 56 78",
          "0033412345678", "0012345678", "00 12 34 56 78", "412345678", "412345678.0",
          "0412345678.0", "04 12 34 56 7", "04 12 34 56 789", "0412 345678 ", "04\t12345678",
          "04\u00a012\u00a034\u00a056\u00a078", "04\u202f12\u202f34\u202f56\u202f78",
          "０４１２３４５６７８", "0٤١٢٣٤٥٦٧٨", "0²12345678", "abc", "+", "+1234567",
          "01 23 45 67 89 poste 12", 412345678, 412345678.0, "0 0 1 2 3 4 5 6 7 8"]


@pytest.mark.parametrize("name", NAMES)
def test_normalise_name_matches_the_plain_version(name: str):
    assert normalise_name(name) == plain_name(name)


@pytest.mark.parametrize("raw", EMAILS)
def test_normalise_email_matches_the_plain_version(raw: object):
    assert normalise_email(raw) == plain_email(raw)


@pytest.mark.parametrize("raw", PHONES)
def test_normalise_phone_matches_the_plain_version(raw: object):
    assert normalise_phone(raw) == phone_by_the_rules(raw)


@pytest.mark.parametrize(("raw", "expected"), [
    ("04 12 34 56 78", ("+33412345678", True)),
    ("04.12.34.56.78", ("+33412345678", True)),
    ("0033412345678", ("+33412345678", True)),
    ("+33 (0)4 12 34 56 78", ("+33412345678", True)),
    ("412345678.0", ("+33412345678", True)),  # Excel lost the zero and made it a number
    ("412345678", ("+33412345678", True)),
    ("+44 20 7946 0958", ("+442079460958", True)),
    ("12", ("12", False)),
    ("voir site", ("voir site", False)),
    ("  ", (None, True)),
])
def test_phones_read_by_the_rules(raw: str, expected: tuple[str | None, bool]):
    assert phone_by_the_rules(raw) == expected
    assert normalise_phone(raw) == expected


def test_random_cells_match_the_plain_versions():
    rng = random.Random(13)
    alphabet = "0123456789  aAzZ.-@'+()/\t\n\u00a0éÉ_&\u212a"
    for _ in range(20000):
        cell = "".join(rng.choice(alphabet) for _ in range(rng.randrange(14)))
        assert normalise_name(cell) == plain_name(cell), cell
        assert normalise_email(cell) == plain_email(cell), cell
        assert normalise_phone(cell) == phone_by_the_rules(cell), cell
    for _ in range(20000):
        digits = "".join(rng.choice("0123456789 ") for _ in range(rng.randrange(8, 16)))
        assert normalise_phone(digits) == phone_by_the_rules(digits), digits
