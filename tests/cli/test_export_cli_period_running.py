"""``export sheets`` before the year's end: the results are provisional, refused without
``--provisoire``, and marked so when exported anyway; the targets sheet is not concerned."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from srm_inclusif.cli import main
from srm_inclusif.storage.services.settings import update_settings
from tests.objective_sheet_samples import add_sheet
from tests.support import pdf_pages

RUNNING = "la période se termine le 30/06/2027 : ces résultats sont provisoires"


@pytest.fixture
def db(workspace) -> str:
    """Camille's 2026 sheet in a workspace whose year runs from July to June: fit to sign once
    the year is over."""
    update_settings(workspace.engine, fiscal_year_start_month=7)
    add_sheet(workspace.engine, name="Camille Martin")
    return str(workspace.path)


def _export(capsys, db: str, out: Path, as_of: str, *options: str) -> tuple[int, str, str]:
    code = main(["--db", db, "export", "sheets", "--year", "2026", "--as-of", as_of,
                 "--out", str(out), *options])
    printed = capsys.readouterr()
    return code, printed.out, printed.err


def test_results_before_the_periods_end_are_refused_with_why(db, tmp_path, capsys) -> None:
    out = tmp_path / "fiches"

    code, printed, err = _export(capsys, db, out, "2026-11-23", "--format", "xlsx")

    assert (code, printed) == (1, "")
    assert err.splitlines()[:2] == ["Erreur : ces fiches ne sont pas prêtes à signer :",
                                    f"  • Camille Martin : {RUNNING}"]
    assert "ajoutez --provisoire." in err
    assert not out.exists()


def test_a_script_reads_the_refusal_in_json(db, tmp_path, capsys) -> None:
    code, printed, _err = _export(capsys, db, tmp_path, "2026-11-23", "--format", "xlsx",
                                  "--json")

    assert code == 1
    assert RUNNING in json.loads(printed)["error"]


def test_results_at_the_periods_end_are_exported_without_the_option(db, tmp_path,
                                                                    capsys) -> None:
    code, printed, err = _export(capsys, db, tmp_path, "2027-06-30", "--format", "xlsx")

    assert (code, err) == (0, "")
    assert "provisoire" not in printed
    sheet = load_workbook(next(tmp_path.glob("*.xlsx")))["Camille Martin"]
    assert sheet["A2"].value == "Résultats (fin de période)"


def test_the_targets_sheet_is_not_concerned(db, tmp_path, capsys) -> None:
    code, _printed, err = _export(capsys, db, tmp_path, "2026-11-23", "--format", "xlsx",
                                  "--mode", "targets")

    assert (code, err) == (0, "")


def test_provisoire_exports_them_marked_provisional(request, db, tmp_path, capsys) -> None:
    pytest.importorskip("PySide6.QtWidgets", reason="the PDF is printed through Qt")
    request.getfixturevalue("qapp")

    code, printed, err = _export(capsys, db, tmp_path, "2026-11-23", "--provisoire", "--json")

    assert (code, err) == (0, "")
    [person] = json.loads(printed)["people"]
    assert person["fit_to_sign"] is False
    page = " ".join(pdf_pages(Path(person["pdf"]))[0].split())
    assert "Résultats provisoires (période en cours)" in page
    assert "Résultats (fin de période)" not in page
    assert "Montant provisoire de la part variable" in page
    assert "La période se termine le 30/06/2027 : ces résultats sont provisoires." in page
    sheet = load_workbook(next(tmp_path.glob("*.xlsx")))["Camille Martin"]
    assert sheet["A2"].value == "Résultats provisoires (période en cours)"
    assert sheet["M17"].value == "Montant provisoire de la part variable (€ brut)"


def test_the_summary_says_the_amount_is_provisional_as_the_period_runs(db, tmp_path,
                                                                      capsys) -> None:
    code, printed, _err = _export(capsys, db, tmp_path, "2026-11-23", "--format", "xlsx",
                                  "--provisoire")

    assert code == 0
    [line] = [line for line in printed.splitlines() if line.startswith("  Camille Martin : ")]
    assert "provisoire, période pas terminée (empreinte " in line
    assert "à corriger" not in line  # nothing to correct: only to wait for the period's end
