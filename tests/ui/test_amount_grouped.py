"""Amount fields show figures grouped as the UI language writes them (« 450 000,00 »,
« 450,000.00 »), and read back what they show or what the user types with any space."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from srm_inclusif.storage.services.contracts import ContractFields
from srm_inclusif.ui.lifecycle.contract_dialog import ContractDialog
from srm_inclusif.ui.lifecycle.fields import AmountEdit

SHOWN = {"fr": "450\u202f000,00", "en": "450,000.00"}


def test_amount_is_shown_grouped_and_reads_back(qtbot, language) -> None:
    edit = AmountEdit(45_000_000)
    qtbot.addWidget(edit)
    assert edit.text() == SHOWN[language]
    assert edit.cents() == 45_000_000


def test_the_contract_form_shows_its_amount_grouped(qtbot, language) -> None:
    dialog = ContractDialog("Modifier le contrat", ContractFields(
        "Voirie", amount_cents=45_000_050, start_date=date(2026, 1, 5)))
    qtbot.addWidget(dialog)
    assert dialog.amount.text() == {"fr": "450\u202f000,50", "en": "450,000.50"}[language]
    dialog.accept()
    assert dialog.result_fields().amount_cents == 45_000_050


def test_french_reads_any_space_as_the_group_separator(qtbot, french) -> None:
    edit = AmountEdit()
    qtbot.addWidget(edit)
    for separator in (" ", "\u00a0", "\u202f"):
        edit.setText(f"450{separator}000,00")
        assert edit.cents() == 45_000_000, repr(separator)


def test_an_amount_typed_ungrouped_is_grouped_once_typed(qtbot, language) -> None:
    edit = AmountEdit()
    qtbot.addWidget(edit)
    edit.show()
    qtbot.keyClicks(edit, "450000")
    assert edit.text() == "450000"  # left alone while typing
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert edit.text() == SHOWN[language]
    assert edit.cents() == 45_000_000


def test_an_unreadable_amount_is_left_as_typed(qtbot) -> None:
    edit = AmountEdit()
    qtbot.addWidget(edit)
    edit.show()
    qtbot.keyClicks(edit, "douze")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert edit.text() == "douze"
