"""Shortlist ranking: each reason moves a structure up, reserved needs exclude other kinds."""

from __future__ import annotations

from srm_inclusif.core.sourcing import Candidate, NeedProfile, rank, reserved_kinds, score

NEED = NeedProfile(sectors=frozenset({"nettoyage-de-locaux-16"}),
                   sector_groups=frozenset({"hygiene-et-proprete-64"}),
                   department="69", region="84")
CLEANING = {"nettoyage-de-locaux-16": "Nettoyage de locaux"}
GROUP = {"hygiene-et-proprete-64": "Hygiène et Propreté"}


def _candidate(cid: int, **values) -> Candidate:
    base = {"name": f"S{cid}", "kind": "EI", "sector_groups": GROUP}
    return Candidate(id=cid, **{**base, **values})


def test_sector_then_place_order_the_list() -> None:
    """The right sector far away still beats a neighbour of the same sector group only."""
    exact_far = _candidate(1, sectors=CLEANING, department="13", region="93")
    group_here = _candidate(2, department="69", region="84")
    exact_region = _candidate(3, sectors=CLEANING, department="38", region="84",
                              region_name="Auvergne-Rhône-Alpes")
    exact_here = _candidate(4, sectors=CLEANING, department="69", region="84")
    ranked = rank(NEED, [exact_far, group_here, exact_region, exact_here])
    assert [r.candidate.id for r in ranked] == [4, 3, 1, 2]
    assert ranked[0].reasons[:2] == ("Secteur recherché : Nettoyage de locaux",
                                     "Même département (69)")
    assert "Même région (Auvergne-Rhône-Alpes)" in ranked[1].reasons
    assert "Même famille de secteurs : Hygiène et Propreté" in ranked[3].reasons


def test_reserved_need_keeps_only_fitting_kinds_and_says_so() -> None:
    need = NeedProfile(sectors=NEED.sectors, reserved="L2113-12")
    ranked = rank(need, [_candidate(1, kind="EI"), _candidate(2, kind="ESAT"),
                         _candidate(3, kind="EA")])
    assert sorted(r.candidate.kind for r in ranked) == ["EA", "ESAT"]
    assert any("marché réservé L2113-12" in reason for reason in ranked[0].reasons)
    assert reserved_kinds("L2113-14") >= reserved_kinds("L2113-13")


def test_labels_and_feedback_break_ties() -> None:
    plain = _candidate(1, sectors=CLEANING)
    labelled = _candidate(2, sectors=CLEANING, valid_labels=("ESUS",))
    praised = _candidate(3, sectors=CLEANING, feedback_average=4.6, feedback_count=3)
    criticised = _candidate(4, sectors=CLEANING, feedback_average=1.8, feedback_count=1)
    ranked = rank(NEED, [plain, labelled, praised, criticised])
    assert [r.candidate.id for r in ranked] == [3, 2, 1, 4]
    assert "Retours d'expérience : 4,60 / 5 (3 retours)" in ranked[0].reasons
    assert "Label valide : ESUS" in ranked[1].reasons


def test_classic_supplier_gets_no_inclusive_reason() -> None:
    ranked = score(NEED, _candidate(1, kind="CLASSIC", sectors=CLEANING))
    assert not any("inclusive" in reason for reason in ranked.reasons)
    assert score(NEED, _candidate(2, kind="ESAT", sectors=CLEANING)).score > ranked.score


def test_search_terms_drop_a_trailing_single_letter() -> None:
    from srm_inclusif.core.search_query import search_terms, to_fts_query

    assert search_terms("Nettoyage l") == ["nettoyage"]
    assert search_terms("n") == ["n"]
    assert to_fts_query("Énergie  LY") == '"energie"* "ly"*'
