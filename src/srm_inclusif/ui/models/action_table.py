"""Table model of action items: text, counterparty, owner, due date, done."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from srm_inclusif.storage.services.actions import ActionRow
from srm_inclusif.ui.models.record_table import RecordTableModel

COL_TEXT, COL_COUNTERPARTY, COL_OWNER, COL_DUE, COL_DONE = range(5)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ActionTableModel", text)


class ActionTableModel(RecordTableModel):
    """One row per action."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__([
            (_tr("Action"), lambda r: r.text, str),
            (_tr("Structure"), lambda r: r.counterparty_name or "", str),
            (_tr("Responsable"), lambda r: r.owner_name or "", str),
            (_tr("Échéance"), lambda r: r.due_date,
             lambda d: d.strftime("%d/%m/%Y") if d else "—"),
            (_tr("Faite"), lambda r: r.done, lambda d: _tr("Oui") if d else _tr("Non")),
        ], parent)

    def action_at(self, row: int) -> ActionRow:
        """The action shown on a row."""
        return self.row_at(row)  # type: ignore[no-any-return]
