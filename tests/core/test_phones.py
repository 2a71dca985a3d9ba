"""Phones read the French way (« 01 23 45 67 89 ») and typed ones stored like the imports'."""

from __future__ import annotations

import pytest

from srm_inclusif.core.normalise import normalise_phone
from srm_inclusif.core.phones import readable_phone, same_phone, typed_phone


@pytest.mark.parametrize(("stored", "shown"), [
    ("+33123456789", "01 23 45 67 89"),         # Paris
    ("+33472000000", "04 72 00 00 00"),         # Lyon
    ("+33612345678", "06 12 34 56 78"),         # a mobile
    ("+33800123456", "08 00 12 34 56"),         # a free number
    ("+33262123456", "02 62 12 34 56"),         # « 0262… » imported from a Réunion file
    ("+262262123456", "02 62 12 34 56"),        # La Réunion, international
    ("+262269612345", "02 69 61 23 45"),        # Mayotte
    ("+590590123456", "05 90 12 34 56"),        # Guadeloupe
    ("+594594123456", "05 94 12 34 56"),        # Guyane
    ("+596696123456", "06 96 12 34 56"),        # a Martinique mobile
])
def test_numbers_of_the_french_plan_read_by_pairs_from_their_zero(stored, shown) -> None:
    assert readable_phone(stored) == shown


@pytest.mark.parametrize(("stored", "shown"), [
    ("+687261234", "+687 26 12 34"),            # Nouméa: its own plan, dialled with its code
    ("+68940123456", "+689 40 12 34 56"),       # Papeete
    ("+508411234", "+508 41 12 34"),           # Saint-Pierre
    ("+37793123456", "+377 93 12 34 56"),       # Monaco
    ("+377612345678", "+377 6 12 34 56 78"),    # a Monaco mobile
])
def test_overseas_collectivities_and_monaco_keep_their_code_then_pairs(stored, shown) -> None:
    assert readable_phone(stored) == shown


@pytest.mark.parametrize(("stored", "shown"), [
    ("+12125550123", "+1 212 555 0123"),        # New York
    ("+442079460958", "+44 207 946 0958"),      # London
    ("+32212345678", "+32 212 345 678"),        # Brussels
    ("+352621123456", "+352 621 123 456"),      # Luxembourg
    ("+2697731234", "+269 773 1234"),           # the Comoros (not Mayotte since 2007)
])
def test_foreign_numbers_stay_international_with_their_code_apart(stored, shown) -> None:
    assert readable_phone(stored) == shown


@pytest.mark.parametrize("stored", [
    "3949", "0102", "01 23 45 67 89 poste 12", "Standard : voir le site", "+33 1 23 45 67 8x",
])
def test_what_is_not_a_phone_number_is_shown_as_stored(stored) -> None:
    assert readable_phone(stored) == stored


def test_an_older_hand_typed_phone_reads_like_an_imported_one() -> None:
    assert readable_phone("01.23.45.67.89") == readable_phone("+33123456789") == "01 23 45 67 89"
    assert readable_phone("0033 (0)1 23 45 67 89") == "01 23 45 67 89"
    assert readable_phone(None) == readable_phone("") == ""


@pytest.mark.parametrize("typed", [
    "01.23.45.67.89", "01 23 45 67 89", "01-23-45-67-89", "0123456789", "+33 1 23 45 67 89",
    "+33 (0)1 23 45 67 89", "0033123456789", " 01 23 45 67 89 ",
])
def test_a_typed_french_phone_is_stored_like_the_imports(typed) -> None:
    assert typed_phone(typed) == "+33123456789" == normalise_phone(typed)[0]


def test_a_typed_phone_not_recognised_is_kept_as_typed() -> None:
    assert typed_phone("  standard, poste 12 ") == "standard, poste 12"
    assert typed_phone("N/A") == "N/A"  # an import's "no value" token, but the user typed it
    assert typed_phone("3949") == "3949"
    assert typed_phone("   ") is None
    assert typed_phone(None) is None


def test_the_same_number_written_two_ways_is_the_same_phone() -> None:
    assert same_phone("01 23 45 67 89", "+33123456789")
    assert same_phone("01.23.45.67.89", "0123456789")
    assert same_phone(None, "")
    assert not same_phone("01 23 45 67 89", "+33123456780")
    assert not same_phone("3949", None)


def test_a_form_keeps_the_stored_phone_while_the_number_shown_is_unchanged() -> None:
    from srm_inclusif.core.phones import kept_phone

    assert kept_phone("01 23 45 67 89", "+33123456789") == "+33123456789"
    assert kept_phone("01 23 45 67 80", "+33123456789") == "01 23 45 67 80"  # a new number
    assert kept_phone("", "+33123456789") is None  # emptied
