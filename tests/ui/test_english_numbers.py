"""In the English UI, numbers read the English way: ``€1,234,567``, ``75.00%``, ``833.5 h``."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from srm_inclusif.storage.services.contracts import ContractFields, create_contract, list_contracts
from srm_inclusif.storage.services.relationships import create_relationship
from srm_inclusif.ui.lifecycle.fields import AmountEdit, HoursEdit
from srm_inclusif.ui.models.contract_table import COL_AMOUNT, COL_RATE, ContractTableModel
from srm_inclusif.ui.models.objectives_table import figure, percent
from tests.lifecycle_support import add_counterparty

EXPECTED = {
    "fr": {"amount": "1\u202f234\u202f567\u00a0€", "rate": "75,00\u00a0%", "hours": "833,5 h",
           "typed": "12\u202f500,00", "number": "1\u202f234,5\u00a0h", "percent": "11,25\u00a0%"},
    "en": {"amount": "€1,234,567", "rate": "75.00%", "hours": "833.5 h", "typed": "12,500.00",
           "number": "1,234.5\u00a0h", "percent": "11.25%"},
}


def test_numbers_follow_the_ui_language(qtbot, language, workspace) -> None:
    cp = add_counterparty(workspace.engine, "Envie Nord", "EI")
    rid = create_relationship(workspace.engine, counterparty_id=cp, on=date(2026, 1, 5)).id
    create_contract(workspace.engine, relationship_id=rid, values=ContractFields(
        "Voirie", amount_cents=123_456_700, has_clause_sociale=True, clause_hours_planned=2000,
        clause_hours_realised=1500))
    model = ContractTableModel()
    model.set_rows(list_contracts(workspace.engine))
    hours, amount = HoursEdit(833.5), AmountEdit(1_250_000)
    qtbot.addWidget(hours)
    qtbot.addWidget(amount)
    expected = EXPECTED[language]
    assert model.index(0, COL_AMOUNT).data() == expected["amount"]
    assert model.index(0, COL_RATE).data() == expected["rate"]
    assert hours.text() == expected["hours"]
    assert amount.text() == expected["typed"]
    assert amount.cents() == 1_250_000  # what is shown reads back
    assert figure(Decimal("1234.50"), "h") == expected["number"]
    assert percent(Decimal("0.1125")) == expected["percent"]


def test_objective_amounts_are_written_as_amounts(language) -> None:
    from decimal import Decimal

    expected = {"fr": ("450\u202f000,00\u00a0€", "1\u202f000\u00a0h"),
                "en": ("€450,000.00", "1,000\u00a0h")}
    assert (figure(Decimal(450000), "€"), figure(Decimal(1000), "h")) == expected[language]


def test_the_target_part_variable_shows_the_euro_where_the_language_writes_it(
        qtbot, language) -> None:
    from srm_inclusif.ui.lifecycle.fields import EuroSpinBox

    spin = EuroSpinBox()
    qtbot.addWidget(spin)
    spin.setValue(5000)
    if language == "en":
        assert spin.text() == "€5,000.00"
    else:
        assert spin.text().endswith("000,00\u00a0€")
        assert spin.text() == "5\u202f000,00\u00a0€"
        assert not spin.text().startswith("€")


def test_percent_fields_and_sheet_thresholds_follow_the_language(
        qtbot, language, workspace, tmp_path) -> None:
    from pypdf import PdfReader

    from srm_inclusif.core.objective_sheet import SheetMode
    from srm_inclusif.ui.objective_dialog import ObjectiveDialog
    from srm_inclusif.ui.sheet_pdf import write_sheet_pdf
    from tests.ui.sheet_documents import two_sheets

    dialog = ObjectiveDialog()
    qtbot.addWidget(dialog)
    suffix = {"fr": "\u00a0%", "en": "%"}[language]
    assert dialog.weight_spin.suffix() == suffix
    pdf = write_sheet_pdf(two_sheets(workspace, SheetMode.ACTUALS)[:1], tmp_path / "fiche.pdf")
    text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    thresholds = {"fr": "130\u00a0%", "en": "130%"}[language]  # trigger / target / cap
    assert thresholds in text
