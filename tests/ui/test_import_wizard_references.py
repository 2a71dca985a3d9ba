"""The import wizard maps the Marché's « Référence client » columns and previews the names."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QComboBox

from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.import_wizard import start_import_wizard
from srm_inclusif.ui.import_wizard.wizard import ImportWizard
from tests.support import IMPORT_FIXTURES


@pytest.fixture
def mapping_page(qtbot, workspace):
    ctx = WorkspaceContext(workspace, today=lambda: date(2026, 11, 22))
    wizard = start_import_wizard(ctx, None, [IMPORT_FIXTURES / "liste_structures_2026-03-11.csv"])
    qtbot.addWidget(wizard)
    wizard.next()  # → detection
    wizard.next()  # → mapping
    assert wizard.currentId() == ImportWizard.PAGE_MAPPING
    return wizard.currentPage()


def field_shown(page, header: str) -> str:
    table = page.mapping_table
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == header)
    combo = table.cellWidget(row, 1)
    assert isinstance(combo, QComboBox)
    return combo.currentText()


def preview_column(page, title: str) -> list[str]:
    table = page.preview_table
    column = next(c for c in range(table.columnCount())
                  if table.horizontalHeaderItem(c).text() == title)
    return [table.item(r, column).text() for r in range(table.rowCount())]


def test_the_three_reference_columns_fill_the_client_references(mapping_page):
    for header in ("Référence client 1", "Référence client 2", "Référence client 3"):
        assert field_shown(mapping_page, header) == "Références clients"

    assert preview_column(mapping_page, "Références clients")[:3] == [
        "Mairie de Bourg; SNCF Voyageurs", "", "AP-HM, hôpital de la Timone; Région Sud"]


def test_ignoring_one_reference_column_keeps_the_others(mapping_page):
    table = mapping_page.mapping_table
    row = next(r for r in range(table.rowCount())
               if table.item(r, 0).text() == "Référence client 2")
    table.cellWidget(row, 1).setCurrentIndex(0)  # « — ignorée — »

    assert field_shown(mapping_page, "Référence client 1") == "Références clients"
    assert field_shown(mapping_page, "Référence client 3") == "Références clients"
    assert preview_column(mapping_page, "Références clients")[0] == "Mairie de Bourg"


def test_mapping_a_second_column_to_the_references_keeps_the_first(mapping_page):
    table = mapping_page.mapping_table
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "Enseigne")
    combo = table.cellWidget(row, 1)
    combo.setCurrentIndex(combo.findData("client_references"))

    assert field_shown(mapping_page, "Référence client 1") == "Références clients"
    assert preview_column(mapping_page, "Références clients")[0] == (
        "Lac Services; Mairie de Bourg; SNCF Voyageurs")


def test_a_column_mapped_again_keeps_its_place_in_the_list(mapping_page):
    table = mapping_page.mapping_table
    row = next(r for r in range(table.rowCount())
               if table.item(r, 0).text() == "Référence client 1")
    combo = table.cellWidget(row, 1)
    combo.setCurrentIndex(0)
    combo.setCurrentIndex(combo.findData("client_references"))

    assert preview_column(mapping_page, "Références clients")[0] == (
        "Mairie de Bourg; SNCF Voyageurs")
