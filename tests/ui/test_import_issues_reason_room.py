"""The rows to check of a past import, on a 1024 × 600 window: the reason, the column a user
reads, keeps room for its words; long names and values wrap beside it.

The structure and value columns took up to 28 characters each and the file its whole name: at
1024 px the reason was left about 15 characters, « Acheteur inconnu dan… » on each row.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from srm_inclusif.exchange.importer import ImportSettings, import_files
from srm_inclusif.ui.models.import_issue_table import COL_REASON
from srm_inclusif.ui.table_view import columns_outside
from tests.support import IMPORT_FIXTURES
from tests.ui.conftest import shown_demo_window

#: The least width, in average characters, that shows a reason's first words on a row.
REASON_CHARS = 24


def test_at_1024_the_reason_of_a_row_to_check_has_room(qtbot, demo_workspace) -> None:  # noqa: ANN001
    import_files(demo_workspace.engine, [IMPORT_FIXTURES / "liste_structures_2026-03-11.csv"],
                 ImportSettings())
    window = shown_demo_window(qtbot, demo_workspace, (1024, 600))
    page = window.show_page("imports")
    QApplication.processEvents()
    page.batch_view.selectRow(0)
    view = page.issue_view
    qtbot.waitUntil(lambda: view.model().rowCount() > 0 and view.viewport().width() > 0)
    reason = view.model().index(0, COL_REASON).data()
    assert reason

    assert columns_outside(view) == []
    assert view.columnWidth(COL_REASON) >= REASON_CHARS * view.fontMetrics().averageCharWidth()
