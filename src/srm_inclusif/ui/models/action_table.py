"""Table model of action items: text, counterparty, owner, due date, done."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from srm_inclusif.core.numbers import day_text
from srm_inclusif.core.vocabulary import profile_in_use
from srm_inclusif.storage.services.actions import ActionRow
from srm_inclusif.ui.models.record_table import RecordTableModel

COL_TEXT, COL_COUNTERPARTY, COL_OWNER, COL_DUE, COL_DONE = range(5)


class ActionTableModel(RecordTableModel):
    """One row per action; the counterparty column in the profile's word unless told."""

    def __init__(self, parent: Any = None, *, counterparty_header: str = "") -> None:
        super().__init__(
            [
                (QCoreApplication.translate("ActionTableModel", "Action"), lambda r: r.text, str),
                (
                    counterparty_header or profile_in_use().counterparty_label,
                    lambda r: r.counterparty_name or "",
                    str,
                ),
                (
                    QCoreApplication.translate("ActionTableModel", "Responsable"),
                    lambda r: r.owner_name or "",
                    str,
                ),
                (
                    QCoreApplication.translate("ActionTableModel", "Échéance"),
                    lambda r: r.due_date,
                    lambda d: day_text(d) if d else "—",
                ),
                (
                    QCoreApplication.translate("ActionTableModel", "Faite"),
                    lambda r: r.done,
                    lambda d: (
                        QCoreApplication.translate("ActionTableModel", "Oui")
                        if d
                        else QCoreApplication.translate("ActionTableModel", "Non")
                    ),
                ),
            ],
            parent,
        )

    def action_at(self, row: int) -> ActionRow:
        """The action shown on a row."""
        return self.row_at(row)  # type: ignore[no-any-return]
