"""The imports history as a user reads it: what each import brought in, in the words of the
profile, and counts lined up on the right like every table of numbers."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt

from srm_inclusif.core.vocabulary import Profile
from srm_inclusif.storage.changes import Changes
from srm_inclusif.storage.services.imports import ImportBatchRow
from srm_inclusif.storage.services.settings import update_settings
from srm_inclusif.ui.models.import_batch_table import (
    COL_CONFLICTS,
    COL_DATE,
    COL_FILES,
    COL_ROWS,
    COL_TARGET,
    ImportBatchTableModel,
)
from srm_inclusif.ui.pages.imports_page import ImportsPage

SUPPLIERS_IMPORT = ImportBatchRow(1, "suppliers", "generic", "annuaire.csv",
                                  datetime(2026, 11, 22, 9, 30), {"rows": 12, "inserted": 10})


def _shown_target(qtbot, ctx) -> str:  # noqa: ANN001
    page = ImportsPage(ctx)
    qtbot.addWidget(page)
    page.batches.set_rows([SUPPLIERS_IMPORT])
    return str(page.batches.index(0, COL_TARGET).data())


def test_a_structure_inclusive_reads_that_it_imported_clients(qtbot, ctx) -> None:
    update_settings(ctx.engine, profile=Profile.STRUCTURE_INCLUSIVE)
    ctx.notify(Changes(settings=True))
    # the button said « Importer des clients… », the history « Fournisseurs »
    assert _shown_target(qtbot, ctx) == "Clients"


def test_a_buyer_reads_that_it_imported_suppliers(qtbot, ctx) -> None:
    assert _shown_target(qtbot, ctx) == "Fournisseurs"


def test_the_clients_word_is_translated(marked) -> None:
    model = ImportBatchTableModel(buyer=False)
    model.set_rows([SUPPLIERS_IMPORT])
    assert model.index(0, COL_TARGET).data() == "[ImportBatchTableModel] Clients"


def test_counts_are_aligned_on_the_right_and_texts_on_the_left(qapp) -> None:
    model = ImportBatchTableModel()
    model.set_rows([SUPPLIERS_IMPORT])
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    role = Qt.ItemDataRole.TextAlignmentRole
    assert [model.index(0, c).data(role) for c in range(COL_ROWS, COL_CONFLICTS + 1)] == (
        [right] * (COL_CONFLICTS + 1 - COL_ROWS))
    assert model.index(0, COL_FILES).data(role) is None
    assert model.index(0, COL_DATE).data(role) is None
