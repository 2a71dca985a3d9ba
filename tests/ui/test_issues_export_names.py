"""The file of an import's remarks is named for what it holds (the flagged lines too), after the
file imported and the day, and the confirmation says how many rows of each kind it wrote."""

from __future__ import annotations

from datetime import date

import pytest

from srm_inclusif.exchange.importer import ImportSettings, import_files
from srm_inclusif.storage.services.import_records import RowIssue
from srm_inclusif.ui.issues_export import export_issues, issues_file_name
from srm_inclusif.ui.pages.imports_page import ImportsPage
from tests.support import IMPORT_FIXTURES

ISSUES = [RowIssue("a.csv", 8, "name", "", "Raison sociale manquante."),
          *(RowIssue("a.csv", line, "post_code", "ABCDE", "Code postal illisible : ignoré.",
                     "flagged") for line in (3, 4, 5, 6))]


@pytest.fixture
def said(monkeypatch, tmp_path) -> list[str]:  # noqa: ANN001
    """The name proposed by the save dialog, then the confirmation (the file: ``lignes.csv``)."""
    texts: list[str] = []
    monkeypatch.setattr("srm_inclusif.ui.file_dialogs.get_save_file_name",
                        lambda *args: texts.append(args[2]) or (str(tmp_path / "lignes.csv"), ""))
    monkeypatch.setattr("srm_inclusif.ui.issues_export.QMessageBox.information",
                        lambda _parent, _title, text: texts.append(text))
    return texts


def test_the_confirmation_counts_the_rejected_and_the_flagged_rows(qtbot, said):
    export_issues(None, ISSUES, issues_file_name(["a.csv"], date(2026, 11, 24)))

    assert said == ["lignes-a-verifier a 2026-11-24.csv",
                    "Lignes écrites dans « lignes.csv » : 5 (rejetées : 1, signalées : 4)."]


def test_a_past_import_s_file_is_named_after_its_file_and_day(qtbot, ctx, said):
    import_files(ctx.engine, [IMPORT_FIXTURES / "liste_structures_2026-03-11.csv"],
                 ImportSettings())
    page = ImportsPage(ctx)
    qtbot.addWidget(page)

    page.export_button.click()

    assert said[0] == f"lignes-a-verifier liste_structures_2026-03-11 {date.today()}.csv"
    assert "(rejetées : 1, signalées : " in said[1]
