"""The display case rules SIRENE needs besides FINESS's: its street types, numbers in names,
towns."""

from __future__ import annotations

import pytest

from srm_inclusif.core.display_case import display_case, street_type


@pytest.mark.parametrize(("code", "word"), [
    ("CLOS", "clos"), ("PARC", "parc"), ("CHEM", "cheminement"), ("ECA", "écart"),
    ("ILOT", "îlot"), ("TPL", "terre-plein"), ("VLGE", "village"), ("ROC", "rocade"),
    # read as written: acronyms of every address, or codes no one word says
    ("ZI", "ZI"), ("ZAC", "ZAC"), ("GR", "GR"), ("SEN", "SEN"),
])
def test_sirene_street_types_are_words(code, word):
    assert street_type(code) == word


@pytest.mark.parametrize(("capitals", "shown"), [
    ("ESAT 2EME CHANCE", "ESAT 2eme Chance"),
    ("RESIDENCE DU 1ER MAI", "Residence du 1er Mai"),
    ("ATELIER 3D", "Atelier 3D"),  # a letter against a number is no small word (« d' »)
    ("4X4 SERVICES", "4X4 Services"),
    ("SARL A2I", "SARL A2I"),  # a code of letters and digits is kept as written
    ("ET2M SERVICES", "ET2M Services"),
    ("ESAT 2IEME CHANCE", "ESAT 2ieme Chance"),
])
def test_a_number_keeps_its_ordinal_ending_and_its_letters(capitals, shown):
    assert display_case(capitals) == shown


@pytest.mark.parametrize(("capitals", "shown"), [
    ("SAINT-HERBLAIN", "Saint-Herblain"),
    ("LA ROCHE-SUR-YON", "La Roche-sur-Yon"),
    ("L'ISLE-SUR-LA-SORGUE", "L'Isle-sur-la-Sorgue"),
    ("PARIS 15", "Paris 15"),
])
def test_a_town_in_capitals_reads_as_its_name(capitals, shown):
    assert display_case(capitals) == shown
