"""The wizard's screens after QA: empty workbook cells shown empty, the keys where the user is,
Ctrl+E on the summary, and the files' whole names in the issues tables when there is room."""

from __future__ import annotations

from pathlib import Path

import pandas
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from srm_inclusif.ui.import_wizard import start_import_wizard
from srm_inclusif.ui.import_wizard.wizard import ImportWizard
from srm_inclusif.ui.models.import_issue_table import COL_FILE


def opened(qtbot, ctx, paths: list[Path], target: str = "suppliers") -> ImportWizard:
    wizard = start_import_wizard(ctx, None, paths, target=target)
    qtbot.addWidget(wizard)
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    return wizard


def test_empty_spreadsheet_cells_show_empty_in_the_preview(qtbot, ctx, tmp_path):
    path = tmp_path / "annuaire.ods"
    pandas.DataFrame({"Raison sociale": ["Atelier du Pic", "Régie Petit Bard"],
                      "SIRET": [None, "51234567900157"], "Code postal": ["34000", "34070"]}
                     ).to_excel(path, engine="odf", index=False)
    wizard = opened(qtbot, ctx, [path])
    wizard.next()
    table = wizard.currentPage().table

    cells = [table.item(0, column).text() for column in range(table.columnCount())
             if table.item(0, column) is not None]

    assert "None" not in cells
    assert cells[0] == "Atelier du Pic"


def test_the_first_page_focuses_the_import_type_chosen(qtbot, ctx, tmp_path):
    wizard = opened(qtbot, ctx, [], target="spend")
    page = wizard.files_page
    qtbot.waitUntil(page.spend_radio.hasFocus)

    qtbot.keyClick(page.spend_radio, Qt.Key.Key_Space)

    assert page.spend_radio.isChecked()  # Space on the choice shown keeps it


def test_ctrl_e_exports_the_lines_to_check(qtbot, ctx, tmp_path, monkeypatch):
    path = tmp_path / "annuaire.csv"
    path.write_text("Raison sociale;Code postal\nAtelier;34000\n;34000\n", encoding="utf-8")
    exported: list[str] = []
    monkeypatch.setattr("srm_inclusif.ui.import_wizard.pages.export_issues",
                        lambda _parent, _issues, name: exported.append(name))
    wizard = opened(qtbot, ctx, [path])
    for _ in range(3):
        wizard.next()
    qtbot.waitUntil(lambda: wizard.dry_summary is not None, timeout=15000)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.PAGE_SUMMARY, timeout=15000)
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)

    qtbot.keyClick(QApplication.focusWidget() or wizard, Qt.Key.Key_E,
                   Qt.KeyboardModifier.ControlModifier)

    assert len(exported) == 1


def test_a_long_file_name_is_whole_when_the_table_has_room(qtbot, ctx, tmp_path):
    path = tmp_path / "achats_virgule_non_protegee_service_achats.csv"
    path.write_text("Raison sociale;Code postal\nAtelier;34000\n;34000\n", encoding="utf-8")
    wizard = opened(qtbot, ctx, [path])
    wizard.resize(1200, 700)
    for _ in range(3):
        wizard.next()
    qtbot.waitUntil(lambda: wizard.dry_summary is not None, timeout=15000)
    table = wizard.currentPage().issues
    qtbot.waitUntil(table.isVisible)

    width = table.horizontalHeader().sectionSize(COL_FILE)

    assert width >= table.fontMetrics().horizontalAdvance(path.name)
