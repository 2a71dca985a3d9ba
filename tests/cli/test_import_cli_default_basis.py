"""``import spend`` without ``--basis`` records the amounts on the wizard's basis, and says it.

The CLI recorded them « facturé » whatever the workspace, while the wizard starts from the basis
the dashboard opens on: one file imported in each gave every line twice, on two bases.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from srm_inclusif.cli import main
from srm_inclusif.core import clock
from tests.support import IMPORT_FIXTURES

SPEND = str(IMPORT_FIXTURES / "achats_2025.csv")
ERP = str(IMPORT_FIXTURES / "depenses_erp_2025.csv")


@pytest.fixture(autouse=True)
def _end_of_2025(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "system_today", lambda: date(2025, 12, 31))


def _stats(capsys: pytest.CaptureFixture[str], db: Path, basis: str) -> float:
    assert main(["--db", str(db), "stats", "--year", "2025", "--basis", basis, "--json"]) == 0
    return float(json.loads(capsys.readouterr().out)["achats_totaux"])


def test_without_basis_the_lines_go_on_the_basis_the_dashboard_opens_on(capsys, tmp_path):
    db = tmp_path / "e.sqlite3"
    assert main(["--db", str(db), "import", "spend", SPEND, "--basis", "payé",
                 "--date", "30/06/2025"]) == 0
    assert "Base des montants : payé." in capsys.readouterr().out.splitlines()

    assert main(["--db", str(db), "import", "spend", ERP]) == 0

    out = capsys.readouterr().out
    assert ("Base des montants : payé (celle du tableau de bord, comme dans l'assistant "
            "d'import ; --basis pour en choisir une autre).") in out.splitlines()
    assert _stats(capsys, db, "facturé") == 0
    assert _stats(capsys, db, "payé") > 0


def test_a_new_workspace_records_invoiced_amounts_and_json_gives_the_code(capsys, tmp_path):
    db = tmp_path / "e.sqlite3"
    assert main(["--db", str(db), "import", "spend", SPEND, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["basis"] == "invoiced"
