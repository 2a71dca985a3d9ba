"""The mapping page's preview of SIRENE establishments shows the names the import takes from
the legal units listed beside them, not rows that look nameless (and so rejected)."""

from __future__ import annotations

from srm_inclusif.ui.import_wizard import start_import_wizard
from srm_inclusif.ui.import_wizard.wizard import ImportWizard
from tests.support import IMPORT_FIXTURES


def test_the_preview_names_the_establishments_from_the_legal_units(qtbot, ctx):
    wizard = start_import_wizard(ctx, None, [IMPORT_FIXTURES / "sirene_extrait.zip"])
    qtbot.addWidget(wizard)
    wizard.next()
    wizard.next()
    assert wizard.currentId() == ImportWizard.PAGE_MAPPING
    page = wizard.currentPage()
    page.file_combo.setCurrentIndex(next(
        i for i in range(page.file_combo.count())
        if "StockEtablissement" in page.file_combo.itemText(i)))

    table = page.preview_table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    names = [table.item(r, headers.index("Raison sociale")).text()
             for r in range(table.rowCount())]
    assert "Envie Rhone" in names
