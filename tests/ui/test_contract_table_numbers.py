"""The Contrats list writes hours grouped with the UI's decimal mark and amounts with their cents,
as the relationship panel does: « 833,5 / 1 200 », « 12 500,50 € »."""

from __future__ import annotations

from datetime import date

from srm_inclusif.storage.services.contracts import ContractFields, create_contract, list_contracts
from srm_inclusif.storage.services.relationships import create_relationship
from srm_inclusif.ui.models.contract_table import COL_AMOUNT, COL_HOURS, ContractTableModel
from tests.lifecycle_support import add_counterparty

EXPECTED = {
    "fr": {"hours": ("833,5 / 1\u202f200", "251 / 1\u202f200"),
           "amounts": ("12\u202f500,50\u00a0€", "7\u202f000\u00a0€")},
    "en": {"hours": ("833.5 / 1,200", "251 / 1,200"), "amounts": ("€12,500.50", "€7,000")},
}


def test_hours_and_amounts_read_like_the_relationship_panel(language, workspace) -> None:
    cp = add_counterparty(workspace.engine, "Envie Nord", "EI")
    rid = create_relationship(workspace.engine, counterparty_id=cp, on=date(2026, 1, 5)).id
    for title, cents, done in (("Voirie", 1_250_050, 833.5), ("Traiteur", 700_000, 251)):
        create_contract(workspace.engine, relationship_id=rid, values=ContractFields(
            title, amount_cents=cents, has_clause_sociale=True, clause_hours_planned=1200,
            clause_hours_realised=done))
    model = ContractTableModel()
    model.set_rows(sorted(list_contracts(workspace.engine), key=lambda row: row.title,
                          reverse=True))
    shown = [(model.index(row, COL_HOURS).data(), model.index(row, COL_AMOUNT).data())
             for row in range(2)]
    expected = EXPECTED[language]
    assert shown == list(zip(expected["hours"], expected["amounts"], strict=True))
