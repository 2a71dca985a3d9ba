"""The progress of an import counts the file's lines as a spreadsheet numbers them."""

from __future__ import annotations

import pytest

from srm_inclusif.exchange.importer import ImportSettings, import_files
from srm_inclusif.exchange.sniff import sniff_file


@pytest.mark.parametrize("ending", ["\n", "\r\n", ""])
def test_a_header_and_three_rows_are_four_lines(tmp_path, ending):
    path = tmp_path / "annuaire.csv"
    rows = ["Raison sociale;Code postal", "Un;75011", "Deux;69002", "Trois;13008"]
    path.write_text(ending.join(rows) + ending if ending else "\n".join(rows), encoding="utf-8",
                    newline="")

    assert sniff_file(path).line_count == 4


def test_the_last_progress_report_is_the_last_line(workspace, tmp_path):
    path = tmp_path / "annuaire.csv"
    path.write_text("Raison sociale;Code postal\n" + "".join(
        f"Structure {i};75011\n" for i in range(500)), encoding="utf-8")
    reports: list[tuple[int, int]] = []

    import_files(workspace.engine, [path], ImportSettings(),
                 progress=lambda done, total: reports.append((done, total)))

    assert reports[-1] == (500, 500)  # the 500 rows (not the header), no line past the end
