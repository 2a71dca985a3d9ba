"""The demo's objectives carry the unit the objective form gives their indicator.

« Nouveaux fournisseurs inclusifs testés » was stored without a unit: its target read « 6 »
where a sheet typed in the app reads « 6 structures ».
"""

from __future__ import annotations

from sqlmodel import Session, select

from srm_inclusif.core.count_units import COUNT_UNITS
from srm_inclusif.core.indicators import indicator
from srm_inclusif.core.objective_sheet import figure_text
from srm_inclusif.storage.tables import Objective


def _objectives(demo_workspace) -> list[Objective]:  # noqa: ANN001
    with Session(demo_workspace.engine) as session:
        return list(session.exec(select(Objective)).all())


def test_every_demo_objective_has_its_indicators_unit(demo_workspace) -> None:
    objectives = _objectives(demo_workspace)
    assert objectives
    for objective in objectives:
        assert objective.unit == indicator(objective.indicator).unit, objective.label


def test_a_counting_objective_says_what_it_counts(demo_workspace) -> None:
    counting = [o for o in _objectives(demo_workspace)
                if indicator(o.indicator).unit in COUNT_UNITS]
    assert {o.label for o in counting} == {"Nouveaux fournisseurs inclusifs testés"}
    for objective in counting:
        assert objective.unit == "structures"
        # « 6 structures », as a sheet typed in the app reads (it was « 6 »)
        assert figure_text(objective.target, objective.unit) == (
            f"{objective.target:.0f}\u00a0structures")
