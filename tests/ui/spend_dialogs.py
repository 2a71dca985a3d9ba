"""The « Achats de … » window in tests: shown on one counterparty, its open form, a line typed;
and the dashboard's charts it feeds."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialogButtonBox

from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.pages.charts_panel import ChartsPanel
from srm_inclusif.ui.spend_dialog import SpendDialog
from srm_inclusif.ui.spend_form import SpendLineDialog


def spend_dialog(qtbot, ctx: WorkspaceContext, counterparty_id: int,  # noqa: ANN001
                 name: str) -> SpendDialog:
    """The window of ``counterparty_id``'s purchases (or sales), shown (closed with the test)."""
    dialog = SpendDialog(ctx, counterparty_id, name)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def visible_form(dialog: SpendDialog) -> SpendLineDialog:
    """The one line form the window shows."""
    forms = [form for form in dialog.findChildren(SpendLineDialog) if form.isVisible()]
    assert len(forms) == 1
    return forms[0]


def typed_line(dialog: SpendDialog, amount: str,
               day: date = date(2026, 10, 1)) -> SpendLineDialog:
    """« Ajouter… », the amount and day typed, then OK; returns the form."""
    dialog.add_button.click()
    form = visible_form(dialog)
    form.amount.setText(amount)
    form.day.set_day(day)
    form.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    return form


def charts_panel(qtbot, ctx: WorkspaceContext) -> ChartsPanel:  # noqa: ANN001
    """The dashboard's charts, shown and drawn, redrawn on each change as the main window does."""
    panel = ChartsPanel(ctx)
    ctx.data_changed.connect(panel.refresh)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.drawn, timeout=10000):
        panel.show()
    return panel
