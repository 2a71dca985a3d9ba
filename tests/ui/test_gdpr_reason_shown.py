"""The GDPR list: the Motif column does not repeat the day shown under « Dernier échange »."""

from __future__ import annotations

from datetime import date

from srm_inclusif.storage.services.contacts import add_contact
from srm_inclusif.storage.services.counterparty_edit import create_counterparty
from srm_inclusif.ui.counterparty_card.gdpr_dialog import GdprDialog

SHOWN = {
    "fr": ("01/05/2022", "Aucune interaction depuis plus de 3 ans"),
    "en": ("1 May 2022", "No interaction for more than 3 years"),
}


def _contact(ctx, last_interaction: date | None) -> None:  # noqa: ANN001
    cid = create_counterparty(ctx.engine, values={"name": "Jardins du Nord", "kind": "ACI"}).id
    add_contact(ctx.engine, counterparty_id=cid, values={
        "first_name": "Paul", "last_name": "Ancien", "last_interaction": last_interaction})


def test_the_last_exchange_is_shown_once(qtbot, ctx, language) -> None:
    _contact(ctx, date(2022, 5, 1))
    dialog = GdprDialog(ctx)
    qtbot.addWidget(dialog)
    assert (dialog.table.item(0, 2).text(), dialog.table.item(0, 3).text()) == SHOWN[language]
    assert dialog.due[0].reason.endswith("(dernière le 01/05/2022)")  # what is stored: whole

