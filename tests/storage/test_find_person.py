"""Finding a person or a team by the name typed on the command line."""

from __future__ import annotations

from srm_inclusif.storage.services.people import (
    PersonInput,
    add_person,
    add_team,
    find_person,
    find_team,
    set_person_active,
)


def test_a_person_is_found_whatever_the_case_and_accents(workspace) -> None:
    lea = add_person(workspace.engine, values=PersonInput(name="Léa Roux")).id
    found = find_person(workspace.engine, "LEA roux", active_only=True)
    assert found is not None
    assert (found.id, found.name) == (lea, "Léa Roux")
    assert find_person(workspace.engine, "Léa Rou", active_only=True) is None


def test_a_deactivated_person_is_found_only_when_asked(workspace) -> None:
    lea = add_person(workspace.engine, values=PersonInput(name="Léa Roux")).id
    set_person_active(workspace.engine, person_id=lea, active=False)
    assert find_person(workspace.engine, "Léa Roux", active_only=True) is None
    found = find_person(workspace.engine, "léa roux", active_only=False)
    assert found is not None
    assert found.id == lea


def test_a_team_is_found_whatever_the_case_and_accents(workspace) -> None:
    team = add_team(workspace.engine, name="Direction des achats Île-de-France").id
    found = find_team(workspace.engine, "direction des achats ile-de-france")
    assert found is not None
    assert found.id == team
    assert find_team(workspace.engine, "Direction") is None
