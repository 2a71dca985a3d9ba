"""« Besoin et présélection » on a 1024 × 600 screen: « Raisons » gets the room (it was 70 px,
cut mid-word, rows 230 px high), every column stays in sight, rows show at most three lines."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QMessageBox

from srm_inclusif.storage.services.counterparty_edit import create_counterparty
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.sizing import FRAME_MARGIN
from srm_inclusif.ui.sourcing.need_dialog import NeedDialog
from srm_inclusif.ui.sourcing.shortlist_fit import REASONS_LEAST_CHARS
from srm_inclusif.ui.sourcing.shortlist_table import COL_REASONS, COL_STRUCTURE
from srm_inclusif.ui.table_view import columns_outside

SMALL_SCREEN = (1024 - FRAME_MARGIN // 2, 600 - FRAME_MARGIN)
LOCAUX = "nettoyage-de-locaux-16"


def _ranked(qtbot, workspace, monkeypatch) -> NeedDialog:  # noqa: ANN001
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_args: QMessageBox.StandardButton.Discard)
    for number in range(12):
        create_counterparty(workspace.engine, values={
            "name": f"Coopérative Nettoyage Bois-Joli des Hauts-de-Seine {number}",
            "kind": "EI", "post_code": "69003", "sectors": [LOCAUX]})
    dialog = NeedDialog(WorkspaceContext(workspace, today=lambda: date(2026, 11, 22)))
    qtbot.addWidget(dialog)
    dialog.resize(*SMALL_SCREEN)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.title_edit.setText("Nettoyage siège")
    dialog.sectors.set_selected([LOCAUX])
    dialog.rank_button.click()
    assert dialog.table.rowCount() == 12
    return dialog


def _check_readable(dialog: NeedDialog) -> None:
    table = dialog.table
    header = table.horizontalHeader()
    char = table.fontMetrics().averageCharWidth()
    assert header.sectionSize(COL_REASONS) >= REASONS_LEAST_CHARS * char
    assert header.sectionSize(COL_REASONS) > header.sectionSize(COL_STRUCTURE)
    assert columns_outside(table) == []
    # three lines of text at most, plus the margins of a one-line row
    one_line = table.verticalHeader().defaultSectionSize()
    most = 3 * table.fontMetrics().lineSpacing() + one_line
    assert all(table.rowHeight(row) < most for row in range(table.rowCount()))
    assert table.rowAt(table.viewport().height() - 1) >= 3  # several rows in sight
    reasons = table.item(0, COL_REASONS)
    assert reasons.toolTip() == reasons.text()  # the reasons cut by the row, whole


def test_reasons_get_the_room_in_french(qtbot, workspace, monkeypatch) -> None:
    _check_readable(_ranked(qtbot, workspace, monkeypatch))


def test_reasons_and_score_stay_in_sight_in_english(qtbot, workspace, monkeypatch,
                                                     english) -> None:  # noqa: ARG001
    _check_readable(_ranked(qtbot, workspace, monkeypatch))
