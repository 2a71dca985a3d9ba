"""Where a long French word on a pipeline card may be cut between syllables."""

from __future__ import annotations

import pytest

from srm_inclusif.core.syllables import between_syllables


@pytest.mark.parametrize(("word", "head"), [
    ("Conditionnement", "Conditionne"),   # Conditionne-ment
    ("Blanchisserie", "Blanchis"),        # Blanchis-serie
    ("Hautefeuille", "Haute"),            # Haute-feuille
    ("Entreprise", "En"),                 # En-treprise: « tr » starts the syllable
])
def test_a_syllable_starts_where_a_reader_would_cut(word, head) -> None:
    assert between_syllables(word, len(head))


@pytest.mark.parametrize(("word", "head"), [
    ("Blanchisserie", "Blanc"),   # never inside « ch »
    ("Logistique", "Logisti"),    # « que » does not stand alone
    ("Solidaires", "Solidai"),    # nor « res »
    ("Conditionnement", "Conditionn"),  # a vowel does not start the next line
])
def test_no_cut_inside_a_cluster_or_before_a_mute_end(word, head) -> None:
    assert not between_syllables(word, len(head))
