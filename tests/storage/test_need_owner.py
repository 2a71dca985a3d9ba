"""A need records who follows it, and the next need offers that person first."""

from __future__ import annotations

from sqlmodel import Session

from srm_inclusif.storage.services.need_owners import last_need_owner
from srm_inclusif.storage.services.needs import create_need
from srm_inclusif.storage.services.people import PersonInput, add_person, set_person_active
from srm_inclusif.storage.tables import Need


def test_a_need_keeps_its_owner(workspace) -> None:
    alice = add_person(workspace.engine, values=PersonInput(name="Alice Martin")).id
    need = create_need(workspace.engine, title="Nettoyage", sectors=[], owner_id=alice).id
    with Session(workspace.engine) as session:
        assert session.get(Need, need).owner_id == alice


def test_the_last_owner_chosen_is_offered_first(workspace) -> None:
    engine = workspace.engine
    alice = add_person(engine, values=PersonInput(name="Alice Martin")).id
    bruno = add_person(engine, values=PersonInput(name="Bruno Petit")).id
    assert last_need_owner(engine) is None
    create_need(engine, title="Nettoyage", sectors=[], owner_id=bruno)
    create_need(engine, title="Traiteur", sectors=[], owner_id=alice)
    create_need(engine, title="Espaces verts", sectors=[])  # nobody: not a choice to remember
    assert last_need_owner(engine) == alice
    set_person_active(engine, person_id=alice, active=False)
    assert last_need_owner(engine) == bruno
