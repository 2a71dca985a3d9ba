"""Overseas numbers get their own country code, as +33 does not reach them (ARCEP plan).

La Réunion and Mayotte +262, Guadeloupe (with Saint-Barthélemy and Saint-Martin) +590, Guyane
+594, Martinique +596, Saint-Pierre-et-Miquelon +508.
"""

from __future__ import annotations

import pytest

from srm_inclusif.core.normalise import normalise_phone
from srm_inclusif.core.phones import readable_phone, same_phone


@pytest.mark.parametrize(("typed", "international"), [
    ("0262 20 30 40", "+262262203040"),  # La Réunion, fixed
    ("0263 12 34 56", "+262263123456"),
    ("0692 12 34 56", "+262692123456"),  # La Réunion, mobile
    ("0693 12 34 56", "+262693123456"),
    ("0269 61 00 00", "+262269610000"),  # Mayotte, fixed
    ("0639 12 34 56", "+262639123456"),  # Mayotte, mobile
    ("0590 11 22 33", "+590590112233"),  # Guadeloupe, fixed
    ("0690 11 22 33", "+590690112233"),
    ("0691 11 22 33", "+590691112233"),
    ("0594 11 22 33", "+594594112233"),  # Guyane
    ("0694 11 22 33", "+594694112233"),
    ("0596 12 34 56", "+596596123456"),  # Martinique
    ("0696 12 34 56", "+596696123456"),
    ("0697 12 34 56", "+596697123456"),
    ("05 08 41 23 45", "+508412345"),  # Saint-Pierre-et-Miquelon: six digits after +508
    ("0262.20.30.40", "+262262203040"),  # the same through the slower rules
    ("262203040", "+262262203040"),  # its leading zero lost by Excel
    ("+33 2 62 20 30 40", "+262262203040"),  # written under the mainland code
])
def test_an_overseas_number_gets_its_country_code(typed, international):
    assert normalise_phone(typed) == (international, True)


@pytest.mark.parametrize("typed", ["01 23 45 67 89", "06 12 34 56 78", "05 56 12 34 56",
                                   "07 12 34 56 78", "06 63 12 34 56"])
def test_a_mainland_number_keeps_33(typed):
    assert normalise_phone(typed)[0] == "+33" + typed.replace(" ", "")[1:]


def test_it_is_shown_as_dialled_in_france_and_equal_to_the_old_stored_form():
    assert readable_phone(normalise_phone("0262 20 30 40")[0]) == "02 62 20 30 40"
    assert same_phone("+33262203040", "0262 20 30 40")
