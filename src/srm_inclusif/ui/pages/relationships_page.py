"""Relations page: each relationship and its stage."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from srm_inclusif.core.vocabulary import Stage
from srm_inclusif.storage.changes import Changes
from srm_inclusif.storage.services.relationships import list_relationships
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.models.record_table import RecordTableModel
from srm_inclusif.ui.pages.record_page import RecordPage


class RelationshipsPage(QWidget):
    """Lists relationships with their stage."""

    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        model = RecordTableModel([
            (self.tr("Structure"), lambda r: r.counterparty_name, str),
            (self.tr("Étape"), lambda r: r.stage, lambda s: Stage(s).label),
            (self.tr("Depuis le"), lambda r: r.stage_since, lambda d: d.strftime("%d/%m/%Y")),
            (self.tr("Suivi par"), lambda r: r.person_name, lambda v: v or ""),
        ], self)
        self.view = RecordPage(self.tr("Relations"), model, self)
        QVBoxLayout(self).addWidget(self.view)
        self.refresh(Changes.all())

    def refresh(self, changes: Changes) -> None:
        """Reload when relationships changed."""
        if changes.touches("relationships", "counterparties"):
            rows = list_relationships(self.ctx.engine)
            self.view.show_rows(rows, self.tr("%n relation(s)", "", len(rows)))
