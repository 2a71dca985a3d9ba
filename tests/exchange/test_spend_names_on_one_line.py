"""A line break inside a spend line's name cell is a space: the supplier's name is one line."""

from __future__ import annotations

from tests.exchange.import_support import run
from tests.exchange.test_spend_siret_cells import counterparties


def test_a_line_break_inside_a_supplier_name_is_a_space(workspace, tmp_path):
    path = tmp_path / "achats.csv"
    path.write_text('Raison sociale du Fournisseur;SIRET;Dépense achat (€);Date\n'
                    '"Taxi ""Le Rapide""\r\nMartin";;45,00;31/01/2025\n', encoding="utf-8")

    run(workspace, path, target="spend", format_key="spend")

    assert list(counterparties(workspace)) == ['Taxi "Le Rapide" Martin']
