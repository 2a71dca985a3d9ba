"""Files added with « Ajouter des fichiers… » switch the import to their kind, and say so."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from srm_inclusif.ui import file_dialogs
from srm_inclusif.ui.import_wizard import start_import_wizard
from srm_inclusif.ui.import_wizard.wizard import ImportWizard
from tests.support import IMPORT_FIXTURES


def add_with_button(qtbot, monkeypatch, wizard: ImportWizard, *paths: Path) -> None:
    monkeypatch.setattr(file_dialogs, "get_open_file_names",
                        lambda *_args, **_kw: ([str(p) for p in paths], ""))
    qtbot.mouseClick(wizard.files_page.add_button, Qt.MouseButton.LeftButton)


def opened(qtbot, ctx, target: str) -> ImportWizard:
    wizard = start_import_wizard(ctx, None, [], target=target)
    qtbot.addWidget(wizard)
    return wizard


def test_a_spend_file_added_to_a_supplier_import_switches_it_to_spend(
        qtbot, monkeypatch, ctx) -> None:
    wizard = opened(qtbot, ctx, "suppliers")

    add_with_button(qtbot, monkeypatch, wizard, IMPORT_FIXTURES / "achats_2025.csv")

    page = wizard.files_page
    assert wizard.target == "spend"
    assert page.spend_radio.isChecked()
    assert page.kind_note.text() == (
        "Ces fichiers donnent des montants par fournisseur : ce sont des dépenses. "
        "Le choix est passé à « Dépenses d'achat ».")
    assert page.format_combo.findData("spend") >= 0  # the spend formats are offered


def test_a_directory_added_to_a_spend_import_switches_it_to_suppliers(
        qtbot, monkeypatch, ctx) -> None:
    wizard = opened(qtbot, ctx, "spend")

    add_with_button(qtbot, monkeypatch, wizard, IMPORT_FIXTURES / "annuaire_esat_ea_2024.csv")

    assert wizard.target == "suppliers"
    assert "« Annuaire de fournisseurs »" in wizard.files_page.kind_note.text()


@pytest.mark.parametrize(("target", "name"), [
    ("spend", "depenses_erp_2025.csv"),  # already the right kind
    ("spend", "binaire.csv"),  # unreadable: left to the wizard's own message
    ("suppliers", "annuaire_regional.xlsx"),
])
def test_files_of_the_chosen_kind_or_unreadable_leave_the_choice(
        qtbot, monkeypatch, ctx, target, name) -> None:
    wizard = opened(qtbot, ctx, target)

    add_with_button(qtbot, monkeypatch, wizard, IMPORT_FIXTURES / name)

    assert wizard.target == target
    assert wizard.files_page.kind_note.text() == ""


def test_a_directory_added_beside_a_spend_file_leaves_spend_and_names_it(
        qtbot, monkeypatch, ctx) -> None:
    wizard = opened(qtbot, ctx, "spend")
    add_with_button(qtbot, monkeypatch, wizard, IMPORT_FIXTURES / "depenses_erp_2025.csv")

    add_with_button(qtbot, monkeypatch, wizard, IMPORT_FIXTURES / "annuaire_regional.xlsx")

    assert wizard.target == "spend"  # the spend file keeps its amounts
    assert wizard.files_page.kind_note.text() == (
        "« annuaire_regional.xlsx » : pas de montant, c'est un annuaire. Retirez-le de la liste "
        "et importez-le à part comme annuaire : lu avec les autres comme « Dépenses d'achat », "
        "ses lignes sans montant seraient rejetées.")


def test_a_spend_file_added_beside_a_directory_leaves_suppliers_and_names_it(
        qtbot, monkeypatch, ctx) -> None:
    wizard = opened(qtbot, ctx, "suppliers")
    add_with_button(qtbot, monkeypatch, wizard, IMPORT_FIXTURES / "annuaire_regional.xlsx")

    add_with_button(qtbot, monkeypatch, wizard, IMPORT_FIXTURES / "achats_2025.csv")

    assert wizard.target == "suppliers"
    assert wizard.files_page.kind_note.text().startswith(
        "« achats_2025.csv » : des montants, ce sont des achats ou des ventes.")


def test_removing_the_file_named_by_the_note_clears_it(qtbot, monkeypatch, ctx) -> None:
    wizard = opened(qtbot, ctx, "spend")
    add_with_button(qtbot, monkeypatch, wizard, IMPORT_FIXTURES / "depenses_erp_2025.csv",
                    IMPORT_FIXTURES / "annuaire_regional.xlsx")
    page = wizard.files_page
    assert page.kind_note.text().startswith("« annuaire_regional.xlsx »")

    page.file_list.item(1).setSelected(True)
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)

    assert [path.name for path in wizard.paths] == ["depenses_erp_2025.csv"]
    assert page.kind_note.text() == ""


def test_the_note_names_the_file_in_english_quotes(qtbot, monkeypatch, ctx, english) -> None:
    wizard = opened(qtbot, ctx, "spend")
    add_with_button(qtbot, monkeypatch, wizard, IMPORT_FIXTURES / "depenses_erp_2025.csv",
                    IMPORT_FIXTURES / "annuaire_regional.xlsx")

    assert wizard.files_page.kind_note.text().startswith(
        "“annuaire_regional.xlsx”: no amount, it is a directory.")
