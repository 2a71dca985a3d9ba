"""A purchase from a spend file names the file's kind in words, not its format key."""

from __future__ import annotations

from datetime import date

from sqlmodel import Session, select

from srm_inclusif.storage.tables import Counterparty, SpendLine
from srm_inclusif.ui.spend_dialog import COL_SOURCE, SpendDialog


def test_an_imported_purchase_reads_modele_d_achats(qtbot, ctx, monkeypatch) -> None:  # noqa: ANN001
    with Session(ctx.engine) as session:
        esat = Counterparty(name="ESAT du Parc", kind="ESAT")
        session.add(esat)
        session.flush()
        session.add(SpendLine(counterparty_id=esat.id, amount_cents=120_000, source="spend",
                              spend_date=date(2026, 3, 2),
                              invoice_number="F-12"))
        session.commit()
        supplier = esat.id or 0
        assert session.exec(select(SpendLine)).one().source == "spend"
    dialog = SpendDialog(ctx, supplier, "ESAT du Parc")
    qtbot.addWidget(dialog)
    dialog.show()
    questions: list[str] = []

    def answer(_parent, _title, question, *, default_yes: bool) -> bool:  # noqa: ANN001
        questions.append(question)
        return False

    monkeypatch.setattr("srm_inclusif.ui.spend_dialog.asked", answer)
    assert dialog.table.item(0, COL_SOURCE).text() == "Modèle d'achats"
    dialog.table.selectRow(0)
    dialog.delete_button.click()
    assert "Il vient d'un import (Modèle d'achats)" in questions[0]
    assert "« spend »" not in questions[0]
