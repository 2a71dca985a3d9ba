"""``srm-inclusif stats``: the year's KPIs on each basis, per person, and objectives."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest
from sqlmodel import Session

from srm_inclusif.cli import main
from srm_inclusif.storage.tables import (
    Contract,
    Counterparty,
    Objective,
    ObjectiveSheet,
    Person,
    Relationship,
    SpendLine,
)


@pytest.fixture
def db(workspace) -> str:
    with Session(workspace.engine) as s:
        alice, bob = Person(name="Alice Martin"), Person(name="Bob")
        ei = Counterparty(name="EI Vert", kind="EI")
        ea = Counterparty(name="EA Net", kind="EA")
        classic = Counterparty(name="Classique", kind="CLASSIC")
        s.add_all([alice, bob, ei, ea, classic])
        s.flush()
        s.add_all([
            SpendLine(counterparty_id=ei.id, amount_cents=2_000_000, spend_date=date(2026, 3, 1),
                      person_id=alice.id),
            SpendLine(counterparty_id=ea.id, amount_cents=1_000_000, spend_date=date(2026, 4, 1),
                      person_id=bob.id),
            SpendLine(counterparty_id=classic.id, amount_cents=7_000_000,
                      spend_date=date(2026, 5, 1), person_id=alice.id),
            SpendLine(counterparty_id=ei.id, amount_cents=500_000, spend_date=date(2026, 6, 1),
                      basis="paid", person_id=alice.id),
            SpendLine(counterparty_id=ei.id, amount_cents=9_900_000,
                      spend_date=date(2025, 6, 1), person_id=alice.id),
        ])
        rel = Relationship(counterparty_id=ei.id, person_id=alice.id)
        s.add(rel)
        s.flush()
        s.add(Contract(relationship_id=rel.id, kind="marche_test", title="Test",
                       start_date=date(2026, 2, 1), has_clause_sociale=True,
                       clause_hours_planned=100, clause_hours_realised=80))
        sheet = ObjectiveSheet(person_id=alice.id, year=2026)
        s.add(sheet)
        s.flush()
        s.add(Objective(sheet_id=sheet.id, label="Achats inclusifs", indicator="inclusive_spend",
                        unit="€", target=Decimal(16000), weight=Decimal(100)))
        s.commit()
    return str(workspace.path)


def run_json(db, capsys, *extra):
    assert main(["--db", db, "stats", "--year", "2026", *extra, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_organisation_invoiced(db, capsys):
    doc = run_json(db, capsys)
    assert doc["achats_totaux"] == "100000.00"
    assert doc["achats_inclusifs"] == "30000.00"
    assert doc["achats_inclusifs_par_type"] == {"EA": "10000.00", "EI": "20000.00"}
    assert doc["part_inclusive_pct"] == "30.00"
    assert doc["contrats"]["test_contracts"] == 1
    assert doc["heures_insertion_realisees"] == "80"
    assert doc["taux_realisation_heures_pct"] == "80.00"


def test_paid_basis(db, capsys):
    doc = run_json(db, capsys, "--basis", "paid")
    assert doc["achats_inclusifs"] == "5000.00"
    assert doc["part_inclusive_pct"] == "100.00"


def test_one_person_with_objective_achievement(db, capsys):
    doc = run_json(db, capsys, "--person", "alice martin")
    assert doc["personne"] == "Alice Martin"
    assert doc["achats_inclusifs"] == "20000.00"
    assert doc["objectifs"] == [{"titulaire": "Alice Martin", "objectif": "Achats inclusifs",
                                 "unite": "€", "cible": "16000", "reel": "20000",
                                 "atteinte_pct": "125.00"}]


def test_text_output_in_french(db, capsys):
    assert main(["--db", db, "stats", "--year", "2026"]) == 0
    out = capsys.readouterr().out
    assert "Achats inclusifs : 30\u202f000\u00a0€ (part : 30,00\u00a0%)" in out
    assert ("Achats inclusifs : réel 20\u202f000\u00a0€, objectif 16\u202f000\u00a0€ ; "
            "atteinte 125,00\u00a0%") in out


def test_unknown_person_fails(db, capsys):
    assert main(["--db", db, "stats", "--year", "2026", "--person", "Zoé"]) == 1
    assert "Personne inconnue" in capsys.readouterr().err
