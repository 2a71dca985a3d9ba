"""The list's « Étape » shows the relationship still going, not the latest stopped duplicate."""

from __future__ import annotations

from datetime import date

from srm_inclusif.core.search_query import CounterpartyFilter
from srm_inclusif.core.vocabulary import Stage
from srm_inclusif.storage.services.counterparties import search_counterparties
from srm_inclusif.storage.services.people import PersonInput, add_person
from srm_inclusif.storage.services.relationships import create_relationship, move_stage
from srm_inclusif.storage.services.spend_entry import relationship_owner
from tests.lifecycle_support import add_counterparty

TODAY = date(2026, 11, 20)


def _stage(engine, name: str, sort: str = "name") -> str | None:
    rows = search_counterparties(engine, flt=CounterpartyFilter(), today=TODAY, sort=sort)
    return next(r.stage for r in rows if r.name == name)


def _followed_then_duplicated(engine, name: str) -> tuple[int, int]:
    cp = add_counterparty(engine, name, "EI")
    going = create_relationship(engine, counterparty_id=cp, on=date(2026, 9, 1)).id
    move_stage(engine, relationship_id=going, to_stage=Stage.CONSULTATION, on=date(2026, 9, 10))
    duplicate = create_relationship(engine, counterparty_id=cp, on=date(2026, 11, 1)).id
    move_stage(engine, relationship_id=duplicate, to_stage=Stage.ARRETEE, on=date(2026, 11, 2),
               reason="Doublon")
    return going, duplicate


def test_a_newer_duplicate_stopped_leaves_the_stage_of_the_one_going(workspace) -> None:
    _followed_then_duplicated(workspace.engine, "Atelier Bleu")
    assert _stage(workspace.engine, "Atelier Bleu") == Stage.CONSULTATION.value


def test_of_two_going_the_most_advanced_shows(workspace) -> None:
    engine = workspace.engine
    cp = add_counterparty(engine, "Atelier Vert", "EI")
    ahead = create_relationship(engine, counterparty_id=cp, on=date(2026, 9, 1)).id
    move_stage(engine, relationship_id=ahead, to_stage=Stage.CONSULTATION, on=date(2026, 9, 2))
    create_relationship(engine, counterparty_id=cp, on=date(2026, 11, 1))  # newer, in sourcing
    assert _stage(engine, "Atelier Vert") == Stage.CONSULTATION.value


def test_stopped_only_when_every_relationship_is(workspace) -> None:
    engine = workspace.engine
    going, _duplicate = _followed_then_duplicated(engine, "Atelier Rouge")
    move_stage(engine, relationship_id=going, to_stage=Stage.ARRETEE, on=date(2026, 11, 5),
               reason="Plus de besoin")
    assert _stage(engine, "Atelier Rouge") == Stage.ARRETEE.value


def test_sorting_by_stage_reads_the_same_stage(workspace) -> None:
    engine = workspace.engine
    _followed_then_duplicated(engine, "Atelier Bleu")
    stopped = add_counterparty(engine, "Atelier Noir", "EI")
    only = create_relationship(engine, counterparty_id=stopped, on=date(2026, 9, 1)).id
    move_stage(engine, relationship_id=only, to_stage=Stage.ARRETEE, on=date(2026, 9, 3),
               reason="Doublon")
    rows = search_counterparties(engine, flt=CounterpartyFilter(), today=TODAY, sort="stage")
    assert [(r.name, r.stage) for r in rows if r.stage] == [
        ("Atelier Noir", "arretee"), ("Atelier Bleu", "consultation")]


def test_a_purchase_s_buyer_is_who_follows_the_relationship_the_list_shows(workspace) -> None:
    """Sophie's relationship is in Consultation; Léo's, newer, still in Sourcing: the list shows
    Consultation, and a purchase typed on the card proposes Sophie, not the latest mover."""
    engine = workspace.engine
    sophie = add_person(engine, values=PersonInput("Sophie Girard")).id
    leo = add_person(engine, values=PersonInput("Léo Martin")).id
    cp = add_counterparty(engine, "Atelier Jaune", "EI")
    ahead = create_relationship(engine, counterparty_id=cp, on=date(2026, 9, 1), person_id=sophie)
    move_stage(engine, relationship_id=ahead.id, to_stage=Stage.CONSULTATION,
               on=date(2026, 9, 2))
    create_relationship(engine, counterparty_id=cp, on=date(2026, 11, 1), person_id=leo)

    assert _stage(engine, "Atelier Jaune") == Stage.CONSULTATION.value
    assert relationship_owner(engine, counterparty_id=cp) == sophie
