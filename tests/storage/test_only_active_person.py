"""The workspace's only active person: the one rule of the forms, imports and sheets."""

from __future__ import annotations

from sqlmodel import Session

from srm_inclusif.storage.services.people import (
    PersonInput,
    add_person,
    list_people,
    only_active_person,
    set_person_active,
    sole_active,
)


def _add(workspace, name: str) -> int:
    return add_person(workspace.engine, values=PersonInput(name=name)).id


def _everywhere(workspace) -> set[int | None]:
    """The answer from an engine, a connection, a session and the list of people read."""
    engine = workspace.engine
    with engine.connect() as connection, Session(engine) as session:
        return {only_active_person(engine), only_active_person(connection),
                only_active_person(session),
                sole_active(list_people(engine, active_only=False))}


def test_nobody_then_one_person_then_two(workspace) -> None:
    assert _everywhere(workspace) == {None}
    paul = _add(workspace, "Paul Durand")
    assert _everywhere(workspace) == {paul}
    _add(workspace, "Marie Leroy")
    assert _everywhere(workspace) == {None}


def test_a_deactivated_person_does_not_count(workspace) -> None:
    paul = _add(workspace, "Paul Durand")
    marie = _add(workspace, "Marie Leroy")
    set_person_active(workspace.engine, person_id=marie, active=False)
    assert _everywhere(workspace) == {paul}
    set_person_active(workspace.engine, person_id=paul, active=False)
    assert _everywhere(workspace) == {None}
