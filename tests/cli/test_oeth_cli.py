"""``srm-inclusif oeth`` reproduces DOMAIN.md section 5 from the purchases of a workspace."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlmodel import Session

from srm_inclusif.cli import main
from tests.support import add_purchase


@pytest.fixture
def db(workspace) -> str:
    with Session(workspace.engine) as s:
        add_purchase(s, "ESAT Les Ateliers", "ESAT", [(date(2025, 3, 1), 4_000_000)],
                     labour_cents=3_600_000)
        add_purchase(s, "Graphiste TIH", "TIH", [(date(2025, 6, 1), 1_200_000)],
                     labour_cents=1_200_000)
        add_purchase(s, "EA Propreté", "EA", [(date(2025, 2, 1), 2_000_000),
                                              (date(2025, 9, 1), 3_000_000)],
                     labour_cents=2_000_000)
        add_purchase(s, "EA hors période", "EA", [(date(2024, 12, 31), 9_000_000)],
                     labour_cents=9_000_000)
        add_purchase(s, "EA facturé non payé", "EA", [(date(2025, 5, 1), 9_000_000)],
                     labour_cents=9_000_000, basis="invoiced")
        add_purchase(s, "Imprimerie classique", "CLASSIC", [(date(2025, 5, 1), 9_000_000)])
        s.commit()
    return str(workspace.path)


def test_worked_example_in_json(db, capsys):
    code = main(["--db", db, "oeth", "--year", "2025", "--headcount", "180", "--boeth", "3.5",
                 "--json"])
    assert code == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["smic_horaire"] == "11.88"
    assert doc["beneficiaires_requis"] == 10
    assert doc["contribution_brute"] == "30888.00"
    assert doc["deduction_avant_plafond"] == "20400.00"
    assert doc["plafond"] == "15444.00"
    assert doc["contribution_nette"] == "15444.00"
    assert {a["fournisseur"]: a["cout_main_oeuvre"] for a in doc["achats"]} == {
        "ESAT Les Ateliers": "36000.00", "Graphiste TIH": "12000.00", "EA Propreté": "20000.00"}


def test_worked_example_with_six_boeth_in_text(db, capsys):
    code = main(["--db", db, "oeth", "--year", "2025", "--headcount", "180", "--boeth", "6"])
    out = capsys.readouterr().out
    assert code == 0
    assert "Contribution brute : 19\u202f008,00\u00a0€" in out
    assert "Plafond (75\u00a0%) : 14\u202f256,00\u00a0€" in out
    assert "Contribution nette : 4\u202f752,00\u00a0€" in out


def test_without_purchases_all_the_cap_is_headroom(workspace, capsys):
    code = main(["--db", str(workspace.path), "oeth", "--year", "2025", "--headcount", "180",
                 "--boeth", "3.5", "--json"])
    doc = json.loads(capsys.readouterr().out)
    assert code == 0
    assert doc["marge_restante"] == "15444.00"
    assert doc["main_oeuvre_a_acheter"] == "51480.00"


def test_year_without_smic_fails_with_a_message(workspace, capsys):
    code = main(["--db", str(workspace.path), "oeth", "--year", "2010", "--headcount", "180",
                 "--boeth", "1"])
    assert code == 1
    assert "« SMIC horaire brut »" in capsys.readouterr().err  # its label, not « smic_horaire »


def test_the_text_writes_figures_in_french(db, capsys):
    code = main(["--db", db, "oeth", "--year", "2025", "--headcount", "250", "--boeth", "5.5"])
    lines = capsys.readouterr().out.splitlines()
    assert code == 0
    assert lines[1] == "  Effectif : 250 ; BOETH : 5,5 ; requis : 15"
    assert lines[2] == "  Taux d'emploi direct : 2,20\u00a0%"
    assert lines[3] == "  Unités manquantes : 9,5 × 500 × SMIC 11,88\u00a0€"
