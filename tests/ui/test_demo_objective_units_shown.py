"""The demo's Objectifs page shows each target with its unit, in both languages.

« Nouveaux fournisseurs inclusifs testés » read « 6 » (stored without a unit); it reads
« 6 structures », as an objective made with the form does.
"""

from __future__ import annotations

import re

from PySide6.QtWidgets import QApplication

from srm_inclusif.ui.models.objectives_table import COL_LABEL, COL_TARGET
from tests.read_only_support import shown_window

COUNTING = "Nouveaux fournisseurs inclusifs testés"


def _targets(qtbot, ctx) -> list[tuple[str, str]]:  # noqa: ANN001
    """(label, target as shown) of every objective of the year's sheets."""
    page = shown_window(qtbot, ctx).show_page("objectives")
    sheets, model = page.view.sheet_list, page.view.table.model()
    targets = []
    for sheet in range(sheets.count()):
        sheets.setCurrentRow(sheet)
        QApplication.processEvents()
        targets += [(model.index(row, COL_LABEL).data(), model.index(row, COL_TARGET).data())
                    for row in range(model.rowCount())]
    return targets


def test_every_target_says_its_unit(qtbot, language, demo_ctx) -> None:  # noqa: ARG001
    targets = _targets(qtbot, demo_ctx)
    assert {label for label, _ in targets} >= {COUNTING}
    for label, text in targets:
        assert re.sub(r"[\d\s.,]", "", text), (label, text)  # not a bare « 6 »
        if label == COUNTING:
            assert re.fullmatch(r"\d+\sstructures", text), text
