"""A structure inclusive's workspace: every command speaks of her sales, as the UI does.

The CLI starts in a buyer's words (a new process); opening her workspace must switch them.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from srm_inclusif.cli import main
from srm_inclusif.core.vocabulary import Profile, use_profile_words
from srm_inclusif.storage.services.settings import update_settings
from tests.seller_sheet_samples import seller_workspace
from tests.support import IMPORT_FIXTURES, pdf_pages


@pytest.fixture
def db(workspace) -> str:
    """Her workspace, closed, and the process back in a buyer's words (a fresh command)."""
    seller_workspace(workspace.engine)
    workspace.close()
    use_profile_words(Profile.ACHETEUR)
    return str(workspace.path)


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_stats_name_her_sales_and_her_clients(db: str, capsys) -> None:
    code, out, err = _run(capsys, "--db", db, "stats", "--year", "2026")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert "  Ventes totales : 4\u202f800\xa0€" in lines
    assert "  Contrats avec des clients : 2 (dont marchés test : 1)" in lines
    assert "  Nouveaux clients en marché test : 1" in lines
    assert "Achats" not in out
    assert "Nouvelles structures testées" not in out


def test_exported_sheet_names_her_indicators_in_her_words(
        request, db: str, tmp_path: Path, capsys) -> None:
    pytest.importorskip("PySide6.QtWidgets", reason="the PDF is printed through Qt")
    request.getfixturevalue("qapp")
    out_dir = tmp_path / "fiches"
    code, _, err = _run(capsys, "--db", db, "export", "sheets", "--year", "2026",
                        "--as-of", "2026-12-31", "--out", str(out_dir))
    assert (code, err) == (0, "")
    workbook = load_workbook(next(out_dir.glob("*.xlsx")))
    cells = {str(c.value) for row in workbook.worksheets[0].iter_rows() for c in row}
    assert {"Ventes totales", "Contrats avec des clients", "Nouveaux clients en marché test"
            } <= cells
    assert not {"Achats totaux", "Achats inclusifs",
                "Contrats avec des structures inclusives"} & cells
    text = " ".join(pdf_pages(next(out_dir.glob("*.pdf"))))
    assert "Ventes totales" in text
    assert "Achats totaux" not in text


def test_an_import_of_her_sales_names_the_clients_it_created(workspace, capsys) -> None:
    update_settings(workspace.engine, profile=Profile.STRUCTURE_INCLUSIVE)
    workspace.close()
    code, out, _ = _run(capsys, "--db", str(workspace.path), "import", "spend",
                        str(IMPORT_FIXTURES / "achats_2025.csv"), "--date", "2025-12-31")
    assert code == 0
    assert "5 non rattachées (4 clients créés) ; total" in out
    assert "fournisseur classique" not in out
