"""A workspace is a seller's when its profile is a structure inclusive's, and only then."""

from __future__ import annotations

from srm_inclusif.core.vocabulary import Profile, Stage, stage_source_label, use_profile_words


def test_only_a_structure_inclusive_is_a_seller() -> None:
    assert Profile.STRUCTURE_INCLUSIVE.is_seller
    assert not Profile.ACHETEUR.is_seller


def test_a_seller_prospects_where_a_buyer_sources() -> None:
    try:
        use_profile_words(Profile.STRUCTURE_INCLUSIVE)
        assert stage_source_label(Stage.SOURCING) == "Prospection"
        use_profile_words(Profile.ACHETEUR)
        assert stage_source_label(Stage.SOURCING) == "Sourcing"
    finally:
        use_profile_words(Profile.ACHETEUR)
