"""The need dialog's ranked shortlist table: its columns, and a row per structure, best first."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QTableWidget, QTableWidgetItem

from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP
from srm_inclusif.core.numbers import localised
from srm_inclusif.core.sourcing import RankedCandidate
from srm_inclusif.ui.sourcing.reasons import reasons_text

COLUMNS = (
    QT_TRANSLATE_NOOP("NeedDialog", "Rang"),
    QT_TRANSLATE_NOOP("NeedDialog", "Structure"),
    QT_TRANSLATE_NOOP("NeedDialog", "Type"),
    QT_TRANSLATE_NOOP("NeedDialog", "Dépt"),
    QT_TRANSLATE_NOOP("NeedDialog", "Score"),
    QT_TRANSLATE_NOOP("NeedDialog", "Raisons"),
)
COL_STRUCTURE, COL_REASONS = 1, 5


def shortlist_table() -> QTableWidget:
    """An empty shortlist: whole rows chosen, nothing typed into it."""
    table = QTableWidget(0, len(COLUMNS))
    table.setObjectName("shortlistTable")
    table.setHorizontalHeaderLabels([QCoreApplication.translate("NeedDialog", c) for c in COLUMNS])
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    return table


def fill_shortlist(table: QTableWidget, ranked: Sequence[RankedCandidate]) -> None:
    """Show these ranked structures in ``table``, one row each, in rank order."""
    table.setRowCount(len(ranked))
    for row, item in enumerate(ranked):
        c = item.candidate
        cells = (
            str(row + 1),
            c.name,
            c.kind,
            c.department or "",
            localised(f"{item.score:g}"),
            reasons_text(item.reasons),
        )
        for column, text in enumerate(cells):
            cell = QTableWidgetItem(text)
            side = (Qt.AlignmentFlag.AlignRight if column in (0, 4)
                    else Qt.AlignmentFlag.AlignLeft)
            cell.setTextAlignment(side | Qt.AlignmentFlag.AlignTop)  # a row reads as one line
            if column in (COL_STRUCTURE, COL_REASONS):
                cell.setToolTip(text)  # whole, when the row's lines cut it
            table.setItem(row, column, cell)
