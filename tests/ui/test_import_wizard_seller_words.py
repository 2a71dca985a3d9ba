"""A seller's imports speak of her clients and sales; a buyer's keep speaking of suppliers.

Her sales file (« Client ; Montant HT ; Date facture ; N° facture ») is recognised in both
profiles; only the words differ.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from srm_inclusif.core.vocabulary import Profile
from srm_inclusif.storage.services.settings import update_settings
from srm_inclusif.ui import file_dialogs
from srm_inclusif.ui.import_wizard import start_import_wizard
from srm_inclusif.ui.import_wizard.mapping_page import COL_FIELD
from srm_inclusif.ui.import_wizard.spend_choices import SpendChoices
from srm_inclusif.ui.import_wizard.wizard import ImportWizard
from srm_inclusif.ui.mnemonics import plain_text
from srm_inclusif.ui.pages.imports_page import ImportsPage
from tests.import_files import SALES, windows_csv


@pytest.fixture
def sales(tmp_path) -> Path:  # noqa: ANN001
    return windows_csv(tmp_path, "ventes.csv", SALES)


@pytest.fixture
def seller(ctx):
    update_settings(ctx.engine, profile=Profile.STRUCTURE_INCLUSIVE)
    return ctx


def added(qtbot, monkeypatch, ctx, path: Path) -> ImportWizard:
    """The wizard opened from « Importer des clients… », then her file added."""
    wizard = start_import_wizard(ctx, None, [], target="suppliers")
    qtbot.addWidget(wizard)
    monkeypatch.setattr(file_dialogs, "get_open_file_names", lambda *_a, **_k: ([str(path)], ""))
    qtbot.mouseClick(wizard.files_page.add_button, Qt.MouseButton.LeftButton)
    return wizard


def mapped_fields(wizard: ImportWizard) -> list[str]:
    wizard.next()
    wizard.next()
    page = wizard.currentPage()
    table = page.mapping_table
    combos = [table.cellWidget(row, COL_FIELD) for row in range(table.rowCount())]
    return [combo.currentText() for combo in combos if isinstance(combo, QComboBox)]


def preview_headers(wizard: ImportWizard) -> list[str]:
    table = wizard.currentPage().preview_table
    return [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]


def test_a_seller_s_sales_file_is_read_as_sales_in_her_words(qtbot, monkeypatch, seller, sales):
    wizard = added(qtbot, monkeypatch, seller, sales)
    page = wizard.files_page

    assert wizard.target == "spend"
    assert plain_text(page.spend_radio.text()) == "Ventes"
    assert plain_text(page.suppliers_radio.text()) == "Fichier de clients"
    assert page.kind_note.text().startswith(
        "Ces fichiers donnent des montants par client : ce sont des ventes.")
    assert mapped_fields(wizard) == ["Raison sociale du client", "Vente (€ HT)", "Date",
                                     "N° de facture ou de commande"]
    assert preview_headers(wizard)[1] == "Client"


def test_a_buyer_reading_the_same_file_keeps_her_supplier_words(qtbot, monkeypatch, ctx, sales):
    wizard = added(qtbot, monkeypatch, ctx, sales)

    assert wizard.target == "spend"
    assert plain_text(wizard.files_page.spend_radio.text()) == "Dépenses d'achat"
    assert mapped_fields(wizard)[:2] == ["Raison sociale du fournisseur", "Dépense achat (€ HT)"]
    assert preview_headers(wizard)[1] == "Fournisseur"


def test_a_seller_s_imports_page_offers_to_import_her_sales(qtbot, seller):
    page = ImportsPage(seller)
    qtbot.addWidget(page)

    assert page.spend_button.text() == "Importer des ventes…"
    assert "lit les ventes exportées de votre logiciel de facturation" in page.empty_label.text()
    assert "dépenses" not in page.empty_label.text()


@pytest.mark.parametrize(("seller_side", "label"), [(True, "Date des ventes :"),
                                                    (False, "Date des achats :")])
def test_the_date_of_undated_lines_is_named_in_her_words(qtbot, seller_side, label):
    choices = SpendChoices(seller=seller_side)
    qtbot.addWidget(choices)

    assert choices.day_label.text() == label
