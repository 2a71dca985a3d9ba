"""People and teams of the organisation: add, edit, deactivate, refusals that name the field."""

from __future__ import annotations

from datetime import date

import pytest

from srm_inclusif.core.errors import NotFoundError, RuleError, ValidationError
from srm_inclusif.storage.services import objectives as sheets
from srm_inclusif.storage.services import people as svc
from srm_inclusif.storage.services.relationships import create_relationship
from tests.support import add_imported


def test_added_person_can_own_a_sheet(workspace):
    engine = workspace.engine
    person_id = svc.add_person(engine, values=svc.PersonInput(
        "  Marie   Durand ", "Acheteuse", "Marie.Durand@Exemple.fr")).id
    [row] = svc.list_people(engine)
    assert (row.name, row.role, row.email) == ("Marie Durand", "Acheteuse",
                                               "marie.durand@exemple.fr")
    owners = sheets.list_sheet_owners(engine)
    assert [(o.person_id, o.name) for o in owners] == [(person_id, "Marie Durand")]
    sheet_id, _ = sheets.create_sheet(engine, year=2026, person_id=person_id)
    assert sheets.get_sheet(engine, sheet_id=sheet_id).owner_name == "Marie Durand"


@pytest.mark.parametrize(("values", "error", "field", "words"), [
    (svc.PersonInput("  "), ValidationError, "name", "Nom de la personne : obligatoire"),
    (svc.PersonInput("x" * 121), ValidationError, "name", "121 caractères, 120 au plus"),
    (svc.PersonInput("Léa", email="lea@"), ValidationError, "email", "lea@"),
    (svc.PersonInput("Léa", team_id=99), NotFoundError, "team", "Cette équipe n'existe plus"),
])
def test_refusals_name_the_field(workspace, values, error, field, words):
    with pytest.raises(error) as caught:
        svc.add_person(workspace.engine, values=values)
    assert caught.value.params["field"] == field
    assert words in str(caught.value)
    assert svc.list_people(workspace.engine, active_only=False) == []


def test_same_name_refused_and_an_inactive_one_pointed_at(workspace):
    engine = workspace.engine
    lea = svc.add_person(engine, values=svc.PersonInput("Léa Martin")).id
    with pytest.raises(RuleError, match="« Léa Martin » est déjà dans l'organisation"):
        svc.add_person(engine, values=svc.PersonInput("lea martin"))
    svc.set_person_active(engine, person_id=lea, active=False)
    with pytest.raises(RuleError, match="une personne désactivée s.appelle déjà « Léa Martin »"):
        svc.add_person(engine, values=svc.PersonInput("LEA MARTIN"))


def test_deactivated_person_keeps_her_sheet_but_is_no_longer_offered(workspace):
    engine = workspace.engine
    lea = svc.add_person(engine, values=svc.PersonInput("Léa")).id
    sheet_id, _ = sheets.create_sheet(engine, year=2026, person_id=lea)
    changes = svc.set_person_active(engine, person_id=lea, active=False)
    assert changes.objectives == {-sheet_id}  # the Objectifs page shows her sheet again
    assert svc.list_people(engine) == []
    assert [p.active for p in svc.list_people(engine, active_only=False)] == [False]
    assert sheets.list_sheet_owners(engine) == []
    assert [s.id for s in sheets.list_sheets(engine, year=2026)] == [sheet_id]


def test_person_with_a_sheet_and_a_relationship_is_never_deleted(workspace):
    engine = workspace.engine
    lea = svc.add_person(engine, values=svc.PersonInput("Léa")).id
    sheets.create_sheet(engine, year=2026, person_id=lea)
    create_relationship(engine, counterparty_id=add_imported(engine, "ESAT du Parc"),
                        on=date(2026, 3, 2), person_id=lea)
    with pytest.raises(RuleError) as caught:
        svc.delete_person(engine, person_id=lea)
    assert "fiches objectifs : 1 ; relations suivies : 1 ;" in str(caught.value)
    assert "Désactivez-la" in str(caught.value)
    assert [p.name for p in svc.list_people(engine)] == ["Léa"]


def test_edit_then_undo_with_the_kept_values(workspace):
    engine = workspace.engine
    team = svc.add_team(engine, name="Achats").id
    lea = svc.add_person(engine, values=svc.PersonInput("Léa", "Acheteuse")).id
    before = svc.person_values(engine, person_id=lea)
    svc.update_person(engine, person_id=lea, values=svc.PersonInput(
        "Léa Martin", "Responsable achats", "lea@exemple.fr", team))
    [row] = svc.list_people(engine)
    assert (row.name, row.role, row.team_name) == ("Léa Martin", "Responsable achats", "Achats")
    svc.update_person(engine, person_id=lea, values=before)
    assert svc.list_people(engine)[0].name == "Léa"


def test_team_with_a_sheet_is_refused_with_its_years(workspace):
    engine = workspace.engine
    team = svc.add_team(engine, name="Achats").id
    sheets.create_sheet(engine, year=2026, team_id=team)
    with pytest.raises(RuleError) as caught:
        svc.delete_team(engine, team_id=team)
    assert "ses fiches objectifs (2026) seraient supprimées" in str(caught.value)
    assert [t.name for t in svc.list_teams(engine)] == ["Achats"]


def test_deleted_team_detaches_its_members_and_comes_back_with_them(workspace):
    engine = workspace.engine
    team = svc.add_team(engine, name="Achats").id
    svc.add_person(engine, values=svc.PersonInput("Léa", team_id=team))
    assert [(t.name, t.members, t.sheets) for t in svc.list_teams(engine)] == [("Achats", 1, 0)]
    snapshot = svc.snapshot_team(engine, team_id=team)
    svc.delete_team(engine, team_id=team)
    assert svc.list_teams(engine) == []
    assert svc.list_people(engine)[0].team_name is None
    svc.restore_team(engine, snapshot=snapshot)
    assert svc.list_people(engine)[0].team_name == "Achats"


def test_team_names_are_required_and_unique(workspace):
    engine = workspace.engine
    svc.add_team(engine, name="Achats")
    with pytest.raises(RuleError, match="une équipe s'appelle déjà « Achats »"):
        svc.add_team(engine, name="ACHATS")
    with pytest.raises(ValidationError, match="Nom de l'équipe : obligatoire"):
        svc.add_team(engine, name=" ")
