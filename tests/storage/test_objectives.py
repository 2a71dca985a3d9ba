"""Objective sheets: CRUD with undo pairs, the 100 % weights rule, copying last year."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlmodel import Session

from srm_inclusif.core.errors import RuleError, ValidationError
from srm_inclusif.storage.services import objectives as svc
from srm_inclusif.storage.tables import Objective, Person, Team


@pytest.fixture
def people(workspace) -> dict[str, int]:
    with Session(workspace.engine) as s:
        team = Team(name="Achats")
        s.add(team)
        s.flush()
        alice = Person(name="Alice", team_id=team.id)
        s.add(alice)
        s.commit()
        return {"alice": alice.id, "team": team.id}


def objective(label="Achats inclusifs", weight=50, target=200000, **kw) -> svc.ObjectiveInput:
    return svc.ObjectiveInput(label=label, indicator=kw.pop("indicator", "inclusive_spend"),
                              target=Decimal(target), weight=Decimal(weight), **kw)


def test_sheet_with_objectives_listed_in_order(workspace, people):
    engine = workspace.engine
    sheet_id, _ = svc.create_sheet(engine, year=2026, person_id=people["alice"],
                                   target_variable_cents=500_000)
    svc.add_objective(engine, sheet_id=sheet_id, values=objective())
    svc.add_objective(engine, sheet_id=sheet_id, values=objective(
        "Qualité", 50, 4, indicator="quality_score"))
    listed = svc.sheet_objectives(engine, sheet_id=sheet_id)
    assert [o.values.label for o in listed] == ["Achats inclusifs", "Qualité"]
    assert listed[1].values.unit == "/ 5"  # taken from the indicator catalogue
    sheet = svc.list_sheets(engine, year=2026)[0]
    assert (sheet.owner_name, sheet.target_variable_cents) == ("Alice", 500_000)
    assert svc.list_objectives(engine, year=2026)[0].person_name == "Alice"


def test_team_sheet_is_named_after_the_team(workspace, people):
    sheet_id, _ = svc.create_sheet(workspace.engine, year=2026, team_id=people["team"])
    assert svc.get_sheet(workspace.engine, sheet_id=sheet_id).owner_name == "Équipe : Achats"


def test_one_sheet_per_owner_and_year(workspace, people):
    svc.create_sheet(workspace.engine, year=2026, person_id=people["alice"])
    with pytest.raises(RuleError):
        svc.create_sheet(workspace.engine, year=2026, person_id=people["alice"])


def test_owners_know_the_years_they_have_a_sheet_for(workspace, people):
    svc.create_sheet(workspace.engine, year=2025, person_id=people["alice"])
    svc.create_sheet(workspace.engine, year=2026, person_id=people["alice"])
    svc.create_sheet(workspace.engine, year=2026, team_id=people["team"])
    alice, team = svc.list_sheet_owners(workspace.engine)
    assert (alice.name, alice.sheet_years) == ("Alice", {2025, 2026})
    assert (team.name, team.sheet_years) == ("Équipe : Achats", {2026})
    assert team.has_sheet(2026)
    assert not team.has_sheet(2025)


def test_weights_must_total_one_hundred_with_a_clear_message(workspace, people):
    engine = workspace.engine
    sheet_id, _ = svc.create_sheet(engine, year=2026, person_id=people["alice"])
    svc.add_objective(engine, sheet_id=sheet_id, values=objective(weight=40))
    svc.add_objective(engine, sheet_id=sheet_id, values=objective("B", weight="32.5"))
    with pytest.raises(ValidationError) as error:
        svc.check_weights(engine, sheet_id=sheet_id)
    assert "72,5 %" in str(error.value)
    assert "il manque 27,5 %" in str(error.value)
    svc.add_objective(engine, sheet_id=sheet_id, values=objective("C", weight="27.5"))
    svc.check_weights(engine, sheet_id=sheet_id)  # 100 %: accepted
    too_much = svc.weights_error(Decimal(110))
    assert too_much is not None
    assert "il y a 10 % de trop" in too_much.message
    assert svc.weights_error(Decimal(100)) is None


def test_invalid_objective_is_refused(workspace, people):
    sheet_id, _ = svc.create_sheet(workspace.engine, year=2026, person_id=people["alice"])
    with pytest.raises(ValidationError):
        svc.add_objective(workspace.engine, sheet_id=sheet_id, values=objective(weight=120))
    with pytest.raises(ValidationError):
        svc.add_objective(workspace.engine, sheet_id=sheet_id, values=objective(
            threshold_trigger=Decimal(110)))


def test_update_then_undo_with_the_old_values(workspace, people):
    engine = workspace.engine
    sheet_id, _ = svc.create_sheet(engine, year=2026, person_id=people["alice"])
    oid, _ = svc.add_objective(engine, sheet_id=sheet_id, values=objective())
    before = svc.get_objective(engine, objective_id=oid).values
    svc.update_objective(engine, objective_id=oid, values=objective(target=250000))
    assert svc.get_objective(engine, objective_id=oid).values.target == 250000
    svc.update_objective(engine, objective_id=oid, values=before)
    assert svc.get_objective(engine, objective_id=oid).values == before


def test_delete_objective_and_sheet_then_restore(workspace, people):
    engine = workspace.engine
    sheet_id, _ = svc.create_sheet(engine, year=2026, person_id=people["alice"])
    first, _ = svc.add_objective(engine, sheet_id=sheet_id, values=objective())
    svc.add_objective(engine, sheet_id=sheet_id, values=objective("B"))
    gone = svc.get_objective(engine, objective_id=first)
    svc.delete_objective(engine, objective_id=first)
    svc.add_objective(engine, sheet_id=sheet_id, values=gone.values, objective_id=gone.id,
                      position=gone.position)
    assert [o.id for o in svc.sheet_objectives(engine, sheet_id=sheet_id)][0] == first
    snapshot = svc.snapshot_sheet(engine, sheet_id=sheet_id)
    svc.delete_sheet(engine, sheet_id=sheet_id)
    assert svc.list_sheets(engine) == []
    svc.restore_sheet(engine, snapshot=snapshot)
    assert svc.snapshot_sheet(engine, sheet_id=sheet_id) == snapshot


def test_copy_last_year_into_an_empty_sheet(workspace, people):
    engine = workspace.engine
    old_sheet, _ = svc.create_sheet(engine, year=2025, person_id=people["alice"])
    old_id, _ = svc.add_objective(engine, sheet_id=old_sheet, values=objective(
        weight=100, baseline=Decimal(1000)))
    svc.add_objective(engine, sheet_id=old_sheet, values=objective(
        "Économies", 0, 500000, indicator="savings", manual_actual=Decimal(450000)))
    new_sheet, _ = svc.create_sheet(engine, year=2026, person_id=people["alice"])
    created, changes = svc.copy_previous_year(engine, sheet_id=new_sheet,
                                              baselines={old_id: Decimal(180000)})
    copied = svc.sheet_objectives(engine, sheet_id=new_sheet)
    assert [o.id for o in copied] == created
    assert [o.values.label for o in copied] == ["Achats inclusifs", "Économies"]
    assert copied[0].values.baseline == Decimal(180000)
    assert copied[1].values.manual_actual is None
    assert changes.touches("objectives")
    with pytest.raises(RuleError):
        svc.copy_previous_year(engine, sheet_id=new_sheet)


def test_copy_without_a_previous_sheet_says_so(workspace, people):
    sheet_id, _ = svc.create_sheet(workspace.engine, year=2026, person_id=people["alice"])
    with pytest.raises(RuleError, match="Aucune fiche 2025 pour Alice"):
        svc.copy_previous_year(workspace.engine, sheet_id=sheet_id)


def test_a_copy_refused_by_one_target_copies_nothing(workspace, people):
    """Last year's sheet holds a target saved before the bounds: the copy adds no objective."""
    engine = workspace.engine
    old_sheet, _ = svc.create_sheet(engine, year=2025, person_id=people["alice"])
    svc.add_objective(engine, sheet_id=old_sheet, values=objective())
    hours, _ = svc.add_objective(engine, sheet_id=old_sheet, values=objective(
        "Heures", 50, 1000, indicator="insertion_hours", unit="h"))
    with Session(engine) as session:  # as an older version let it be saved
        session.get(Objective, hours).target = Decimal(10**12)
        session.commit()
    new_sheet, _ = svc.create_sheet(engine, year=2026, person_id=people["alice"])

    with pytest.raises(ValidationError):
        svc.copy_previous_year(engine, sheet_id=new_sheet)

    assert svc.sheet_objectives(engine, sheet_id=new_sheet) == []
