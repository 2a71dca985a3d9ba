"""Contrats page: contracts and marchés test."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from srm_inclusif.core.money import format_eur
from srm_inclusif.core.vocabulary import ContractKind
from srm_inclusif.storage.changes import Changes
from srm_inclusif.storage.services.contracts import list_contracts
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.models.record_table import RecordTableModel
from srm_inclusif.ui.pages.record_page import RecordPage


def _day(value: object) -> str:
    return value.strftime("%d/%m/%Y") if value else ""  # type: ignore[attr-defined]


class ContractsPage(QWidget):
    """Lists contracts, soonest end first."""

    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        model = RecordTableModel([
            (self.tr("Intitulé"), lambda r: r.title, str),
            (self.tr("Type"), lambda r: r.kind, lambda k: ContractKind(k).label),
            (self.tr("Montant HT"), lambda r: r.amount_cents, format_eur),
            (self.tr("Début"), lambda r: r.start_date, _day),
            (self.tr("Fin"), lambda r: r.end_date, _day),
        ], self)
        self.view = RecordPage(self.tr("Contrats"), model, self)
        QVBoxLayout(self).addWidget(self.view)
        self.refresh(Changes.all())

    def refresh(self, changes: Changes) -> None:
        """Reload when contracts changed."""
        if changes.touches("contracts", "relationships"):
            rows = list_contracts(self.ctx.engine)
            self.view.show_rows(rows, self.tr("%n contrat(s)", "", len(rows)))
