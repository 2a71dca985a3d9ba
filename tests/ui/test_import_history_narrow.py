"""The import history on a 1024 × 600 window: every column in sight, the counts folded into one.

The eight count columns (about 560 px of titles) pushed « Conflits » behind a sideways scroll bar.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtWidgets import QApplication

from srm_inclusif.exchange.importer import ImportSettings, import_files
from srm_inclusif.storage.services.imports import ImportBatchRow
from srm_inclusif.ui.models.import_batch_table import (
    COL_INSERTED,
    COL_RESULT,
    COUNT_COLUMNS,
    ImportBatchTableModel,
)
from srm_inclusif.ui.table_view import columns_outside
from tests.support import IMPORT_FIXTURES
from tests.ui.conftest import shown_demo_window

#: The Marché's sample: 7 lines, 5 added, 1 merged, 1 rejected, 1 flagged.
FOLDED = "Ajoutées : 5, Fusionnées : 1, Rejetées : 1, Signalées : 1"


def history(qtbot, demo_workspace, size):  # noqa: ANN001, ANN201
    import_files(demo_workspace.engine, [IMPORT_FIXTURES / "liste_structures_2026-03-11.csv"],
                 ImportSettings())
    window = shown_demo_window(qtbot, demo_workspace, size)
    page = window.show_page("imports")
    QApplication.processEvents()
    qtbot.waitUntil(lambda: page.batch_view.viewport().width() > 0)
    return page.batch_view


def test_at_1024_every_column_is_in_sight_the_counts_in_one(qtbot, demo_workspace) -> None:  # noqa: ANN001
    view = history(qtbot, demo_workspace, (1024, 600))

    assert columns_outside(view) == []
    assert not view.horizontalScrollBar().isVisible()
    assert [view.isColumnHidden(c) for c in (*COUNT_COLUMNS, COL_RESULT)] == [True] * 7 + [False]
    assert view.model().index(0, COL_RESULT).data() == FOLDED


@pytest.mark.parametrize("size", [(1280, 720), (1366, 768)])
def test_a_laptop_keeps_a_column_per_count(qtbot, demo_workspace, size) -> None:  # noqa: ANN001
    view = history(qtbot, demo_workspace, size)

    assert columns_outside(view) == []
    assert view.isColumnHidden(COL_RESULT)
    assert view.model().index(0, COL_INSERTED).data() == "5"


def test_the_counts_unfold_when_the_window_grows(qtbot, demo_workspace) -> None:  # noqa: ANN001
    view = history(qtbot, demo_workspace, (1024, 600))

    view.window().resize(1280, 720)
    qtbot.waitUntil(lambda: view.isColumnHidden(COL_RESULT))

    assert not view.isColumnHidden(COL_INSERTED)
    assert columns_outside(view) == []


def test_the_folded_counts_leave_the_zero_ones_out(qapp) -> None:  # noqa: ANN001
    model = ImportBatchTableModel()
    model.set_rows([ImportBatchRow(
        id=1, target="spend", format="spend", file_names="achats.csv",
        started_at=datetime(2026, 3, 1, tzinfo=UTC),
        counts={"rows": 1200, "inserted": 1180, "unchanged": 0, "rejected": 20})])

    assert model.index(0, COL_RESULT).data() == "Ajoutées : 1180, Rejetées : 20"
