"""The « Exporter les fiches objectifs » dialog shows its choices whole, in French and English."""

from __future__ import annotations

import pytest

from srm_inclusif.ui.sheet_export_dialog import SheetExportDialog


@pytest.mark.usefixtures("language")
def test_both_contents_read_whole_at_the_dialog_s_opening_size(qtbot, ctx):
    dialog = SheetExportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)

    for radio in (dialog.targets_radio, dialog.actuals_radio):
        assert radio.width() >= radio.sizeHint().width(), radio.text()
