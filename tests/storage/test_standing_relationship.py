"""One relationship stands for a counterparty: « déjà suivie par » and the purchase form agree."""

from __future__ import annotations

from datetime import date

from srm_inclusif.core.vocabulary import Stage
from srm_inclusif.storage.services.followings import followings_of, open_followings
from srm_inclusif.storage.services.people import PersonInput, add_person
from srm_inclusif.storage.services.relationships import (
    create_relationship,
    list_relationships,
    move_stage,
)
from srm_inclusif.storage.services.spend_entry import relationship_owner
from tests.lifecycle_support import add_counterparty

DAY = date(2026, 11, 2)


def _two_followers_same_day(engine) -> tuple[int, int, int]:
    cp = add_counterparty(engine, "Net Services", "EI")
    sophie = add_person(engine, values=PersonInput("Sophie Girard")).id
    marc = add_person(engine, values=PersonInput("Marc Petit")).id
    create_relationship(engine, counterparty_id=cp, on=DAY, person_id=sophie)
    create_relationship(engine, counterparty_id=cp, on=DAY, person_id=marc)
    return cp, sophie, marc


def test_same_day_same_stage_the_question_and_the_purchase_form_name_one_person(
        workspace) -> None:
    cp, _sophie, marc = _two_followers_same_day(workspace.engine)
    [following] = followings_of(workspace.engine, counterparty_ids=[cp])
    assert following.person_id == relationship_owner(workspace.engine, counterparty_id=cp)
    assert following.person_name == "Marc Petit"
    assert following.person_id == marc


def test_the_standing_one_does_not_depend_on_the_rows_order(workspace) -> None:
    cp, _sophie, marc = _two_followers_same_day(workspace.engine)
    rows = list_relationships(workspace.engine)
    assert open_followings(rows)[cp].person_id == marc
    assert open_followings(reversed(rows))[cp].person_id == marc


def test_a_more_advanced_one_stands_though_created_first(workspace) -> None:
    engine = workspace.engine
    cp, sophie, _marc = _two_followers_same_day(engine)
    first = min(r.id for r in list_relationships(engine) if r.counterparty_id == cp)
    move_stage(engine, relationship_id=first, to_stage=Stage.CONSULTATION, on=DAY)
    [following] = followings_of(engine, counterparty_ids=[cp])
    assert following.person_id == sophie == relationship_owner(engine, counterparty_id=cp)
    assert following.stage is Stage.CONSULTATION
