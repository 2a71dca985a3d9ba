"""Dates in the GDPR list and the dashboard summary read as the UI language writes them."""

from __future__ import annotations

from datetime import date

import shiboken6

from srm_inclusif.storage.services.contacts import add_contact
from srm_inclusif.storage.services.counterparty_edit import create_counterparty
from srm_inclusif.ui.counterparty_card.gdpr_dialog import GdprDialog
from srm_inclusif.ui.pages.charts_panel import ChartsPanel

EXPECTED = {
    "fr": ("01/05/2022", "Aucune interaction depuis plus de 3 ans"),  # the day once
    "en": ("1 May 2022", "No interaction for more than 3 years"),
}


def test_gdpr_reason_and_last_exchange_in_the_ui_language(qtbot, workspace, language, ctx) -> None:
    engine = workspace.engine
    cid = create_counterparty(engine, values={"name": "Jardins du Nord", "kind": "ACI",
                                              "post_code": "59000"}).id
    add_contact(engine, counterparty_id=cid, values={
        "first_name": "Paul", "last_name": "Ancien", "last_interaction": date(2022, 5, 1)})
    dialog = GdprDialog(ctx)
    qtbot.addWidget(dialog)
    seen, reason = EXPECTED[language]
    assert dialog.table.item(0, 2).text() == seen
    assert dialog.table.item(0, 3).text() == reason


def test_dashboard_period_in_the_ui_language(qtbot, language, ctx) -> None:
    panel = ChartsPanel(ctx)
    with qtbot.waitSignal(panel.drawn, timeout=10000):
        panel.show()
    summary = panel.summary_label.text()
    panel.close()
    shiboken6.delete(panel)  # now, not when a later test collects garbage (it crashed there)
    period = {"fr": "du 01/01/2026 au 31/12/2026.",  # each date kept on one line
              "en": "from 1\u00a0Jan\u00a02026 to 31\u00a0Dec\u00a02026."}
    assert summary.endswith(period[language])
