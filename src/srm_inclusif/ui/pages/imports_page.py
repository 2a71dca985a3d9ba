"""Imports / exports page: the history of imports."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from srm_inclusif.storage.changes import Changes
from srm_inclusif.storage.services.imports import list_import_batches
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.models.record_table import RecordTableModel
from srm_inclusif.ui.pages.record_page import RecordPage


class ImportsPage(QWidget):
    """Lists past imports."""

    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        model = RecordTableModel([
            (self.tr("Date"), lambda r: r.started_at, lambda d: d.strftime("%d/%m/%Y %H:%M")),
            (self.tr("Fichiers"), lambda r: r.file_names, str),
            (self.tr("Format"), lambda r: r.format, str),
        ], self)
        self.view = RecordPage(self.tr("Imports / exports"), model, self)
        QVBoxLayout(self).addWidget(self.view)
        self.refresh(Changes.all())

    def refresh(self, changes: Changes) -> None:
        """Reload when imports changed."""
        if changes.touches("imports"):
            rows = list_import_batches(self.ctx.engine)
            self.view.show_rows(rows, self.tr("%n import(s)", "", len(rows)))
