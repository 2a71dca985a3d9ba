"""The union of named entries shared by the record merge and the import merge."""

from __future__ import annotations

from srm_inclusif.core.named_entries import united_by_name


def test_names_compare_accents_and_case_aside_and_the_repeats_are_handed_back():
    kept = [{"name": "Région Sud"}, {"name": "SNCF", "description": "Gares"}]
    other = [{"name": "REGION SUD", "description": "Lycées"}, {"name": "Orange"},
             {"name": "orange", "description": "Boutiques"}]

    united, repeated = united_by_name(kept, other)

    assert united == [{"name": "Région Sud"}, {"name": "SNCF", "description": "Gares"},
                      {"name": "Orange"}]
    # the second « orange » names the entry added just before it
    assert repeated == [(0, {"name": "REGION SUD", "description": "Lycées"}),
                        (2, {"name": "orange", "description": "Boutiques"})]


def test_an_entry_without_a_name_is_added_unless_the_very_same_one_is_there():
    kept = [{"name": "", "description": "Sans nom"}]
    other = [{"name": None, "description": "Sans nom"}, {"name": "", "description": "Autre"},
             {"name": "", "description": "Autre"}]

    united, repeated = united_by_name(kept, other)

    assert united == [{"name": "", "description": "Sans nom"},
                      {"name": None, "description": "Sans nom"},
                      {"name": "", "description": "Autre"}]
    assert repeated == []


def test_a_name_kept_twice_points_at_its_last_entry_and_nothing_is_copied():
    first, last = {"name": "SNCF"}, {"name": "sncf"}
    met = {"name": "Sncf", "description": "Gares"}

    united, repeated = united_by_name([first, last], [met])

    assert united == [first, last]
    assert united[1] is last
    assert repeated == [(1, met)]
    assert repeated[0][1] is met
