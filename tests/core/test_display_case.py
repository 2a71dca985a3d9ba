"""Names and streets given in capitals (FINESS, SIRENE) read in normal case."""

from __future__ import annotations

import pytest

from srm_inclusif.core.display_case import display_case, street_type


@pytest.mark.parametrize(("capitals", "shown"), [
    ("ESAT LES ATELIERS DU RHONE", "ESAT Les Ateliers du Rhone"),
    ("ESAT DE LA CHEZINE", "ESAT de la Chezine"),
    ("ESAT L'ENVOL - ADAPEI DE L'AIN", "ESAT L'Envol - ADAPEI de l'Ain"),
    ("ESAT DES ILES", "ESAT des Iles"),
    ("APF ENTREPRISES 44", "APF Entreprises 44"),
    ("ESAT JEAN-PIERRE AUBERT", "ESAT Jean-Pierre Aubert"),
    ("LA MAISON DES AIDANTS", "La Maison des Aidants"),
    ("ETABLISSEMENT ET SERVICE D'AIDE PAR LE TRAVAIL",
     "Etablissement et Service d'Aide par le Travail"),
    ("ATELIERS SAINT-ETIENNE SAS", "Ateliers Saint-Etienne SAS"),
    ('"LA FERME" ESAT', '"La Ferme" ESAT'),
    ("EA LE PONT SUR SAMBRE", "EA Le Pont sur Sambre"),
    ("ESAT U LIAMU", "ESAT U Liamu"),
])
def test_a_name_in_capitals_reads_in_normal_case(capitals, shown):
    assert display_case(capitals) == shown


@pytest.mark.parametrize("written", ["Les Ateliers du Lac", "ESAT de l'Étang", "esat bleu", "",
                                     None])
def test_a_name_written_by_someone_is_kept(written):
    assert display_case(written) == written


def test_a_street_starts_in_lower_case_small_words():
    assert display_case("DE LA CHEZINE", street=True) == "de la Chezine"
    assert display_case("ROUTE D'ALATA", street=True) == "Route d'Alata"


@pytest.mark.parametrize(("code", "word"), [
    ("R", "rue"), ("AV", "avenue"), ("BD", "boulevard"), ("CHE", "chemin"), ("RTE", "route"),
    ("PL", "place"), ("ALL", "allée"), ("IMP", "impasse"), ("QUAI", "quai"), ("CRS", "cours"),
    ("LD", "lieu-dit"), ("XYZ", "XYZ"), ("QUA", "QUA"), (None, None),
])
def test_street_type_codes_are_words(code, word):
    assert street_type(code) == word
