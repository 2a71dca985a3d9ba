"""Needs, ranked shortlists with reasons, named shortlists, saved searches and first contact."""

from __future__ import annotations

from datetime import date

import pytest
from sqlmodel import Session

from srm_inclusif.core.errors import ValidationError
from srm_inclusif.core.search_query import CounterpartyFilter
from srm_inclusif.storage.services.counterparty_edit import LabelValue, create_counterparty
from srm_inclusif.storage.services.needs import create_need
from srm_inclusif.storage.services.relationships import list_relationships
from srm_inclusif.storage.services.sourcing import (
    add_to_shortlist,
    delete_relationship,
    list_saved_searches,
    list_shortlists,
    put_back_search,
    rank_for_need,
    remove_from_shortlist,
    save_search,
    save_shortlist,
    shortlist_lines,
    start_sourcing,
)
from srm_inclusif.storage.tables import (
    Contract,
    Feedback,
    FeedbackCriterion,
    FeedbackScore,
    Relationship,
)
from tests.conftest import DEMO_TODAY

LOCAUX = "nettoyage-de-locaux-16"


@pytest.fixture
def structures(workspace) -> dict[str, int]:
    def make(name: str, **values) -> int:
        return create_counterparty(workspace.engine, values={"name": name, **values}).id

    return {
        "lyon": make("Propreté Lyon", kind="EI", post_code="69003", sectors=[LOCAUX]),
        "grenoble": make("Propreté Grenoble", kind="ESAT", post_code="38000", sectors=[LOCAUX],
                         labels=[LabelValue("ESUS", date(2025, 1, 1), None)]),
        "urbain": make("Urbain Nord", kind="ACI", post_code="59000",
                       sectors=["nettoyage-urbain"]),
        "traiteur": make("Traiteur Solidaire", kind="EA", post_code="69001",
                         sectors=[]),
        "classique": make("Nettoie Tout SA", kind="CLASSIC", post_code="69002",
                          sectors=[LOCAUX]),
    }


def test_shortlist_ranks_with_reasons(workspace, structures) -> None:
    need = create_need(workspace.engine, title="Nettoyage du siège", sectors=[LOCAUX],
                       department_code="69", estimated_amount_cents=4_000_000)
    ranked = rank_for_need(workspace.engine, need_id=need.id, today=DEMO_TODAY)
    names = [r.candidate.name for r in ranked]
    assert names == ["Propreté Lyon", "Propreté Grenoble", "Urbain Nord"]
    assert "Même département (69)" in ranked[0].reasons
    assert "Même région (Auvergne-Rhône-Alpes)" in ranked[1].reasons
    assert "Label valide : ESUS" in ranked[1].reasons
    assert any(r.startswith("Même famille de secteurs") for r in ranked[2].reasons)


def test_reserved_need_and_feedback(workspace, structures) -> None:
    engine = workspace.engine
    with Session(engine) as session:
        rel = Relationship(counterparty_id=structures["lyon"], stage="evaluation",
                           stage_since=date(2026, 6, 1))
        session.add(rel)
        session.flush()
        contract = Contract(relationship_id=rel.id, title="Test", kind="marche_test")
        session.add(contract)
        session.flush()
        feedback = Feedback(contract_id=contract.id, given_on=date(2026, 6, 1))
        session.add(feedback)
        session.flush()
        criterion = session.exec(FeedbackCriterion.__table__.select()).first()
        session.add(FeedbackScore(feedback_id=feedback.id, criterion_id=criterion.id, score=5))
        session.commit()
    need = create_need(engine, title="Réservé", sectors=[LOCAUX], reserved="L2113-13")
    ranked = rank_for_need(engine, need_id=need.id, today=DEMO_TODAY)
    assert [r.candidate.name for r in ranked] == ["Propreté Lyon", "Urbain Nord"]
    assert "Retours d'expérience : 5,00 / 5 (1 retour)" in ranked[0].reasons


def test_invalid_need_is_refused(workspace) -> None:
    with pytest.raises(ValidationError):
        create_need(workspace.engine, title=" ", sectors=[])
    with pytest.raises(ValidationError):
        create_need(workspace.engine, title="X", sectors=["inconnu"])
    with pytest.raises(ValidationError):
        create_need(workspace.engine, title="X", sectors=[], department_code="00")


def test_named_shortlist_and_one_click_sourcing(workspace, structures) -> None:
    engine = workspace.engine
    need = create_need(engine, title="Nettoyage", sectors=[LOCAUX], department_code="69")
    ranked = rank_for_need(engine, need_id=need.id, today=DEMO_TODAY)
    saved = save_shortlist(engine, name="Nettoyage 2027", need_id=need.id, ranked=ranked)
    add_to_shortlist(engine, shortlist_id=saved.id, counterparty_id=structures["traiteur"])
    remove_from_shortlist(engine, shortlist_id=saved.id, counterparty_id=structures["urbain"])
    lines = shortlist_lines(engine, shortlist_id=saved.id)
    assert [line.name for line in lines] == ["Propreté Lyon", "Propreté Grenoble",
                                             "Traiteur Solidaire"]
    assert lines[2].reasons == ["Ajout manuel"]
    assert [(s.name, s.size) for s in list_shortlists(engine)] == [("Nettoyage 2027", 3)]
    created = start_sourcing(engine, counterparty_id=lines[0].counterparty_id, today=DEMO_TODAY,
                             need_id=need.id)
    [relationship] = list_relationships(engine)
    assert (relationship.counterparty_name, relationship.stage) == ("Propreté Lyon", "sourcing")
    delete_relationship(engine, relationship_id=created.id)
    assert list_relationships(engine) == []


def test_saved_search_round_trip(workspace) -> None:
    flt = CounterpartyFilter(text="nett", kinds=frozenset({"EI", "ACI"}), qpv=True)
    save_search(workspace.engine, name="Nettoyage QPV", flt=flt)
    save_search(workspace.engine, name="Nettoyage QPV", flt=flt.with_values(text="propre"))
    [(_, name, loaded)] = list_saved_searches(workspace.engine)
    assert name == "Nettoyage QPV"
    assert loaded == flt.with_values(text="propre")


def test_rank_before_saving_the_need_gives_the_same_list(workspace, structures) -> None:
    from srm_inclusif.storage.services.sourcing import rank_for_profile

    need = create_need(workspace.engine, title="Nettoyage", sectors=[LOCAUX], department_code="69")
    saved = rank_for_need(workspace.engine, need_id=need.id, today=DEMO_TODAY)
    typed = rank_for_profile(workspace.engine, sectors=[LOCAUX], department_code="69",
                             reserved=None, today=DEMO_TODAY)
    assert typed == saved


def test_a_saved_search_is_forgotten_and_put_back_by_name(workspace) -> None:  # noqa: ANN001
    save_search(workspace.engine, name="Ateliers", flt=CounterpartyFilter(text="atelier"))
    save_search(workspace.engine, name="Traiteurs", flt=CounterpartyFilter(text="traiteur"))

    put_back_search(workspace.engine, name="Ateliers", flt=None)
    assert [name for _id, name, _flt in list_saved_searches(workspace.engine)] == ["Traiteurs"]

    put_back_search(workspace.engine, name="Ateliers", flt=CounterpartyFilter(text="atelier"))
    assert [(name, flt.text) for _id, name, flt in list_saved_searches(workspace.engine)] == [
        ("Ateliers", "atelier"), ("Traiteurs", "traiteur")]
