"""« À faire » panel of the dashboard: contracts ending within 90 days."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QListWidget, QVBoxLayout, QWidget

from srm_inclusif.storage.changes import Changes
from srm_inclusif.storage.services.contracts import list_contracts
from srm_inclusif.ui.context import WorkspaceContext


class TodoPanel(QWidget):
    """What needs the user's attention."""

    count_changed = Signal(int)

    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.items = QListWidget()
        self.items.setObjectName("todoList")
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("À faire"))
        title.setObjectName("panelTitle")
        layout.addWidget(title)
        layout.addWidget(self.items)
        self.refresh(Changes.all())

    def refresh(self, changes: Changes) -> None:
        """List contracts ending within 90 days."""
        if not changes.touches("contracts", "reminders"):
            return
        today = self.ctx.today()
        ending = [c for c in list_contracts(self.ctx.engine)
                  if c.end_date and today <= c.end_date <= today + timedelta(days=90)]
        self.items.clear()
        for contract in ending:
            self.items.addItem(self.tr("{title} : fin le {date}").format(
                title=contract.title, date=contract.end_date.strftime("%d/%m/%Y")))
        self.count_changed.emit(len(ending))
