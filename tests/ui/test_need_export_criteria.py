"""The shortlist XLSX says what was searched: the sectors and department chosen in the form."""

from __future__ import annotations

from datetime import date

from openpyxl import load_workbook

from srm_inclusif.storage.services.counterparty_edit import create_counterparty
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.sourcing.need_dialog import NeedDialog

LOCAUX = "nettoyage-de-locaux-16"


def test_the_exported_list_names_the_sectors_and_department_searched(
        qtbot, workspace, tmp_path, monkeypatch) -> None:
    create_counterparty(workspace.engine, values={"name": "Propreté Lyon", "kind": "EI",
                                                  "post_code": "69003", "sectors": [LOCAUX]})
    dialog = NeedDialog(WorkspaceContext(workspace, today=lambda: date(2026, 11, 22)))
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("Nettoyage bureaux Lyon")
    dialog.sectors.set_selected([LOCAUX])
    dialog.department_combo.setCurrentIndex(dialog.department_combo.findData("69"))
    dialog.rank_button.click()
    target = tmp_path / "liste.xlsx"
    monkeypatch.setattr("srm_inclusif.ui.file_dialogs.get_save_file_name",
                        lambda *a, **k: (str(target), ""))
    dialog.export_button.click()
    sheet = load_workbook(target).active
    header = {sheet.cell(row, 1).value: sheet.cell(row, 2).value for row in range(2, 8)}
    assert header["Secteurs recherchés"] == "Nettoyage de locaux"
    assert header["Département"].startswith("69 – ")
