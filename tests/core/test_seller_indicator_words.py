"""A structure inclusive reads her objectives' indicators in her words; the codes stay.

Her spend lines are her sales; an indicator counting by kind counts only those of her clients
that are themselves inclusive structures; her quality score is her clients' feedback on her.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from srm_inclusif.core.indicators import INDICATORS, indicator
from srm_inclusif.core.vocabulary import Profile, use_profile_words

SELLER = {
    "inclusive_spend": "Ventes à des structures inclusives",
    "insertion_spend": "Ventes à des structures de l'insertion",
    "handicap_spend": "Ventes à des structures du secteur du handicap",
    "ess_spend": "Ventes à des structures de l'ESS",
    "total_spend": "Ventes totales",
    "inclusive_share": "Part des ventes à des structures inclusives",
    "contracts": "Contrats avec des structures inclusives clientes",
    "test_contracts": "Marchés test avec des structures inclusives clientes",
    "new_suppliers_tested": "Nouvelles structures inclusives clientes en marché test",
    "quality_score": "Note de satisfaction des clients",
}


@pytest.fixture
def seller() -> Iterator[None]:
    use_profile_words(Profile.STRUCTURE_INCLUSIVE)
    yield
    use_profile_words(Profile.ACHETEUR)


@pytest.mark.usefixtures("seller")
def test_a_seller_reads_no_buyers_purchase_in_her_indicators() -> None:
    assert {code: indicator(code).label for code in SELLER} == SELLER
    labels = [item.label for item in INDICATORS]
    assert not [label for label in labels if "Achats" in label or "achats" in label]
    assert "Marchés réservés" in labels  # the same for both: no word of hers to add
    assert "Heures d'insertion réalisées" in labels


def test_a_buyer_keeps_his_words_and_every_code_is_kept() -> None:
    assert indicator("inclusive_spend").label == "Achats inclusifs"
    assert indicator("new_suppliers_tested").label == "Nouvelles structures inclusives testées"
    assert indicator("quality_score").label == "Note de qualité des retours"
    use_profile_words(Profile.STRUCTURE_INCLUSIVE)
    try:
        assert [item.code for item in INDICATORS if item.code in SELLER] == list(SELLER)
        assert indicator("inclusive_spend").source_label == "Achats inclusifs"  # files to HR
    finally:
        use_profile_words(Profile.ACHETEUR)
