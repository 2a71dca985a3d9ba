"""``srm-inclusif export sheets``: files written, JSON listing, person filter and errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from srm_inclusif.cli import main
from tests.objective_sheet_samples import add_sheet
from tests.support import pdf_pages


@pytest.fixture
def db(workspace) -> str:
    add_sheet(workspace.engine, name="Camille Martin")
    add_sheet(workspace.engine, name="Zoé Bernard", insertion_hours=1100, supplier="Autre EA")
    return str(workspace.path)


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_json_lists_every_file_written(request, db: str, tmp_path: Path, capsys) -> None:
    pytest.importorskip("PySide6.QtWidgets", reason="the PDF is printed through Qt")
    request.getfixturevalue("qapp")  # one QApplication for the whole test session
    out_dir = tmp_path / "fiches"
    code, out, err = _run(capsys, "--db", db, "export", "sheets", "--year", "2026",
                          "--as-of", "2026-12-31", "--out", str(out_dir), "--json")
    assert (code, err) == (0, "")
    doc = json.loads(out)
    files = [Path(name) for name in doc["files"]]
    assert sorted(path.suffix for path in files) == [".pdf", ".pdf", ".xlsx"]
    assert all(path.exists() and path.parent == out_dir for path in files)
    assert {p["name"]: p["amount_cents"] for p in doc["people"]} == {
        "Camille Martin": 495_000, "Zoé Bernard": 438_750}
    assert all(len(p["checksum"]) == 19 and Path(p["pdf"]).exists() for p in doc["people"])
    pdf = next(path for path in files if "zoe-bernard" in path.name)
    text = pdf_pages(pdf)[0]
    assert "Zoé Bernard" in text


def test_one_person_in_xlsx_targets_mode(db: str, tmp_path: Path, capsys) -> None:
    code, out, _ = _run(capsys, "--db", db, "export", "sheets", "--year", "2026",
                        "--person", "zoe BERNARD", "--mode", "targets", "--format", "xlsx",
                        "--out", str(tmp_path))
    assert code == 0
    written = list(tmp_path.glob("*.xlsx"))
    assert [path.name for path in written] == ["fiche-objectifs-2026-objectifs-zoe-bernard.xlsx"]
    assert written[0].name in out
    book = load_workbook(written[0])
    assert book.sheetnames == ["Zoé Bernard", "Données"]
    assert book["Zoé Bernard"]["M12"].value is None


def test_unknown_person_is_an_error(db: str, tmp_path: Path, capsys) -> None:
    code, out, err = _run(capsys, "--db", db, "export", "sheets", "--year", "2026",
                          "--person", "Paul Petit", "--out", str(tmp_path / "x"), "--json")
    assert code == 1
    assert "Paul Petit" in json.loads(out)["error"]  # scripts read why on the output
    assert "Paul Petit" in err
    assert not (tmp_path / "x").exists()


def test_year_without_sheets_is_an_error(db: str, tmp_path: Path, capsys) -> None:
    code, _, err = _run(capsys, "--db", db, "export", "sheets", "--year", "2031",
                        "--out", str(tmp_path))
    assert code == 1
    assert "2031" in err


def test_missing_out_is_a_usage_error(db: str, capsys) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--db", db, "export", "sheets", "--year", "2026"])
    assert exit_info.value.code == 2


def test_bad_data_date_is_a_usage_error(db: str, tmp_path: Path, capsys) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--db", db, "export", "sheets", "--year", "2026", "--as-of", "2026/11/22",
              "--out", str(tmp_path)])
    assert exit_info.value.code == 2
    assert "(attendu : JJ/MM/AAAA, ex. 31/12/2025, ou AAAA-MM-JJ)" in capsys.readouterr().err


def test_text_summary_in_french(db: str, tmp_path: Path, capsys) -> None:
    code, out, _ = _run(capsys, "--db", db, "export", "sheets", "--year", "2026",
                        "--as-of", "2026-12-31", "--format", "xlsx", "--out", str(tmp_path))
    assert code == 0
    assert "1 fichier écrit dans" in out
    assert "Zoé Bernard : 4\u202f387,50\u00a0€" in out
