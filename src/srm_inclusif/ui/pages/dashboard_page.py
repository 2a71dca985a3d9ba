"""Tableau de bord: the « À faire » panel beside the charts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from srm_inclusif.storage.changes import Changes
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.pages.charts_panel import ChartsPanel
from srm_inclusif.ui.pages.todo_panel import TodoPanel


class DashboardPage(QWidget):
    """Container of the two dashboard panels."""

    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.title_label = QLabel()
        self.title_label.setObjectName("pageTitle")
        self.todo_panel = TodoPanel(ctx, self)
        self.charts_panel = ChartsPanel(ctx, self)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.todo_panel)
        splitter.addWidget(self.charts_panel)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(splitter, 1)
        self._show_title()

    def refresh(self, changes: Changes) -> None:
        """Pass the change on to both panels (each loads itself when built)."""
        if changes.touches("settings"):
            self._show_title()
        self.todo_panel.refresh(changes)
        self.charts_panel.refresh(changes)

    def _show_title(self) -> None:
        name = self.ctx.settings.organisation_name
        self.title_label.setText(self.tr("Tableau de bord — {name}").format(name=name))
