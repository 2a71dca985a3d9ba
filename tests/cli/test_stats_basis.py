"""``srm-inclusif stats`` opens on the dashboard's basis and takes French basis names."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlmodel import Session

from srm_inclusif.cli import main
from srm_inclusif.storage.services.opening_basis import opening_basis_on
from srm_inclusif.storage.tables import Counterparty, SpendLine
from tests.conftest import DEMO_TODAY


def _stats(db: str, capsys, *extra: str) -> dict:
    assert main(["--db", db, "stats", "--year", "2026", *extra, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def _paid_only(workspace) -> str:
    with Session(workspace.engine) as session:
        ei = Counterparty(name="EI Vert", kind="EI")
        session.add(ei)
        session.flush()
        session.add(SpendLine(counterparty_id=ei.id, amount_cents=500_000, basis="paid",
                              spend_date=date(2026, 6, 1)))
        session.commit()
    return str(workspace.path)


def test_the_default_basis_is_the_dashboards(workspace, capsys) -> None:
    db = _paid_only(workspace)
    assert opening_basis_on(workspace.engine, day=date(2026, 6, 1)).value == "paid"
    doc = _stats(db, capsys)
    assert (doc["base"], doc["achats_inclusifs"]) == ("paid", "5000.00")


def test_the_demo_workspace_opens_on_the_dashboards_basis(demo_workspace, capsys) -> None:
    db = str(demo_workspace.path)
    assert main(["--db", db, "stats", "--year", str(DEMO_TODAY.year), "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["base"] == opening_basis_on(demo_workspace.engine, day=DEMO_TODAY).value


def test_french_and_english_basis_names_give_the_same_figures(workspace, capsys) -> None:
    db = _paid_only(workspace)
    answers = [_stats(db, capsys, "--basis", name) for name in ("payé", "Paye", "paid")]
    assert {(doc["base"], doc["achats_inclusifs"]) for doc in answers} == {("paid", "5000.00")}
    assert _stats(db, capsys, "--basis", "facturé")["achats_inclusifs"] == "0.00"


def test_an_unknown_basis_names_the_french_choices(workspace, capsys) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["--db", str(workspace.path), "stats", "--year", "2026", "--basis", "bof"])
    assert stopped.value.code == 2
    assert "choisissez commandé, facturé ou payé" in capsys.readouterr().err


def test_the_help_says_the_french_choices_and_the_dashboards_default(capsys) -> None:
    with pytest.raises(SystemExit):
        main(["stats", "--help"])
    out = capsys.readouterr().out
    assert "--basis {commandé,facturé,payé}" in out
    assert "ordered" not in out
    assert "(défaut : facturé)" not in out
    assert "tableau de bord" in out
