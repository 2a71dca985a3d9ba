"""The target bound follows the catalogue indicator's unit, whoever saves the objective; a target
saved before the bounds existed stays as it was while its other fields are edited."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest
from sqlmodel import Session

from srm_inclusif.core.errors import ValidationError
from srm_inclusif.storage.services import objectives as svc
from srm_inclusif.storage.tables import Objective
from tests.objective_sheet_samples import add_empty_sheet

RATE = svc.ObjectiveInput(label="Renouvellements", indicator="renewal_rate",
                          target=Decimal(80), weight=Decimal(100), unit="%")


@pytest.fixture
def sheet_id(workspace) -> int:  # noqa: ANN001
    return add_empty_sheet(workspace.engine)


@pytest.fixture
def old_id(workspace, sheet_id: int) -> int:
    """A 150 % renewal target saved before the bounds (written as the older version did)."""
    with Session(workspace.engine) as session:
        row = Objective(sheet_id=sheet_id, label="Renouvellements", indicator="renewal_rate",
                        unit="%", target=Decimal(150), weight=Decimal(100))
        session.add(row)
        session.commit()
        return row.id or 0


@pytest.mark.parametrize("typed", ["pourcent", ""])
def test_editing_a_catalogue_unit_does_not_lift_its_bound(workspace, sheet_id: int,
                                                          typed: str) -> None:
    over = dataclasses.replace(RATE, target=Decimal(150), unit=typed)
    with pytest.raises(ValidationError, match="ne peut pas dépasser 100 %"):
        svc.add_objective(workspace.engine, sheet_id=sheet_id, values=over)
    assert svc.sheet_objectives(workspace.engine, sheet_id=sheet_id) == []


def test_an_old_target_beyond_the_bound_stays_while_its_weight_changes(
        workspace, old_id: int) -> None:
    old = svc.get_objective(workspace.engine, objective_id=old_id).values
    svc.update_objective(workspace.engine, objective_id=old_id,
                         values=dataclasses.replace(old, weight=Decimal(60), label="Renouv."))
    kept = svc.get_objective(workspace.engine, objective_id=old_id).values
    assert (kept.target, kept.weight, kept.label) == (Decimal(150), Decimal(60), "Renouv.")


def test_an_old_target_changed_must_fit_the_bound(workspace, old_id: int) -> None:
    old = svc.get_objective(workspace.engine, objective_id=old_id).values
    with pytest.raises(ValidationError, match="ne peut pas dépasser 100 %"):
        svc.update_objective(workspace.engine, objective_id=old_id,
                             values=dataclasses.replace(old, target=Decimal(140)))
    svc.update_objective(workspace.engine, objective_id=old_id,
                         values=dataclasses.replace(old, target=Decimal(90)))
    assert svc.get_objective(workspace.engine, objective_id=old_id).values.target == 90


def test_an_old_target_moved_to_a_tighter_indicator_must_fit_it(workspace, old_id: int) -> None:
    old = svc.get_objective(workspace.engine, objective_id=old_id).values
    score = dataclasses.replace(old, indicator="quality_score", unit="/ 5", target=Decimal(150))
    with pytest.raises(ValidationError, match="ne peut pas dépasser 5 / 5"):
        svc.update_objective(workspace.engine, objective_id=old_id, values=score)


def test_a_deleted_old_objective_comes_back_as_it_was(workspace, old_id: int) -> None:
    view = svc.get_objective(workspace.engine, objective_id=old_id)
    svc.delete_objective(workspace.engine, objective_id=old_id)
    svc.add_objective(workspace.engine, sheet_id=view.sheet_id, values=view.values,
                      objective_id=view.id, position=view.position)  # « Annuler »
    assert svc.get_objective(workspace.engine, objective_id=old_id) == view
