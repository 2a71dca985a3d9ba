"""Tableau de bord: the « À faire » panel beside the charts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from srm_inclusif.storage.changes import Changes
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.pages.charts_panel import ChartsPanel
from srm_inclusif.ui.pages.todo_panel import TodoPanel

#: How the dashboard's width is shared between the to-do panel and the charts.
TODO_SHARE, CHARTS_SHARE = 9, 11


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
        # 45 % for the to-do panel: on a laptop its open actions show the structures' and the
        # owners' names whole beside the due date, and the charts (one a row on a laptop)
        # keep well over their narrowest readable width (CHART_MIN_WIDTH).
        splitter.setStretchFactor(0, TODO_SHARE)
        splitter.setStretchFactor(1, CHARTS_SHARE)
        splitter.setSizes([TODO_SHARE * 1000, CHARTS_SHARE * 1000])
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
        self.title_label.setText(self.tr("Tableau de bord — {name}").format(name=name) if name
                                 else self.tr("Tableau de bord"))  # no dangling dash
