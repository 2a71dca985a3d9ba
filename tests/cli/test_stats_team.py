"""``srm-inclusif stats --person`` takes a team's name (or ``--team``): the figures of its sheet.

A purchasing manager's `stats --person "Achats routes et bâtiments"` failed with « Personne
inconnue »: a team had figures on its objective sheet only.
"""

from __future__ import annotations

import json
from datetime import date

import pytest

from srm_inclusif.cli import main
from srm_inclusif.core.objective_sheet import SheetMode
from srm_inclusif.storage.services.opening_basis import opening_basis
from srm_inclusif.storage.services.people import list_teams
from srm_inclusif.storage.services.sheets import build_sheet
from tests.team_support import TEAM, TEAM_PAID_INCLUSIVE, add_team


@pytest.fixture
def team_sheet(workspace) -> int:  # noqa: ANN001
    return add_team(workspace.engine)


def _stats(workspace, capsys, *who: str) -> dict:  # noqa: ANN001
    assert main(["--db", str(workspace.path), "stats", "--year", "2026", *who, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


@pytest.mark.parametrize("who", [("--person", TEAM), ("--team", "achats routes et batiments")])
def test_a_team_gets_the_figures_of_its_sheet(workspace, capsys, team_sheet, who) -> None:  # noqa: ANN001
    doc = _stats(workspace, capsys, *who)
    assert (doc["equipe"], doc["personne"]) == (TEAM, None)
    assert doc["base"] == "paid"  # its own objective's basis, not Alice's « Facturé »
    assert doc["achats_inclusifs"] == TEAM_PAID_INCLUSIVE
    assert doc["achats_totaux"] == "21000.00"  # with Zoé's classic purchase, without Alice's
    sheet = build_sheet(workspace.engine, sheet_id=team_sheet, mode=SheetMode.ACTUALS,
                        as_of=date(2026, 12, 31))
    assert f"{sheet.rows[0].actual:.2f}" == doc["achats_inclusifs"]
    assert [o["objectif"] for o in doc["objectifs"]] == ["Achats inclusifs de l'équipe"]
    assert doc["objectifs"][0]["reel"] == "11000"


def test_the_text_names_the_team(workspace, capsys, team_sheet) -> None:  # noqa: ANN001
    assert main(["--db", str(workspace.path), "stats", "--year", "2026", "--person", TEAM]) == 0
    out = capsys.readouterr().out
    assert f"Indicateurs 2026 — équipe {TEAM} (montants HT, base : payé)" in out
    assert "Achats inclusifs : 11\u202f000\u00a0€" in out


def test_an_unknown_team_is_refused(workspace, capsys, team_sheet) -> None:  # noqa: ANN001
    assert main(["--db", str(workspace.path), "stats", "--team", "Voirie"]) == 1
    assert "Équipe inconnue : « Voirie »" in capsys.readouterr().err


def test_the_team_opens_on_its_objectives_basis(workspace, team_sheet) -> None:  # noqa: ANN001
    engine = workspace.engine
    team_id = next(t.id for t in list_teams(engine) if t.name == TEAM)
    assert opening_basis(engine, year=2026, team_id=team_id).value == "paid"
    assert opening_basis(engine, year=2026).value == "invoiced"  # Alice's sheet, as before
