"""Sheets that belong to a team or to the whole organisation are named in the UI language."""

from __future__ import annotations

from sqlmodel import Session

from srm_inclusif.storage.services import objectives
from srm_inclusif.storage.tables import Team


def _team(workspace) -> int:  # noqa: ANN001
    with Session(workspace.engine) as session:
        team = Team(name="Achats")
        session.add(team)
        session.commit()
        return team.id or 0


def test_a_team_sheet_and_the_team_choice_go_through_the_catalogue(marked, workspace) -> None:
    team_id = _team(workspace)
    sheet_id, _ = objectives.create_sheet(workspace.engine, year=2026, team_id=team_id)

    shown = objectives.get_sheet(workspace.engine, sheet_id=sheet_id).owner_name
    choices = [owner.name for owner in objectives.list_sheet_owners(workspace.engine)]

    assert shown == "[Objectives] Équipe : Achats"
    assert "[Objectives] Équipe : Achats" in choices


def test_without_the_ui_the_team_sheet_keeps_its_french_name(workspace) -> None:
    sheet_id, _ = objectives.create_sheet(workspace.engine, year=2026, team_id=_team(workspace))
    assert objectives.get_sheet(workspace.engine, sheet_id=sheet_id).owner_name == "Équipe : Achats"
