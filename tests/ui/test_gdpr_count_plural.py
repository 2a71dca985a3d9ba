"""The GDPR list says how many contacts are due in one plural sentence of the UI language:
« 1 contact à anonymiser. », « 2 contacts à anonymiser. », « 1 200 … » grouped, and « Aucun
contact à anonymiser. » rather than « 0 contact »."""

from __future__ import annotations

from datetime import date

import pytest

from srm_inclusif.storage.services.contacts import add_contact, contacts_due_for_anonymising
from srm_inclusif.storage.services.counterparty_edit import create_counterparty
from srm_inclusif.ui.counterparty_card import gdpr_dialog
from srm_inclusif.ui.counterparty_card.gdpr_dialog import GdprDialog

SHOWN = {
    "fr": {0: "Aucun contact à anonymiser.", 1: "1 contact à anonymiser.",
           2: "2 contacts à anonymiser.", 1200: "1\u202f200 contacts à anonymiser."},
    "en": {0: "No contact to anonymise.", 1: "1 contact to anonymise.",
           2: "2 contacts to anonymise.", 1200: "1,200 contacts to anonymise."},
}


@pytest.mark.parametrize("count", [0, 1, 2, 1200])
def test_the_count_reads_as_one_sentence(qtbot, ctx, monkeypatch, language,  # noqa: ANN001
                                         count: int) -> None:
    cid = create_counterparty(ctx.engine, values={"name": "Jardins du Nord", "kind": "ACI"}).id
    add_contact(ctx.engine, counterparty_id=cid, values={
        "first_name": "Nadia", "last_name": "Chevalier", "last_interaction": date(2022, 5, 1)})
    due = contacts_due_for_anonymising(ctx.engine, today=ctx.today()) * count
    monkeypatch.setattr(gdpr_dialog, "contacts_due_for_anonymising", lambda *_a, **_k: due)

    dialog = GdprDialog(ctx)
    qtbot.addWidget(dialog)

    assert dialog.count_label.text() == SHOWN[language][count]
