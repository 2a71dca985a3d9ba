"""Post codes: Saint-Barthélemy and Saint-Martin are their own collectivities, and a post code
written with its town or a country mark is read."""

from __future__ import annotations

import pytest

from srm_inclusif.core.geo import department_for, is_monaco_post_code, normalise_post_code


@pytest.mark.parametrize(("post_code", "department", "region"), [
    ("97133", "977", "Collectivités d'outre-mer"), ("97150", "978", "Collectivités d'outre-mer"),
    ("97110", "971", "Guadeloupe"), ("97190", "971", "Guadeloupe")])
def test_saint_barthelemy_and_saint_martin_are_not_guadeloupe(post_code, department, region):
    found = department_for(post_code)

    assert found is not None
    assert (found.code, found.region_name) == (department, region)


@pytest.mark.parametrize(("cell", "post_code"), [
    ("44000 NANTES", "44000"), ("97133 Saint-Barthélemy", "97133"), ("F-75001", "75001"),
    ("FR 75001 Paris", "75001"), ("13008 MARSEILLE CEDEX 08", "13008"), ("44000, Nantes", "44000"),
    ("13008 Marseille 8e", "13008"), ("75 001", "75001"), ("1 000", "01000"), ("1000", "01000")])
def test_a_post_code_with_its_town_or_a_country_mark_is_read(cell, post_code):
    assert normalise_post_code(cell) == post_code


@pytest.mark.parametrize("cell", [
    "75001 75002", "75001 Paris 75002", "BP 45 13300 SALON", "4400 NANTES", "751", "F-",
    "Nantes 44000", "2A004", "75001-"])
def test_no_code_is_made_up_from_other_texts(cell):
    assert normalise_post_code(cell) is None


def test_monaco_is_told_apart_from_an_unreadable_code():
    assert department_for(normalise_post_code("98000")) is None
    assert is_monaco_post_code("98000")
    assert not is_monaco_post_code("98800")  # Nouvelle-Calédonie
    assert not is_monaco_post_code("ABCDE")
