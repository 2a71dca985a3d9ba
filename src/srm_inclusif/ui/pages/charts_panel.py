"""Dashboard figures: the workspace at a glance."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from srm_inclusif.storage.changes import Changes
from srm_inclusif.storage.services.summary import workspace_summary
from srm_inclusif.ui.context import WorkspaceContext


class ChartsPanel(QWidget):
    """Key counts of the workspace."""

    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.form = QFormLayout(self)
        self.values: dict[str, QLabel] = {}
        for key, label in (("counterparties", self.tr("Structures")),
                           ("inclusive_counterparties", self.tr("dont inclusives")),
                           ("relationships", self.tr("Relations")),
                           ("contracts", self.tr("Contrats")),
                           ("spend_lines", self.tr("Lignes de dépense"))):
            self.values[key] = QLabel()
            self.form.addRow(label, self.values[key])
        self.refresh(Changes.all())

    def refresh(self, changes: Changes) -> None:
        """Recount."""
        if changes:
            summary = workspace_summary(self.ctx.engine)
            for key, label in self.values.items():
                label.setText(f"{getattr(summary, key):n}")
