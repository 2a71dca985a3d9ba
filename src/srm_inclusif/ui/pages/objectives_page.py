"""Objectifs page: objectives per person and year."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from srm_inclusif.storage.changes import Changes
from srm_inclusif.storage.services.objectives import list_objectives
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.models.record_table import RecordTableModel
from srm_inclusif.ui.pages.record_page import RecordPage


class ObjectivesPage(QWidget):
    """Lists objectives with their target and weight."""

    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        model = RecordTableModel([
            (self.tr("Personne"), lambda r: r.person_name, lambda v: v or ""),
            (self.tr("Année"), lambda r: r.year, str),
            (self.tr("Objectif"), lambda r: r.label, str),
            (self.tr("Cible"), lambda r: r.target, lambda v: f"{v:n}"),
            (self.tr("Poids"), lambda r: r.weight, lambda v: f"{v:n} %"),
        ], self)
        self.view = RecordPage(self.tr("Objectifs"), model, self)
        QVBoxLayout(self).addWidget(self.view)
        self.refresh(Changes.all())

    def refresh(self, changes: Changes) -> None:
        """Reload when objectives changed."""
        if changes.touches("objectives"):
            rows = list_objectives(self.ctx.engine)
            self.view.show_rows(rows, self.tr("%n objectif(s)", "", len(rows)))
