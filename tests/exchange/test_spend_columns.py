"""Column titles of spend files: the order or invoice number under its French spellings."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from srm_inclusif.exchange.columns import match_field
from tests.exchange.import_support import run


@pytest.mark.parametrize("title", [
    "N° de commande", "Numéro de commande", "N° commande", "No de commande", "Num. commande",
    "Réf. commande", "Référence commande", "N° du bon de commande", "N° BC", "N° de facture",
    "Numéro facture", "N° de pièce", "Référence facture", "Invoice number", "PO number",
])
def test_order_and_invoice_numbers_are_found(title: str) -> None:
    assert match_field(title, "spend") == "invoice_number"


@pytest.mark.parametrize(("title", "target", "field"), [
    ("Numéro de SIRET", "spend", "siret"), ("N° du SIRET", "suppliers", "siret"),
    ("No SIRET", "suppliers", "siret"), ("Numéro de SIREN", "suppliers", "siren"),
    ("N° SIREN", "suppliers", "siren"),
])
def test_siret_and_siren_numbers_are_found_alike(title: str, target: str, field: str) -> None:
    assert match_field(title, target) == field


@pytest.mark.parametrize(("title", "field"), [
    ("Date de commande", "spend_date"), ("Date facture", "spend_date"), ("Montant HT", "amount"),
])
def test_dates_and_amounts_of_an_order_keep_their_fields(title: str, field: str) -> None:
    assert match_field(title, "spend") == field


def test_the_order_number_of_a_spend_file_is_stored(workspace, tmp_path):
    path = tmp_path / "commandes.csv"
    path.write_text("Raison sociale du Fournisseur;Dépense achat (€);Date;N° de commande\n"
                    "Atelier du Lac;100,00;15/01/2026;BC-2026-0042\n", encoding="utf-8")

    run(workspace, path, target="spend", format_key="spend")

    with workspace.engine.connect() as connection:
        assert connection.execute(text("SELECT invoice_number FROM spend_line")).scalar_one() \
            == "BC-2026-0042"
