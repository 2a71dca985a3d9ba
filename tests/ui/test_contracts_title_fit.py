"""On a 1280 × 720 laptop the Contrats list shows each contract's title whole (on the two lines
of its row), in both languages, and cuts no other cell: « Reconditionnement des postes
informatiques de l'entrepôt de Rochebrune » was cut with « … », whole only in its tooltip."""

from __future__ import annotations

from PySide6.QtCore import Qt

from srm_inclusif.ui.models.contract_table import (
    COL_DECISION,
    COL_RATE,
    COL_TITLE,
    ContractTableModel,
)
from tests.ui.test_contracts_supplier_fit import _cells_shown, _contracts_table


def test_every_contract_title_is_shown_whole(qtbot, language, demo_workspace) -> None:
    table = _contracts_table(qtbot, demo_workspace)
    shown = _cells_shown(table, COL_TITLE)
    longest = max(shown, key=table.fontMetrics().horizontalAdvance)
    assert table.fontMetrics().horizontalAdvance(longest) > table.columnWidth(COL_TITLE)
    assert shown[longest] == longest  # on two lines, not cut
    assert {title: text for title, text in shown.items() if text != title} == {}


def test_no_cell_of_the_list_is_cut(qtbot, language, demo_workspace) -> None:
    table = _contracts_table(qtbot, demo_workspace)
    cut = {(column, text): painted for column in range(table.model().columnCount())
           for text, painted in _cells_shown(table, column).items() if painted != text}
    assert cut == {}


def test_short_column_titles_for_the_decision_and_the_share_of_hours_done(language) -> None:
    model = ContractTableModel()
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in (COL_DECISION, COL_RATE)]
    assert titles == {"fr": ["Go / no‑go", "% réalisé"], "en": ["Go / no‑go", "% done"]}[language]
