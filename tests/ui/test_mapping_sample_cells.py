"""The mapping page's example of a column is a value the file holds, never « None »."""

from __future__ import annotations

import pandas as pd

from srm_inclusif.ui.import_wizard import start_import_wizard
from srm_inclusif.ui.import_wizard.mapping_page import COL_HEADER, COL_SAMPLE
from srm_inclusif.ui.import_wizard.wizard import ImportWizard


def test_an_empty_spreadsheet_cell_gives_way_to_the_next_value(qtbot, ctx, tmp_path):
    path = tmp_path / "annuaire.ods"  # LibreOffice: an empty cell is read as None
    pd.DataFrame({"Raison sociale": ["Atelier Bleu", "Atelier Vert"],
                  "Code postal": ["44000", "69002"], "Ville": [None, "Lyon"]}).to_excel(
        path, engine="odf", index=False)
    wizard = start_import_wizard(ctx, None, [path], target="suppliers")
    qtbot.addWidget(wizard)

    wizard.next()  # → detection
    wizard.next()  # → mapping
    assert wizard.currentId() == ImportWizard.PAGE_MAPPING
    table = wizard.currentPage().mapping_table
    samples = {table.item(row, COL_HEADER).text(): table.item(row, COL_SAMPLE).text()
               for row in range(table.rowCount())}

    assert samples["Ville"] == "Lyon"
