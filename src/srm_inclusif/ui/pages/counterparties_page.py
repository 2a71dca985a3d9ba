"""Fournisseurs / Clients page: the counterparties of the workspace."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from srm_inclusif.core.kinds import Kind
from srm_inclusif.storage.changes import Changes
from srm_inclusif.storage.services.counterparties import count_counterparties, list_counterparties
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.models.record_table import RecordTableModel
from srm_inclusif.ui.pages.record_page import RecordPage


class CounterpartiesPage(QWidget):
    """Lists counterparties by name."""

    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        model = RecordTableModel([
            (self.tr("Nom"), lambda r: r.name, str),
            (self.tr("Type"), lambda r: r.kind, lambda k: Kind(k).label),
            (self.tr("Ville"), lambda r: r.city, lambda v: v or ""),
            (self.tr("Département"), lambda r: r.department_code, lambda v: v or ""),
            (self.tr("SIRET"), lambda r: r.siret, lambda v: v or ""),
        ], self)
        self.view = RecordPage(ctx.settings.profile.counterparties_label, model, self)
        QVBoxLayout(self).addWidget(self.view)
        self.refresh(Changes.all())

    def refresh(self, changes: Changes) -> None:
        """Reload when counterparties changed."""
        if changes.touches("counterparties", "settings"):
            total = count_counterparties(self.ctx.engine)
            self.view.title_label.setText(self.ctx.settings.profile.counterparties_label)
            self.view.show_rows(list_counterparties(self.ctx.engine, limit=1000),
                                self.tr("%n enregistrement(s)", "", total))
